// Blazar's version document and its one microversion (reservation 1.0), echoed on every answer.
import { header, json, type Route, type SimRequest } from '../http.js';
import { routingError } from './errors.js';
import { ReplyError } from '../http.js';

const versions = (base: string) => ({
  versions: [
    {
      id: 'v1.0',
      status: 'CURRENT',
      links: [{ href: `${base}/reservation/v1`, rel: 'self' }],
      min_version: '1.0',
      max_version: '1.0',
    },
  ],
});

/** Response headers for a reservation request; a bad or unsupported microversion is refused as Blazar does. */
export function reservationHeaders(req: SimRequest): Record<string, string> {
  const asked = header(req, 'openstack-api-version');
  if (asked !== undefined) {
    const m = /^\s*reservation\s+(\S+)\s*$/i.exec(asked);
    if (m) {
      const v = m[1]!.toLowerCase();
      if (!/^(latest|\d+\.\d+)$/.test(v))
        throw new ReplyError(routingError(400, `Invalid OpenStack-API-Version header: ${asked}`));
      if (v !== 'latest' && Number(v.split('.')[0]) * 1000 + Number(v.split('.')[1]) !== 1000) {
        throw new ReplyError(
          routingError(
            406,
            `Version ${m[1]} is not supported by the API. Minimum is 1.0 and maximum is 1.0.`,
          ),
        );
      }
    }
  }
  return { 'OpenStack-API-Version': 'reservation 1.0', Vary: 'OpenStack-API-Version' };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reservation',
    service: 'reservation',
    handler: (_req, world) => json(300, versions(world.base)),
  },
  {
    method: 'GET',
    path: '/reservation/versions',
    service: 'reservation',
    handler: (_req, world) => json(300, versions(world.base)),
  },
];
