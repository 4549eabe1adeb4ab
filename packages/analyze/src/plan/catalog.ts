// The site as the planner sees it: node types (Blazar hosts joined with reference-API hardware), their
// reservation calendars, and the images. Built by a pure function from what the cloud client returns.
import type { blazar, glance, reference } from '@envboot/openstack';
import { findGpuModel, memoryOfModelString } from '../knowledge/gpus.js';

export interface Interval {
  start: number;
  end: number;
}

export interface NodeGpu {
  count: number;
  model: string | null;
  vendor: 'nvidia' | 'amd' | 'intel' | null;
  memoryGb: number | null;
  computeCapability: string | null;
}

export interface NodeTypeInfo {
  name: string;
  /** Hosts Blazar may give out. */
  hosts: number;
  architecture: 'x86_64' | 'aarch64';
  threads: number | null;
  ramGb: number | null;
  diskGb: number | null;
  gpu: NodeGpu | null;
  /** Scarce hardware kept for those who ask for it: fpga, storage, nvdimm, composable. */
  special: string | null;
  cpuModel: string | null;
  /** Busy intervals of each reservable host (epoch ms). */
  calendars: Interval[][];
}

export interface ImageInfo {
  name: string;
  id: string;
  architecture: 'x86_64' | 'aarch64';
  accelerator: 'cuda' | 'rocm' | null;
  /** "ubuntu22.04", "centos9", or null. */
  os: string | null;
  created: string | null;
}

export interface Catalog {
  site: string;
  /** The cloud's current time (epoch ms): the simulator's clock may run ahead of ours. */
  now: number;
  maxLeaseMinutes: number;
  nodeTypes: NodeTypeInfo[];
  images: ImageInfo[];
}

export interface RawCatalog {
  hosts: blazar.hosts.Host[];
  nodes: reference.nodes.Node[];
  images: glance.images.Image[];
  allocations: blazar.allocations.Allocation[];
}

const GIB = 2 ** 30;

function specialOf(name: string): string | null {
  if (/fpga/i.test(name)) return 'fpga';
  if (/storage/i.test(name)) return 'storage';
  if (/nvdimm/i.test(name)) return 'nvdimm';
  if (/gigaio|liqid/i.test(name)) return 'composable';
  return null;
}

function vendorOf(text: string | null): NodeGpu['vendor'] {
  if (!text) return null;
  if (/nvidia/i.test(text)) return 'nvidia';
  if (/amd|advanced micro/i.test(text)) return 'amd';
  if (/intel/i.test(text)) return 'intel';
  return null;
}

function gpuOf(node: reference.nodes.Node | undefined, host: blazar.hosts.Host): NodeGpu | null {
  if (node?.gpu.gpu) {
    const model = node.gpu.model;
    const known = model ? findGpuModel(model) : null;
    return {
      count: node.gpu.count || 1,
      model: known?.name ?? model,
      vendor: vendorOf(node.gpu.vendor) ?? known?.vendor ?? null,
      memoryGb: model ? memoryOfModelString(model) : null,
      computeCapability: known?.computeCapability ?? null,
    };
  }
  if (!node && /^true$/i.test(host.capabilities['gpu.gpu'] ?? '')) {
    return { count: 1, model: null, vendor: null, memoryGb: null, computeCapability: null };
  }
  return null;
}

function minOf(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return known.length ? Math.min(...known) : null;
}

/** Join hosts, hardware, calendars and images into the planner's view of a site. */
export function buildCatalog(raw: RawCatalog, site: string, now: number, maxLeaseMinutes: number): Catalog {
  const nodes = new Map(raw.nodes.map((n) => [n.uid, n]));
  const busy = new Map<string, Interval[]>();
  for (const a of raw.allocations) {
    busy.set(
      a.resource_id,
      a.reservations
        .map((r) => ({ start: Date.parse(r.start), end: Date.parse(r.end) }))
        .filter((i) => Number.isFinite(i.start) && Number.isFinite(i.end) && i.end > now),
    );
  }
  const byType = new Map<
    string,
    Array<{ host: blazar.hosts.Host; node: reference.nodes.Node | undefined }>
  >();
  for (const host of raw.hosts) {
    if (!host.reservable || host.disabled) continue;
    const node = nodes.get(host.hypervisor_hostname);
    const type = host.node_type ?? node?.node_type;
    if (!type) continue;
    byType.set(type, [...(byType.get(type) ?? []), { host, node }]);
  }
  const nodeTypes: NodeTypeInfo[] = [...byType.entries()]
    .map(([name, members]) => {
      const first = members.find((m) => m.node)?.node;
      const gpus = members.map((m) => gpuOf(m.node, m.host)).filter((g): g is NodeGpu => g !== null);
      const arch =
        first?.architecture ?? members[0]!.host.capabilities['architecture.platform_type'] ?? 'x86_64';
      return {
        name,
        hosts: members.length,
        architecture: /aarch64|arm64/i.test(arch) ? 'aarch64' : 'x86_64',
        threads: minOf(members.map((m) => m.node?.threads_per_core ?? m.host.vcpus)),
        ramGb: minOf(
          members.map((m) =>
            m.node?.ram_bytes
              ? Math.round(m.node.ram_bytes / GIB)
              : m.host.memory_mb
                ? Math.round(m.host.memory_mb / 1024)
                : null,
          ),
        ),
        diskGb: minOf(
          members.map((m) =>
            m.node?.storage_bytes ? Math.round(m.node.storage_bytes / 1e9) : m.host.local_gb,
          ),
        ),
        gpu: gpus.length === members.length ? gpus.sort((a, b) => a.count - b.count)[0]! : null,
        special: specialOf(name),
        cpuModel: first?.cpu_model ?? null,
        calendars: members.map((m) => busy.get(m.host.id) ?? []),
      } satisfies NodeTypeInfo;
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  return { site, now, maxLeaseMinutes, nodeTypes, images: imagesOf(raw.images) };
}

/** Chameleon's supported images (CC-*), active, with what their names say. */
export function imagesOf(images: glance.images.Image[]): ImageInfo[] {
  const out: ImageInfo[] = [];
  for (const img of images) {
    if (img.status !== 'active' || !/^CC-/i.test(img.name) || /VGPU/i.test(img.name)) continue;
    const ubuntu = /Ubuntu[-_]?(\d{2}\.\d{2})/i.exec(img.name);
    const centos = /Cent[Oo][Ss][-_]?(?:Stream)?[-_]?(\d+)/i.exec(img.name) ?? /Centos(\d+)/i.exec(img.name);
    out.push({
      name: img.name,
      id: img.id,
      architecture: /ARM64|aarch64/i.test(img.name) ? 'aarch64' : 'x86_64',
      accelerator: /CUDA/i.test(img.name) ? 'cuda' : /ROCm/i.test(img.name) ? 'rocm' : null,
      os: ubuntu ? `ubuntu${ubuntu[1]}` : centos ? `centos${centos[1]}` : null,
      created: img.created_at,
    });
  }
  // Newest first among images of the same name (names are not unique in Glance).
  return out.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : (b.created ?? '').localeCompare(a.created ?? ''),
  );
}
