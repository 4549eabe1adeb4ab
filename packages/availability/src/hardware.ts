// Hardware filters (--gpu-memory-gb, --gpus, --arch, …) judged against a node's reference-API record. Blazar's
// language cannot say "a GPU with at least 40 GB", so these are judged here, host by host. A judgement is yes, no,
// or unknown: a node whose GPU memory cannot be told from its model name is not counted as matching, and is
// reported as unknown rather than guessed.
import { gpuMemoryGb, type GpuMemoryRange } from './gpu-memory.js';

/** What the filters read of a node (the reference API's record, as the openstack package parses it). */
export interface NodeRecord {
  architecture: string | null;
  ram_bytes: number | null;
  /** architecture.smt_size: hardware threads of the whole node. */
  threads_per_core: number | null;
  gpu: { gpu: boolean; count: number; model: string | null; vendor: string | null };
}

export interface NodeGpu {
  count: number;
  model: string | null;
  vendor: string | null;
  memory_gb: GpuMemoryRange | null;
}

export interface NodeHardware {
  architecture: string | null;
  ram_gb: number | null;
  threads: number | null;
  /** null: the node has no GPU (also when its record has no gpu object at all, as at NU, NCAR and NRP). */
  gpu: NodeGpu | null;
}

export interface HardwareFilter {
  /** Each GPU has at least this much memory (GB). */
  gpuMemoryGb: number | null;
  /** Substring of the GPU vendor, any case ("nvidia", "amd"). */
  gpuVendor: string | null;
  /** Substring of the GPU model name, any case ("A100", "MI100"). */
  gpuModel: string | null;
  /** At least this many GPUs in the node. */
  gpus: number | null;
  architecture: 'x86_64' | 'aarch64' | null;
  /** At least this much RAM (GB, 2^30 bytes). */
  minRamGb: number | null;
  /** At least this many hardware threads. */
  minThreads: number | null;
}

export type Verdict = 'yes' | 'no' | 'unknown';

const GIB = 2 ** 30;

export const NO_HARDWARE_FILTER: HardwareFilter = {
  gpuMemoryGb: null,
  gpuVendor: null,
  gpuModel: null,
  gpus: null,
  architecture: null,
  minRamGb: null,
  minThreads: null,
};

export function hasHardwareFilter(f: HardwareFilter): boolean {
  return Object.values(f).some((v) => v !== null);
}

export function hardwareOf(node: NodeRecord): NodeHardware {
  return {
    architecture: node.architecture,
    ram_gb: node.ram_bytes === null ? null : Math.round(node.ram_bytes / GIB),
    threads: node.threads_per_core,
    gpu: node.gpu.gpu
      ? {
          count: node.gpu.count || 1,
          model: node.gpu.model,
          vendor: node.gpu.vendor,
          memory_gb: gpuMemoryGb(node.gpu.model),
        }
      : null,
  };
}

/** The worse of two verdicts: no beats unknown beats yes. */
function both(a: Verdict, b: Verdict): Verdict {
  if (a === 'no' || b === 'no') return 'no';
  if (a === 'unknown' || b === 'unknown') return 'unknown';
  return 'yes';
}

function atLeast(have: number | null, want: number | null): Verdict {
  if (want === null) return 'yes';
  if (have === null) return 'unknown';
  return have >= want ? 'yes' : 'no';
}

function contains(have: string | null, want: string | null): Verdict {
  if (want === null) return 'yes';
  if (have === null) return 'unknown';
  return have.toLowerCase().includes(want.toLowerCase()) ? 'yes' : 'no';
}

function memoryVerdict(memory: GpuMemoryRange | null, want: number | null): Verdict {
  if (want === null) return 'yes';
  if (memory === null) return 'unknown';
  if (memory.min >= want) return 'yes';
  return memory.max < want ? 'no' : 'unknown';
}

function gpuVerdict(f: HardwareFilter, gpu: NodeGpu | null): Verdict {
  const wantsGpu = f.gpuMemoryGb !== null || f.gpuVendor !== null || f.gpuModel !== null || f.gpus !== null;
  if (!wantsGpu) return 'yes';
  if (gpu === null) return 'no';
  return [
    atLeast(gpu.count, f.gpus),
    contains(gpu.vendor, f.gpuVendor),
    contains(gpu.model, f.gpuModel),
    memoryVerdict(gpu.memory_gb, f.gpuMemoryGb),
  ].reduce<Verdict>(both, 'yes');
}

/** Whether a node's hardware satisfies the filter; a node with no record at all is unknown to any filter. */
export function judgeHardware(f: HardwareFilter, hw: NodeHardware | undefined): Verdict {
  if (!hasHardwareFilter(f)) return 'yes';
  if (!hw) return 'unknown';
  const arch: Verdict =
    f.architecture === null
      ? 'yes'
      : hw.architecture === null
        ? 'unknown'
        : hw.architecture === f.architecture
          ? 'yes'
          : 'no';
  return [
    arch,
    atLeast(hw.ram_gb, f.minRamGb),
    atLeast(hw.threads, f.minThreads),
    gpuVerdict(f, hw.gpu),
  ].reduce<Verdict>(both, 'yes');
}

/** The filter in words, for messages: "a GPU with ≥ 40 GB, aarch64". */
export function describeHardwareFilter(f: HardwareFilter): string {
  const gpu: string[] = [];
  if (f.gpus !== null) gpu.push(`${f.gpus}+ GPU${f.gpus === 1 ? '' : 's'}`);
  if (f.gpuVendor !== null) gpu.push(`vendor ~ "${f.gpuVendor}"`);
  if (f.gpuModel !== null) gpu.push(`model ~ "${f.gpuModel}"`);
  if (f.gpuMemoryGb !== null) gpu.push(`≥ ${f.gpuMemoryGb} GB per GPU`);
  const parts: string[] = [];
  if (gpu.length) parts.push(`GPU ${gpu.join(', ')}`);
  if (f.architecture !== null) parts.push(f.architecture);
  if (f.minRamGb !== null) parts.push(`≥ ${f.minRamGb} GB RAM`);
  if (f.minThreads !== null) parts.push(`≥ ${f.minThreads} threads`);
  return parts.join(', ');
}
