// Blazar hosts (os-hosts): one per seed node, its host columns plus every hardware property of the reference-API
// node flattened into extra capabilities (all strings: node_type, gpu.gpu, architecture.platform_type, uid, …),
// as Chameleon's inventory sync does. Built once; the list body is serialized once.
import { json, type Route } from '../http.js';
import type { RefNode, SeedHost } from '../seed.js';
import type { World } from '../world.js';
import { notFoundObject } from './errors.js';
import type { Filterable } from './filter.js';

export interface Host extends Filterable {
  id: string;
  uid: string;
  node: RefNode;
  wire: Record<string, unknown>;
}

const SEED_STAMP = '2024-01-09 16:20:00';
const SKIP = new Set(['links', 'type']);

/** Python's str() of a JSON scalar: how extra capabilities are stored. */
const asText = (v: unknown): string => (v === true ? 'True' : v === false ? 'False' : String(v));

export function flatten(
  node: Record<string, unknown>,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  for (const [key, value] of Object.entries(node)) {
    if (!prefix && SKIP.has(key)) continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') flatten(value as Record<string, unknown>, name, out);
    else out[name] = asText(value);
  }
  return out;
}

export function buildHost(seed: SeedHost): Host {
  const n = seed.node;
  const caps = flatten(n);
  caps.cpu_arch = n.architecture?.platform_type ?? 'x86_64';
  caps.su_factor = '1.0';
  const columns: Record<string, unknown> = {
    hypervisor_hostname: n.uid,
    service_name: n.uid,
    hypervisor_type: 'ironic',
    hypervisor_version: 1,
    cpu_info: 'baremetal cpu',
    vcpus: n.architecture?.smt_size ?? 0,
    memory_mb: Math.floor((n.main_memory?.ram_size ?? 0) / 1048576),
    local_gb: Math.floor((n.storage_devices?.[0]?.size ?? 0) / 1e9),
    availability_zone: 'nova',
    status: null,
    trust_id: '',
    reservable: true,
    disabled: false,
    created_at: SEED_STAMP,
    updated_at: null,
  };
  return { id: seed.id, uid: n.uid, node: n, columns, caps, wire: { id: seed.id, ...columns, ...caps } };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reservation/v1/os-hosts',
    service: 'reservation',
    auth: true,
    handler: (_req, world) => ({ status: 200, body: world.blazar.hostListBody }),
  },
  {
    method: 'GET',
    path: '/reservation/v1/os-hosts/{host_id}',
    service: 'reservation',
    auth: true,
    handler: (req, world: World) => {
      const host = world.blazar.hosts.get(req.params.host_id!);
      if (!host) throw notFoundObject('host_id', req.params.host_id!);
      return json(200, { host: host.wire });
    },
  },
];
