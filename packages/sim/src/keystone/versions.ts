// Keystone's version documents: GET / answers 300 with versions.values[], GET /v3 answers 200 with one version.
import { json, type Route } from '../http.js';
import type { World } from '../world.js';

const version = (world: World) => ({
  id: 'v3.14',
  status: 'stable',
  updated: '2020-04-07T00:00:00Z',
  links: [{ rel: 'self', href: `${world.authUrl}/` }],
  'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
});

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/',
    service: 'identity',
    handler: (_req, world) =>
      json(300, { versions: { values: [version(world)] } }, { Location: `${world.authUrl}/` }),
  },
  {
    method: 'GET',
    path: '/v3',
    service: 'identity',
    handler: (_req, world) => json(200, { version: version(world) }),
  },
];
