// A node's hardware from the reference API, summarised for the allocation envelope.
import type { AllocationData } from '@envboot/core';
import type { reference } from '@envboot/openstack';

type Hardware = NonNullable<AllocationData['hosts'][number]['hardware']>;

const GIB = 2 ** 30;

function disks(raw: Record<string, unknown>): Hardware['disks'] {
  const devices = Array.isArray(raw.storage_devices)
    ? (raw.storage_devices as Array<Record<string, unknown>>)
    : [];
  return devices.map((d) => ({
    size_gb: typeof d.size === 'number' ? Math.round(d.size / 1e9) : null,
    media_type: typeof d.media_type === 'string' ? d.media_type : null,
    interface: typeof d.interface === 'string' ? d.interface : null,
  }));
}

export function hardwareOf(node: reference.Node): Hardware {
  return {
    cpu_model: node.cpu_model,
    sockets: node.cpus,
    threads: node.threads_per_core,
    ram_gib: node.ram_bytes === null ? null : Math.round(node.ram_bytes / GIB),
    gpus:
      node.gpu.gpu && node.gpu.model
        ? [{ vendor: node.gpu.vendor, model: node.gpu.model, count: Math.max(1, node.gpu.count) }]
        : [],
    disks: disks(node.raw),
  };
}
