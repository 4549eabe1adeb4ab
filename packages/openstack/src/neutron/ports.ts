// Neutron ports: a server's ports (device_id = server id) are where a floating IP is attached.
import { list as listOf, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'ports',
  one: (id: string) => `ports/${encodeURIComponent(id)}`,
};

// ---- wire types
type WirePort = Record<string, unknown> & { fixed_ips?: Array<{ subnet_id?: string; ip_address?: string }> };

// ---- public types
export interface Port {
  id: string;
  name: string;
  network_id: string;
  device_id: string | null;
  device_owner: string | null;
  mac_address: string | null;
  status: string | null;
  fixed_ips: Array<{ subnet_id: string | null; ip_address: string }>;
}

// ---- parsers
export function parsePort(w: WirePort): Port {
  return {
    id: str(w.id) ?? '',
    name: str(w.name) ?? '',
    network_id: str(w.network_id) ?? '',
    device_id: str(w.device_id) || null,
    device_owner: str(w.device_owner) || null,
    mac_address: str(w.mac_address),
    status: str(w.status),
    fixed_ips: (w.fixed_ips ?? [])
      .filter((f) => typeof f?.ip_address === 'string')
      .map((f) => ({ subnet_id: f.subnet_id ?? null, ip_address: f.ip_address! })),
  };
}

// ---- operations
export async function list(
  c: ServiceClient,
  filter: { device_id?: string; network_id?: string } = {},
): Promise<Port[]> {
  const body = await c.request({
    op: 'neutron.ports.list',
    method: 'GET',
    path: path.all(),
    query: { device_id: filter.device_id, network_id: filter.network_id },
  });
  return listOf<WirePort>(body, 'ports')
    .map(parsePort)
    .filter(
      (p) =>
        (filter.device_id === undefined || p.device_id === filter.device_id) &&
        (filter.network_id === undefined || p.network_id === filter.network_id),
    );
}

export async function get(c: ServiceClient, id: string): Promise<Port> {
  const body = await c.request({ op: 'neutron.ports.get', method: 'GET', path: path.one(id) });
  return parsePort(unwrap<WirePort>(body, 'port', c.service));
}
