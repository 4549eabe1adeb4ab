// Whether the code needs a GPU, and which: the strongest evidence decides, explicit statements beat inference
// from frameworks, and a CPU build of a framework is not a GPU job.
import type { Evidence, Gpu } from '@envboot/core';
import { impliedCuda } from '../knowledge/cuda.js';
import { compareVersions, gpuModelByName } from '../knowledge/gpus.js';
import type { Fact, FactOf, Seen } from '../model.js';
import { byDepth } from '../detectors/tree.js';
import { asRule, dedupe, toEvidence } from './evidence.js';
import { meaningOf, type PackageFact } from './packages.js';

type Level = Gpu['requirement'];

interface Signal {
  level: 'required' | 'optional' | 'none' | 'recommended' | 'hint';
  ev: Seen;
}

function strongestFirst(a: { ev: Seen }, b: { ev: Seen }): number {
  return (
    a.ev.priority - b.ev.priority || byDepth(a.ev.file, b.ev.file) || (a.ev.line ?? 0) - (b.ev.line ?? 0)
  );
}

/** GPU signals from packages: GPU-only packages, CUDA builds, GPU frameworks that are not CPU builds. */
function packageSignals(packages: PackageFact[]): Signal[] {
  const signals: Signal[] = [];
  // A framework is a CPU build when some declaration of it is one and none is a CUDA build.
  const cpuFrameworks = new Set<string>();
  const cudaFrameworks = new Set<string>();
  for (const p of packages) {
    if (p.scope !== 'main') continue;
    const m = meaningOf(p);
    const fw = m.framework ?? p.name;
    if (p.variant?.kind === 'cpu' || m.gpu === 'cpu') cpuFrameworks.add(fw);
    if (p.variant?.kind === 'cuda' || p.variant?.kind === 'rocm') cudaFrameworks.add(fw);
  }
  for (const p of packages) {
    const m = meaningOf(p);
    const fw = m.framework ?? p.name;
    const cpuBuild = cpuFrameworks.has(fw) && !cudaFrameworks.has(fw);
    if (p.scope === 'dev') continue;
    if (p.scope === 'optional' || p.conditional) {
      if (m.gpu === 'only' || p.variant?.kind === 'cuda')
        signals.push({ level: 'optional', ev: asRule(p.ev, 'pkg.optional-gpu', 2) });
      continue;
    }
    if (p.variant?.kind === 'cuda')
      signals.push({ level: 'required', ev: asRule(p.ev, p.variant.via?.rule ?? 'py.local-version', 1) });
    else if (p.variant?.kind === 'rocm')
      signals.push({ level: 'required', ev: asRule(p.ev, p.variant.via?.rule ?? 'py.local-version', 1) });
    else if (m.gpu === 'only')
      signals.push({
        level: 'required',
        ev: asRule(p.ev, m.cuda ? 'pkg.cuda-variant' : 'pkg.gpu-only', m.cuda ? 1 : 2),
      });
    else if (m.gpu === 'framework' && !cpuBuild)
      signals.push({ level: 'recommended', ev: asRule(p.ev, 'pkg.gpu-framework', 2) });
    else if (cpuBuild && (m.gpu === 'framework' || m.gpu === 'cpu')) {
      signals.push({
        level: 'hint',
        ev: asRule(p.variant?.via ?? p.ev, p.variant?.via?.rule ?? 'pkg.cpu-variant', 1),
      });
    }
  }
  return signals;
}

export interface GpuResult {
  gpu: Gpu;
  evidence: Evidence[];
  confidence: Record<string, number>;
}

