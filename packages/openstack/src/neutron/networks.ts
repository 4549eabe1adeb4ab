// Neutron networks: sharednet1 (where servers go) and public (where floating IPs come from) at Chameleon.
import { NotFoundError } from '@envboot/core';
import { bool, list as listOf, num, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'networks',
  one: (id: string) => `networks/${encodeURIComponent(id)}`,
};

// ---- wire types
type WireNetwork = Record<string, unknown>;

// ---- public types
export interface Network {
  id: string;
  name: string;
  status: string | null;
  shared: boolean;
  external: boolean;
  subnets: string[];
  mtu: number | null;
  project_id: string | null;
  tags: string[];
}

// ---- parsers
export function parseNetwork(w: WireNetwork): Network {
  return {
    id: str(w.id) ?? '',
    name: str(w.name) ?? '',
    status: str(w.status),
    shared: bool(w.shared) ?? false,
    external: bool(w['router:external']) ?? false,
    subnets: Array.isArray(w.subnets) ? w.subnets.map(String) : [],
    mtu: num(w.mtu),
    project_id: str(w.project_id) ?? str(w.tenant_id),
    tags: Array.isArray(w.tags) ? w.tags.map(String) : [],
  };
}

// ---- operations
export async function list(
  c: ServiceClient,
  filter: { name?: string; external?: boolean } = {},
): Promise<Network[]> {
  const body = await c.request({
    op: 'neutron.networks.list',
    method: 'GET',
    path: path.all(),
    query: { name: filter.name, 'router:external': filter.external },
  });
  // Filters are exact in Neutron; applied again here for servers that ignore them.
  return listOf<WireNetwork>(body, 'networks')
    .map(parseNetwork)
    .filter(
      (n) =>
        (filter.name === undefined || n.name === filter.name) &&
        (filter.external === undefined || n.external === filter.external),
    );
}

export async function get(c: ServiceClient, id: string): Promise<Network> {
  const body = await c.request({ op: 'neutron.networks.get', method: 'GET', path: path.one(id) });
  return parseNetwork(unwrap<WireNetwork>(body, 'network', c.service));
}

export async function findByName(c: ServiceClient, name: string): Promise<Network> {
  const found = await list(c, { name });
  if (found.length === 0) throw new NotFoundError(`no network named "${name}"`, { field: 'network' });
  return found[0]!;
}
