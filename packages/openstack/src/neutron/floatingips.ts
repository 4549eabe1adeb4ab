// Neutron floating IPs: allocated ad hoc from "public", or reserved through Blazar (tagged
// reservation:<reservation id>), then attached to a server's port.
import { randomUUID } from 'node:crypto';
import { createOnce } from '../create.js';
import { isoDate, list as listOf, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'floatingips',
  one: (id: string) => `floatingips/${encodeURIComponent(id)}`,
};

// ---- wire types
type WireFloatingIp = Record<string, unknown>;

// ---- public types
export interface FloatingIp {
  id: string;
  floating_ip_address: string;
  floating_network_id: string;
  port_id: string | null;
  fixed_ip_address: string | null;
  router_id: string | null;
  status: string | null;
  project_id: string | null;
  description: string;
  tags: string[];
  created_at: string | null;
  updated_at: string | null;
}

export interface FloatingIpCreate {
  floating_network_id: string;
  port_id?: string;
  fixed_ip_address?: string;
  floating_ip_address?: string;
  subnet_id?: string;
  /** Defaults to a unique "envboot:<uuid>", which lets a failed create be found again. */
  description?: string;
}

export interface FloatingIpFilter {
  floating_network_id?: string;
  port_id?: string;
  floating_ip_address?: string;
  status?: string;
  description?: string;
  /** All of these tags (e.g. ["reservation:<reservation id>"]). */
  tags?: string[];
}

// ---- body builders
export function toCreateBody(i: FloatingIpCreate & { description: string }): Record<string, unknown> {
  const fip: Record<string, unknown> = {
    floating_network_id: i.floating_network_id,
    description: i.description,
  };
  for (const key of ['port_id', 'fixed_ip_address', 'floating_ip_address', 'subnet_id'] as const) {
    if (i[key]) fip[key] = i[key];
  }
  return { floatingip: fip };
}

// ---- parsers
export function parseFloatingIp(w: WireFloatingIp): FloatingIp {
  return {
    id: str(w.id) ?? '',
    floating_ip_address: str(w.floating_ip_address) ?? '',
    floating_network_id: str(w.floating_network_id) ?? '',
    port_id: str(w.port_id) || null,
    fixed_ip_address: str(w.fixed_ip_address) || null,
    router_id: str(w.router_id) || null,
    status: str(w.status),
    project_id: str(w.project_id) ?? str(w.tenant_id),
    description: str(w.description) ?? '',
    tags: Array.isArray(w.tags) ? w.tags.map(String) : [],
    created_at: isoDate(w.created_at),
    updated_at: isoDate(w.updated_at),
  };
}

function matches(f: FloatingIp, filter: FloatingIpFilter): boolean {
  return (
    (filter.floating_network_id === undefined || f.floating_network_id === filter.floating_network_id) &&
    (filter.port_id === undefined || f.port_id === filter.port_id) &&
    (filter.floating_ip_address === undefined || f.floating_ip_address === filter.floating_ip_address) &&
    (filter.status === undefined || f.status === filter.status) &&
    (filter.description === undefined || f.description === filter.description) &&
    (filter.tags === undefined || filter.tags.every((t) => f.tags.includes(t)))
  );
}

// ---- operations
export async function list(c: ServiceClient, filter: FloatingIpFilter = {}): Promise<FloatingIp[]> {
  const body = await c.request({
    op: 'neutron.floatingips.list',
    method: 'GET',
    path: path.all(),
    query: {
      floating_network_id: filter.floating_network_id,
      port_id: filter.port_id,
      floating_ip_address: filter.floating_ip_address,
      status: filter.status,
      description: filter.description,
      tags: filter.tags?.join(','),
    },
  });
  return listOf<WireFloatingIp>(body, 'floatingips')
    .map(parseFloatingIp)
    .filter((f) => matches(f, filter));
}

export async function get(c: ServiceClient, id: string): Promise<FloatingIp> {
  const body = await c.request({ op: 'neutron.floatingips.get', method: 'GET', path: path.one(id) });
  return parseFloatingIp(unwrap<WireFloatingIp>(body, 'floatingip', c.service));
}

/** A new floating IP, allocated at most once: a failed create is looked up by its unique description. */
export async function create(c: ServiceClient, input: FloatingIpCreate): Promise<FloatingIp> {
  const description = input.description ?? `envboot:${randomUUID()}`;
  const body = toCreateBody({ ...input, description });
  const before = input.description ? await list(c, { description }) : [];
  return createOnce(c, {
    what: `floating IP on ${input.floating_network_id}`,
    post: async () =>
      parseFloatingIp(
        unwrap<WireFloatingIp>(
          await c.request({
            op: 'neutron.floatingips.create',
            method: 'POST',
            path: path.all(),
            json: body,
            ok: [200, 201],
          }),
          'floatingip',
          c.service,
        ),
      ),
    lookup: () => list(c, { description }),
    before: new Set(before.map((f) => f.id)),
    idOf: (f) => f.id,
  });
}

/** Attach to a port (or detach with null). */
export async function update(
  c: ServiceClient,
  id: string,
  changes: { port_id: string | null; fixed_ip_address?: string },
): Promise<FloatingIp> {
  const body = await c.request({
    op: 'neutron.floatingips.update',
    method: 'PUT',
    path: path.one(id),
    json: { floatingip: changes },
  });
  return parseFloatingIp(unwrap<WireFloatingIp>(body, 'floatingip', c.service));
}

export async function remove(c: ServiceClient, id: string): Promise<void> {
  await c.request({ op: 'neutron.floatingips.remove', method: 'DELETE', path: path.one(id), ok: [200, 204] });
}
