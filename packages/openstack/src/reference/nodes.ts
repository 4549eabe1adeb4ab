// Reference API nodes: the hardware of each bare-metal node (uid = Blazar's hypervisor_hostname).
import { bool, num, str } from '../parse.js';
import type { ServiceClient } from '../service.js';
import { DEFAULT_CLUSTER } from './clusters.js';
import { all } from './collection.js';

// ---- urls
const path = {
  all: (site: string, cluster: string) =>
    `sites/${encodeURIComponent(site)}/clusters/${encodeURIComponent(cluster)}/nodes`,
  one: (site: string, cluster: string, uid: string) =>
    `sites/${encodeURIComponent(site)}/clusters/${encodeURIComponent(cluster)}/nodes/${encodeURIComponent(uid)}`,
};

// ---- wire types
type WireNode = Record<string, unknown>;

// ---- public types
export interface Gpu {
  gpu: boolean;
  count: number;
  model: string | null;
  vendor: string | null;
}

export interface Node {
  uid: string;
  node_name: string | null;
  node_type: string | null;
  architecture: string | null;
  cpus: number | null;
  threads_per_core: number | null;
  cpu_model: string | null;
  ram_bytes: number | null;
  gpu: Gpu;
  storage_bytes: number | null;
  infiniband: boolean;
  /** The whole record as the API gave it, for callers that need more. */
  raw: Record<string, unknown>;
}

// ---- parsers
function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The gpu field is an object on most nodes and a list of them on a few. */
function parseGpu(v: unknown): Gpu {
  const items = Array.isArray(v) ? v.map(obj) : [obj(v)];
  const withGpu = items.filter((g) => bool(g.gpu) === true);
  const first = withGpu[0] ?? items[0] ?? {};
  return {
    gpu: withGpu.length > 0,
    count: withGpu.reduce((n, g) => n + (num(g.gpu_count) ?? 1), 0),
    model: str(first.gpu_model),
    vendor: str(first.gpu_vendor),
  };
}

export function parseNode(w: WireNode): Node {
  const arch = obj(w.architecture);
  const cpu = obj(w.processor);
  const memory = obj(w.main_memory);
  const storage = Array.isArray(w.storage_devices) ? w.storage_devices.map(obj) : [];
  const sizes = storage.map((s) => num(s.size)).filter((n): n is number => n !== null);
  return {
    uid: str(w.uid) ?? '',
    node_name: str(w.node_name),
    node_type: str(w.node_type),
    architecture: str(arch.platform_type),
    cpus: num(arch.smp_size),
    threads_per_core: num(arch.smt_size),
    cpu_model: str(cpu.model),
    ram_bytes: num(memory.ram_size),
    gpu: parseGpu(w.gpu),
    storage_bytes: sizes.length ? sizes.reduce((a, b) => a + b, 0) : null,
    infiniband: bool(w.infiniband) ?? false,
    raw: w,
  };
}

// ---- operations
export function list(c: ServiceClient, site: string, cluster = DEFAULT_CLUSTER): Promise<Node[]> {
  return all(c, 'reference.nodes.list', path.all(site, cluster), (raw) => parseNode(raw as WireNode));
}

export async function get(
  c: ServiceClient,
  site: string,
  uid: string,
  cluster = DEFAULT_CLUSTER,
): Promise<Node> {
  return parseNode(
    (await c.request<WireNode>({
      op: 'reference.nodes.get',
      method: 'GET',
      path: path.one(site, cluster, uid),
    })) ?? {},
  );
}
