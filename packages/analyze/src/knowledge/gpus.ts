// GPU models: how people write them, how much memory they have, and their CUDA compute capability. The
// reference API gives a model string ("GA100 [A100 PCIe 80GB]") but not its memory, so both come from here.

export interface GpuModel {
  /** Canonical short name: A100, V100, RTX 6000, … */
  name: string;
  vendor: 'nvidia' | 'amd' | 'intel';
  /** Memory per GPU in GB for the usual variants, smallest first. */
  memoryGb: number[];
  /** CUDA compute capability ("8.0"); null for non-NVIDIA GPUs. */
  computeCapability: string | null;
  /** Matches the model in free text (READMEs, SLURM gres, reference-API strings). */
  pattern: RegExp;
}

export const GPU_MODELS: GpuModel[] = [
  { name: 'H200', vendor: 'nvidia', memoryGb: [141], computeCapability: '9.0', pattern: /\bH200\b/i },
  { name: 'H100', vendor: 'nvidia', memoryGb: [80, 94], computeCapability: '9.0', pattern: /\bH100\b/i },
  { name: 'A100', vendor: 'nvidia', memoryGb: [40, 80], computeCapability: '8.0', pattern: /\bA100\b/i },
  { name: 'A40', vendor: 'nvidia', memoryGb: [48], computeCapability: '8.6', pattern: /\bA40\b/i },
  { name: 'A30', vendor: 'nvidia', memoryGb: [24], computeCapability: '8.0', pattern: /\bA30\b/i },
  { name: 'A10G', vendor: 'nvidia', memoryGb: [24], computeCapability: '8.6', pattern: /\bA10G?\b/i },
  { name: 'L40S', vendor: 'nvidia', memoryGb: [48], computeCapability: '8.9', pattern: /\bL40S?\b/i },
  { name: 'L4', vendor: 'nvidia', memoryGb: [24], computeCapability: '8.9', pattern: /\bL4\b/ },
  {
    name: 'RTX A6000',
    vendor: 'nvidia',
    memoryGb: [48],
    computeCapability: '8.6',
    pattern: /\b(RTX\s*)?A6000\b/i,
  },
  {
    name: 'RTX 6000',
    vendor: 'nvidia',
    memoryGb: [24],
    computeCapability: '7.5',
    pattern: /\b(Quadro\s*)?RTX\s*6000\b/i,
  },
  {
    name: 'RTX 8000',
    vendor: 'nvidia',
    memoryGb: [48],
    computeCapability: '7.5',
    pattern: /\b(Quadro\s*)?RTX\s*8000\b/i,
  },
  {
    name: 'RTX 4090',
    vendor: 'nvidia',
    memoryGb: [24],
    computeCapability: '8.9',
    pattern: /\bRTX\s*4090\b/i,
  },
  {
    name: 'RTX 3090',
    vendor: 'nvidia',
    memoryGb: [24],
    computeCapability: '8.6',
    pattern: /\bRTX\s*3090\b/i,
  },
  {
    name: 'RTX 2080 Ti',
    vendor: 'nvidia',
    memoryGb: [11],
    computeCapability: '7.5',
    pattern: /\bRTX\s*2080\s*Ti\b/i,
  },
  { name: 'V100', vendor: 'nvidia', memoryGb: [16, 32], computeCapability: '7.0', pattern: /\bV100\b/i },
  { name: 'T4', vendor: 'nvidia', memoryGb: [16], computeCapability: '7.5', pattern: /\bT4\b/ },
  { name: 'P100', vendor: 'nvidia', memoryGb: [16], computeCapability: '6.0', pattern: /\bP100\b/i },
  { name: 'P40', vendor: 'nvidia', memoryGb: [24], computeCapability: '6.1', pattern: /\bP40\b/i },
  { name: 'M40', vendor: 'nvidia', memoryGb: [12, 24], computeCapability: '5.2', pattern: /\bM40\b/i },
  { name: 'K80', vendor: 'nvidia', memoryGb: [12], computeCapability: '3.7', pattern: /\bK80\b/i },
  { name: 'MI250', vendor: 'amd', memoryGb: [128], computeCapability: null, pattern: /\bMI250X?\b/i },
  { name: 'MI210', vendor: 'amd', memoryGb: [64], computeCapability: null, pattern: /\bMI210\b/i },
  { name: 'MI100', vendor: 'amd', memoryGb: [32], computeCapability: null, pattern: /\bMI100\b/i },
  {
    name: 'Max 1100',
    vendor: 'intel',
    memoryGb: [48],
    computeCapability: null,
    pattern: /\b(Ponte\s*Vecchio|Max\s*1100)\b/i,
  },
];

/** The model named in a piece of text, if any. */
export function findGpuModel(text: string): GpuModel | null {
  return GPU_MODELS.find((m) => m.pattern.test(text)) ?? null;
}

export function gpuModelByName(name: string | null | undefined): GpuModel | null {
  if (!name) return null;
  return GPU_MODELS.find((m) => m.name.toLowerCase() === name.toLowerCase()) ?? findGpuModel(name);
}

/** Memory per GPU of a reference-API model string: the explicit "80GB" in it, or the model's smallest variant. */
export function memoryOfModelString(text: string): number | null {
  const explicit = /(\d{1,3})\s*GB\b/i.exec(text);
  if (explicit) return Number(explicit[1]);
  return findGpuModel(text)?.memoryGb[0] ?? null;
}

/** "sm_80" / "compute_80" / "80" / "8.0" → "8.0". */
export function computeCapability(text: string): string | null {
  const m = /(?:sm_|compute_)?(\d)(\d)(?!\d)|(\d)\.(\d)/.exec(text);
  if (!m) return null;
  return m[1] ? `${m[1]}.${m[2]}` : `${m[3]}.${m[4]}`;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
