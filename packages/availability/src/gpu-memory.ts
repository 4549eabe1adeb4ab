// Memory per GPU, from the model name the reference API gives ("GA100 [A100 PCIe 40GB]"): Chameleon's data has no
// memory field. A size written in the name wins; otherwise the model's known variants give a range, which is exact
// when the model has one size. A name this table does not know is unknown (null), never a guess.
//
// How GPUs are counted: as the reference API's gpu_count gives them, and memory is per device the system sees.
// A Tesla K80 board carries two GK210 dies, each its own CUDA device with 12 GB: the reference API names the die
// ("GK210GL [Tesla K80]"), so a K80 is counted as 12 GB per GPU.

/** GB per GPU: the smallest and largest variant the name allows (equal when the name settles it). */
export interface GpuMemoryRange {
  min: number;
  max: number;
}

interface KnownGpu {
  pattern: RegExp;
  /** The sizes (GB per GPU) the model was made with. */
  sizes: number[];
}

// Order matters: the first pattern that matches wins (the RTX 6000/8000 device before either board alone).
const KNOWN_GPUS: readonly KnownGpu[] = [
  // NVIDIA H100 datasheet: 80 GB (SXM5, PCIe), 94 GB (H100 NVL).
  { pattern: /\bH100\b/i, sizes: [80, 94] },
  // NVIDIA A100 datasheet: 40 GB or 80 GB (PCIe and SXM4).
  { pattern: /\bA100\b/i, sizes: [40, 80] },
  // NVIDIA A40 datasheet: 48 GB GDDR6.
  { pattern: /\bA40\b/i, sizes: [48] },
  // NVIDIA A30 datasheet: 24 GB HBM2 (the reference API says "GA100GL [A30 PCIe]").
  { pattern: /\bA30\b/i, sizes: [24] },
  // PCI device 10de:1e30 is named "TU102GL [Quadro RTX 6000/8000]" in pci.ids for both boards; Chameleon's
  // hardware catalog lists these nodes (gpu_rtx_6000) as Quadro RTX 6000, whose datasheet gives 24 GB GDDR6.
  { pattern: /\bRTX\s*6000\s*\/\s*8000\b/i, sizes: [24] },
  // NVIDIA Quadro RTX 8000 datasheet: 48 GB GDDR6.
  { pattern: /\bRTX\s*8000\b/i, sizes: [48] },
  // NVIDIA Quadro RTX 6000 datasheet: 24 GB GDDR6.
  { pattern: /\bRTX\s*6000\b/i, sizes: [24] },
  // NVIDIA V100 datasheet: 16 GB or 32 GB HBM2 (PCIe and SXM2).
  { pattern: /\bV100\b/i, sizes: [16, 32] },
  // NVIDIA T4 datasheet: 16 GB GDDR6.
  { pattern: /\bT4\b/, sizes: [16] },
  // NVIDIA Tesla P100 datasheet: PCIe 12 GB or 16 GB, SXM2 16 GB.
  { pattern: /\bP100\b/i, sizes: [12, 16] },
  // NVIDIA Tesla M40 datasheet: 12 GB, later 24 GB GDDR5.
  { pattern: /\bM40\b/i, sizes: [12, 24] },
  // NVIDIA Tesla K80 datasheet: 24 GB per board = 12 GB per GK210 die (see above).
  { pattern: /\bK80\b/i, sizes: [12] },
  // AMD Instinct MI100 datasheet: 32 GB HBM2.
  { pattern: /\bMI100\b/i, sizes: [32] },
  // AMD Instinct MI210 datasheet: 64 GB HBM2e.
  { pattern: /\bMI210\b/i, sizes: [64] },
];

/** A size written in the name: "40GB", "32 GB". */
const WRITTEN_SIZE = /\b(\d{1,3})\s*GB\b/i;

/** Memory per GPU of a reference-API model name; null when the name says nothing this table knows. */
export function gpuMemoryGb(model: string | null | undefined): GpuMemoryRange | null {
  if (!model) return null;
  const written = WRITTEN_SIZE.exec(model);
  if (written) {
    const gb = Number(written[1]);
    return { min: gb, max: gb };
  }
  const known = KNOWN_GPUS.find((g) => g.pattern.test(model));
  if (!known) return null;
  return { min: Math.min(...known.sizes), max: Math.max(...known.sizes) };
}

/** "A100 40 GB", "V100 16–32 GB", "A100 (memory unknown)": the model's short name and its memory, for people. */
export function describeGpu(model: string | null, memory: GpuMemoryRange | null): string {
  const name = shortGpuName(model);
  if (!memory) return `${name} (memory unknown)`;
  const gb = memory.min === memory.max ? `${memory.min}` : `${memory.min}–${memory.max}`;
  return `${name} ${gb} GB`;
}

/** The board's name inside the brackets of a PCI name ("GA100 [A100 PCIe 40GB]" → "A100 PCIe 40GB"), sizes dropped. */
function shortGpuName(model: string | null): string {
  if (!model) return 'GPU';
  const inner = /\[([^\]]+)\]/.exec(model)?.[1] ?? model;
  return (
    inner
      .replace(WRITTEN_SIZE, '')
      .replace(/\b(PCIe|SXM\d?|Tesla|Quadro|Instinct)\b/gi, '')
      .replace(/\s+/g, ' ')
      .trim() || model
  );
}