export function inferGpu(facts: Fact[], packages: PackageFact[]): GpuResult {
  const of = <T extends Exclude<Fact['type'], 'manifest'>>(t: T) =>
    facts.filter((f): f is FactOf<T> => f.type === t).sort(strongestFirst);
  // CUDA pinned by a package name or extra (cupy-cuda12x, jax[cuda12], nvidia-*-cu12).
  const packageCuda: FactOf<'cuda'>[] = packages
    .filter((p) => p.scope === 'main' && !p.conditional && meaningOf(p).cuda)
    .map((p) => ({ type: 'cuda', version: meaningOf(p).cuda!, ev: asRule(p.ev, 'pkg.cuda-variant', 1) }));
  const cudaFacts = [...of('cuda'), ...packageCuda].sort(strongestFirst);
  const signals: Signal[] = [
    ...of('gpu').map((f) => ({ level: f.requirement, ev: f.ev })),
    ...of('gpu-hint').map((f) => ({ level: 'hint' as const, ev: f.ev })),
    ...of('cuda')
      .filter((f) => f.ev.priority <= 2)
      .map((f) => ({ level: 'required' as const, ev: f.ev })),
    ...of('rocm').map((f) => ({ level: 'required' as const, ev: f.ev })),
    ...packageSignals(packages),
  ].sort(strongestFirst);

  const pick = (level: Signal['level'], maxPriority = 3) =>
    signals.filter((s) => s.level === level && s.ev.priority <= maxPriority);
  const strong = pick('required', 1);
  const none = pick('none');
  const required = pick('required');
  const optional = pick('optional');
  const recommended = pick('recommended');
  const hints = pick('hint');
  // The CPU-only builds seen (hints at priority 1 come from CPU variants).
  const cpuBuilds = hints.filter(
    (h) =>
      h.ev.rule === 'pkg.cpu-variant' ||
      h.ev.rule.startsWith('py.index.cpu') ||
      h.ev.rule === 'py.conda.cpuonly' ||
      h.ev.rule === 'py.local-version',
  );

  let level: Level;
  let deciding: Signal[];
  let confidence: number;
  if (strong.length) {
    level = 'required';
    deciding = strong;
    confidence = 0.95;
  } else if (none.length) {
    level = 'none';
    deciding = none;
    confidence = 0.85;
  } else if (required.length) {
    level = 'required';
    deciding = required;
    confidence = required[0]!.ev.priority <= 2 ? 0.85 : 0.75;
  } else if (optional.length) {
    level = 'optional';
    deciding = optional;
    confidence = 0.7;
  } else if (recommended.length) {
    level = 'recommended';
    deciding = [...recommended, ...hints.filter((h) => !cpuBuilds.includes(h))];
    confidence = hints.length > cpuBuilds.length ? 0.75 : 0.65;
  } else {
    level = 'none';
    deciding = cpuBuilds;
    const anyManifest = facts.some((f) => f.type === 'manifest');
    confidence = cpuBuilds.length ? 0.9 : anyManifest ? 0.8 : 0.6;
  }
  const needed = level === 'required' || level === 'recommended';
  // The deciding signals first, then weaker ones that point the same way.
  const agreeing =
    level === 'required'
      ? required
      : level === 'none'
        ? [...none, ...cpuBuilds]
        : level === 'optional'
          ? optional
          : [];
  const evidence: Evidence[] = [...deciding, ...agreeing.filter((s) => !deciding.includes(s))].map((s) =>
    toEvidence(s.ev, 'gpu.needed'),
  );

  // Vendor, count, memory, model, CUDA, compute capability: only meaningful when a GPU is used.
  const rocm = of('rocm')[0] ?? null;
  const amd = Boolean(rocm) || packages.some((p) => p.variant?.kind === 'rocm');
  const vendor: Gpu['vendor'] = needed || level === 'optional' ? (amd ? 'amd' : 'nvidia') : null;

  let count: number | null = null;
  const counts = of('gpu-count');
  if (needed && counts.length) {
    const best = counts[0]!.ev.priority;
    const tier = counts.filter((c) => c.ev.priority === best).sort((a, b) => b.count - a.count);
    count = tier[0]!.count;
    for (const c of tier.filter((t) => t.count === count).slice(0, 3))
      evidence.push(toEvidence(c.ev, 'gpu.count'));
  } else if (needed) count = 1;

  const model = needed ? (of('gpu-model')[0] ?? null) : null;
  if (model) evidence.push(toEvidence(model.ev, 'gpu.model'));

  let minMemory: number | null = null;
  const memories = of('gpu-memory');
  if (needed && memories.length) {
    const top = [...memories].sort((a, b) => b.gb - a.gb)[0]!;
    minMemory = top.gb;
    evidence.push(toEvidence(top.ev, 'gpu.min_memory_gb'));
  } else if (needed && model) {
    // A named model implies at least its smallest variant's memory.
    minMemory = gpuModelByName(model.model)?.memoryGb[0] ?? null;
  }

  let cuda: string | null = null;
  let cudaConfidence = 0;
  if (needed && vendor === 'nvidia') {
    const stated = cudaFacts[0];
    if (stated) {
      cuda = stated.version;
      cudaConfidence = stated.ev.priority <= 1 ? 0.9 : 0.6;
      evidence.push(toEvidence(stated.ev, 'gpu.cuda'));
    } else {
      for (const fw of ['torch', 'tensorflow']) {
        // Only an exact pin says which build pip installs; a lower bound installs the newest.
        const p = packages.find(
          (x) => x.scope === 'main' && meaningOf(x).framework === fw && /^\d/.test(x.version ?? ''),
        );
        const implied = p ? impliedCuda(fw, p.version) : null;
        if (p && implied) {
          cuda = implied;
          cudaConfidence = 0.5;
          evidence.push(toEvidence(asRule(p.ev, 'pkg.implied-cuda', 3), 'gpu.cuda'));
          break;
        }
      }
    }
  }
  const capabilities = needed
    ? of('compute-capability').sort((a, b) => compareVersions(a.value, b.value))
    : [];
  for (const c of capabilities.filter((x) => x.value === capabilities[0]?.value).slice(0, 3)) {
    evidence.push(toEvidence(c.ev, 'gpu.min_compute_capability'));
  }
  const nvcc = needed && facts.some((f) => f.type === 'nvcc');

  const gpu: Gpu = {
    needed,
    requirement: level,
    count,
    min_memory_gb: minMemory,
    model: model?.model ?? null,
    vendor,
    cuda,
    rocm: amd ? (rocm?.version ?? null) : null,
    min_compute_capability: capabilities[0]?.value ?? null,
    nvcc,
    confidence,
    evidence: dedupe(evidence, 8),
  };
  const conf: Record<string, number> = { 'gpu.needed': confidence };
  if (cuda) conf['gpu.cuda'] = cudaConfidence;
  if (count !== null) conf['gpu.count'] = counts.length ? (counts[0]!.ev.priority <= 1 ? 0.9 : 0.6) : 0.5;
  if (minMemory !== null) conf['gpu.min_memory_gb'] = memories.length ? 0.7 : 0.4;
  return { gpu, evidence: gpu.evidence, confidence: conf };
}

export type { Signal, Level };
export { strongestFirst };
export type GpuFacts = FactOf<'gpu'>;
