// The service catalog: an endpoint chosen by service type, interface and region, as keystoneauth chooses it.
import { AuthError } from '@envboot/core';
import { CloudError } from '../cloud-error.js';
import type { Interface } from '../config/types.js';

// ---- wire types
export interface WireEndpoint {
  id?: string;
  interface?: string;
  region?: string | null;
  region_id?: string | null;
  url?: string;
}
export interface WireCatalogEntry {
  id?: string;
  type?: string;
  name?: string;
  endpoints?: WireEndpoint[];
}

// ---- public types
export interface Endpoint {
  interface: string;
  /** The region id (or its name when the catalog gives only that). */
  region: string | null;
  /** The region's name, when it differs from its id. */
  regionName?: string;
  url: string;
}
export interface CatalogEntry {
  type: string;
  name: string | null;
  endpoints: Endpoint[];
}
export type Catalog = CatalogEntry[];

export interface EndpointFilter {
  interface: Interface;
  region: string | null;
}

// ---- parsers
export function parseCatalog(wire: unknown): Catalog {
  if (!Array.isArray(wire)) return [];
  return (wire as WireCatalogEntry[])
    .filter((e) => e && typeof e.type === 'string')
    .map((e) => ({
      type: e.type!,
      name: e.name ?? null,
      endpoints: (e.endpoints ?? [])
        .filter((p) => typeof p?.url === 'string' && typeof p.interface === 'string')
        .map((p) => ({
          interface: p.interface!.replace(/URL$/, ''),
          region: p.region_id ?? p.region ?? null,
          url: p.url!,
          ...(p.region && p.region_id && p.region !== p.region_id ? { regionName: p.region } : {}),
        })),
    }));
}

// ---- selection
function regionMatches(endpoint: Endpoint, region: string | null): boolean {
  return region === null || endpoint.region === region || endpoint.regionName === region;
}

/**
 * The URL of `type` for the filter's interface and region. A service the catalog lacks is a cloud problem; one
 * that exists only in other regions or interfaces is a configuration problem that names OS_REGION_NAME/OS_INTERFACE.
 */
export function selectEndpoint(catalog: Catalog, type: string, filter: EndpointFilter): string {
  const entries = catalog.filter((e) => e.type === type);
  const all = entries.flatMap((e) => e.endpoints);
  const hit = all.find((p) => p.interface === filter.interface && regionMatches(p, filter.region));
  if (hit) return hit.url;
  if (entries.length === 0) {
    throw new CloudError('CLOUD_API', `the cloud's service catalog has no "${type}" service`, {
      cloud: { service: type, status: null, request_id: null, method: null, path: null },
      hint: `Services in the catalog: ${[...new Set(catalog.map((e) => e.type))].sort().join(', ') || 'none'}.`,
    });
  }
  const regions = [...new Set(all.filter((p) => p.interface === filter.interface).map((p) => p.region))];
  if (regions.length > 0) {
    throw new AuthError(
      `no ${filter.interface} "${type}" endpoint in region ${filter.region ?? '(any)'}; the catalog has it in ${regions.join(', ')}`,
      {
        code: 'AUTH_CONFIG',
        field: 'OS_REGION_NAME',
        hint: `Set OS_REGION_NAME to one of: ${regions.join(', ')} (or pick the site with --site).`,
      },
    );
  }
  const interfaces = [...new Set(all.map((p) => p.interface))];
  throw new AuthError(
    `no ${filter.interface} "${type}" endpoint; the catalog offers the interfaces ${interfaces.join(', ')}`,
    {
      code: 'AUTH_CONFIG',
      field: 'OS_INTERFACE',
      hint: `Set OS_INTERFACE to one of: ${interfaces.join(', ')}.`,
    },
  );
}
