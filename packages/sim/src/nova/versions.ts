// Nova's version documents and microversions (Chameleon runs 2023.1: 2.1 … 2.95). A request's microversion comes
// from OpenStack-API-Version: compute X or X-OpenStack-Nova-API-Version: X (default 2.1) and is echoed back.
import { header, json, type Route, type SimRequest } from '../http.js';
import { novaFail } from './errors.js';

export const MIN_VERSION = '2.1';
export const MAX_VERSION = '2.95';

/** "2.47" → 2047, so versions compare as numbers. */
export const mv = (text: string): number => {
  const [major, minor] = text.split('.').map(Number) as [number, number];
  return major * 1000 + minor;
};

/** The request's microversion (as mv() numbers) and the headers that echo it. */
export function computeVersion(req: SimRequest): { version: number; headers: Record<string, string> } {
  const modern = header(req, 'openstack-api-version');
  const legacy = header(req, 'x-openstack-nova-api-version');
  let asked = legacy?.trim();
  if (modern !== undefined) {
    const m = /^\s*compute\s+(\S+)\s*$/i.exec(modern);
    if (m) asked = m[1];
  }
  let text = MIN_VERSION;
  if (asked !== undefined) {
    if (asked.toLowerCase() === 'latest') text = MAX_VERSION;
    else if (/^\d+\.\d+$/.test(asked)) text = asked;
    else throw novaFail(400, `Invalid API version request string ${asked}`);
    if (mv(text) < mv(MIN_VERSION) || mv(text) > mv(MAX_VERSION)) {
      throw novaFail(
        406,
        `Version ${text} is not supported by the API. Minimum is ${MIN_VERSION} and maximum is ${MAX_VERSION}.`,
      );
    }
  }
  return {
    version: mv(text),
    headers: {
      'OpenStack-API-Version': `compute ${text}`,
      'X-OpenStack-Nova-API-Version': text,
      Vary: 'OpenStack-API-Version, X-OpenStack-Nova-API-Version',
    },
  };
}

const v21 = (base: string) => ({
  id: 'v2.1',
  status: 'CURRENT',
  version: MAX_VERSION,
  min_version: MIN_VERSION,
  updated: '2013-07-23T11:33:21Z',
  links: [
    { rel: 'self', href: `${base}/compute/v2.1/` },
    { rel: 'describedby', type: 'text/html', href: 'http://docs.openstack.org/' },
  ],
  'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.compute+json;version=2.1' }],
});

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/compute',
    service: 'compute',
    handler: (_req, world) => {
      const { 'media-types': _types, ...current } = v21(world.base);
      return json(200, {
        versions: [
          {
            id: 'v2.0',
            status: 'SUPPORTED',
            version: '',
            min_version: '',
            updated: '2011-01-21T11:33:21Z',
            links: [{ rel: 'self', href: `${world.base}/compute/v2/` }],
          },
          current,
        ],
      });
    },
  },
  {
    method: 'GET',
    path: '/compute/v2.1',
    service: 'compute',
    handler: (_req, world) => json(200, { version: v21(world.base) }),
  },
];
