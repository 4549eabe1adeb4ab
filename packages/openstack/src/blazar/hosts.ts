// Blazar hosts (os-hosts): the reservable bare-metal nodes, with Chameleon's extra capabilities flattened in.
import { bool, isoDate, list as listOf, num, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'os-hosts',
  one: (id: string) => `os-hosts/${encodeURIComponent(id)}`,
};

// ---- wire types
export type WireHost = Record<string, unknown>;

// ---- public types
export interface Host {
  /** Blazar's host id (allocations name hosts by it). */
  id: string;
  /** The Ironic node UUID, equal to the reference API's node uid. */
  hypervisor_hostname: string;
  node_name: string | null;
  node_type: string | null;
  vcpus: number | null;
  memory_mb: number | null;
  local_gb: number | null;
  reservable: boolean;
  disabled: boolean;
  status: string | null;
  created_at: string | null;
  updated_at: string | null;
  /** Every extra capability (node_type, gpu.gpu, placement.rack, authorized_projects, …), as Blazar stores them: strings. */
  capabilities: Record<string, string>;
}

// ---- parsers
const COLUMNS = new Set([
  'id',
  'hypervisor_hostname',
  'service_name',
  'hypervisor_type',
  'hypervisor_version',
  'cpu_info',
  'vcpus',
  'memory_mb',
  'local_gb',
  'availability_zone',
  'status',
  'trust_id',
  'reservable',
  'disabled',
  'created_at',
  'updated_at',
]);

export function parseHost(w: WireHost): Host {
  // A site lists ~130 hosts of ~80 fields each, on the way to the first plan: a plain loop, no [key, value] pairs.
  const capabilities: Record<string, string> = {};
  for (const k in w) {
    const v = w[k];
    if (v === null || v === undefined || COLUMNS.has(k)) continue;
    capabilities[k] = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return {
    id: str(w.id) ?? '',
    hypervisor_hostname: str(w.hypervisor_hostname) ?? '',
    node_name: capabilities.node_name ?? null,
    node_type: capabilities.node_type ?? null,
    vcpus: num(w.vcpus),
    memory_mb: num(w.memory_mb),
    local_gb: num(w.local_gb),
    reservable: bool(w.reservable) ?? true,
    disabled: bool(w.disabled) ?? false,
    status: str(w.status),
    created_at: isoDate(w.created_at),
    updated_at: isoDate(w.updated_at),
    capabilities,
  };
}

// ---- operations
export async function list(c: ServiceClient): Promise<Host[]> {
  const body = await c.request({ op: 'blazar.hosts.list', method: 'GET', path: path.all() });
  return listOf<WireHost>(body, 'hosts').map(parseHost);
}

export async function get(c: ServiceClient, id: string): Promise<Host> {
  const body = await c.request({ op: 'blazar.hosts.get', method: 'GET', path: path.one(id) });
  return parseHost(unwrap<WireHost>(body, 'host', c.service));
}
