// The service catalog: every service of the site under one base URL, public, internal and admin interfaces.
import { stableHex } from '../ids.js';

export interface CatalogEndpoint {
  id: string;
  interface: 'public' | 'internal' | 'admin';
  region_id: string;
  url: string;
  region: string;
}

export interface CatalogEntry {
  endpoints: CatalogEndpoint[];
  id: string;
  type: string;
  name: string;
}

/** type, name and path under the base URL. */
export const SERVICES: ReadonlyArray<readonly [type: string, name: string, path: string]> = [
  ['identity', 'keystone', '/v3'],
  ['compute', 'nova', '/compute/v2.1'],
  ['image', 'glance', '/image'],
  ['network', 'neutron', '/network'],
  ['reservation', 'blazar', '/reservation/v1'],
  ['reference', 'reference-api', '/reference'],
];

/** Ids are stable per region: each Chameleon site has a Keystone of its own (CHI@UC's ids are as they always were). */
export function buildCatalog(baseUrl: string, region: string): CatalogEntry[] {
  const of = region === 'CHI@UC' ? '' : `:${region}`;
  // CHI@Edge also runs the container service (Zun).
  const services =
    region === 'CHI@Edge' ? [...SERVICES, ['container', 'zun', '/container/v1'] as const] : SERVICES;
  return services.map(([type, name, path]) => ({
    endpoints: (['public', 'internal', 'admin'] as const).map((iface) => ({
      id: stableHex(`endpoint:${type}:${iface}${of}`),
      interface: iface,
      region_id: region,
      url: `${baseUrl}${path}`,
      region,
    })),
    id: stableHex(`service:${type}${of}`),
    type,
    name,
  }));
}
