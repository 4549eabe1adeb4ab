// Whether the code needs a GPU, and which: the strongest evidence decides, explicit statements beat inference
// from frameworks, and a CPU build of a framework is not a GPU job.
import type { Evidence, Gpu } from '@envboot/core';
import { impliedCuda } from '../knowledge/cuda.js';
import { cudaFromDigits } from '../knowledge/packages.js';
import { compareVersions, gpuModelByName } from '../knowledge/gpus.js';
import type { Fact, FactOf, Seen } from '../model.js';
import { asRule, dedupe, toEvidence } from './evidence.js';
import { factsOf, strongestFirst } from './facts.js';
import { meaningOf, type PackageFact } from './packages.js';

type Level = Gpu['requirement'];

interface Signal {
  level: 'required' | 'optional' | 'none' | 'recommended' | 'hint';
  ev: Seen;
}

/** Categories of packages that make up a data-science environment (tables, plots, notebooks, classic ML). */
const DATA_SCIENCE = new Set(['dataframe', 'plotting', 'notebook', 'classic-ml']);
/** The frameworks that may stand alone in such an environment (each has CPU builds). */
const CORE_FRAMEWORKS = new Set(['torch', 'tensorflow', 'keras', 'tf-keras', 'jax', 'jaxlib']);

/**
 * A data-science environment: a GPU framework (which has CPU builds) stands alone among packages of at least two
 * data-science kinds (tables, plots, notebooks, classic ML), with nothing else that uses or needs a GPU (no
 * companion such as torchvision or lightning, no LLM stack, no kernel) and no stated GPU count, model or memory.
 * Such a framework is not a reason to reserve a GPU node.
 */
export function isDataScienceEnvironment(packages: PackageFact[], facts: Fact[]): boolean {
  if (facts.some((f) => f.type === 'gpu-count' || f.type === 'gpu-model' || f.type === 'gpu-memory'))
    return false;
  const main = packages.filter((p) => p.scope === 'main' && !p.conditional);
  const known = main.map((p) => meaningOf(p).known).filter((k) => k != null);
  const gpuUsers = known.filter(
    (k) => k.gpu === 'requires' || (k.gpu === 'benefits' && k.category !== 'classic-ml'),
  );
  if (gpuUsers.some((k) => !CORE_FRAMEWORKS.has(k.name))) return false;
  return new Set(known.filter((k) => DATA_SCIENCE.has(k.category)).map((k) => k.category)).size >= 2;
}

/** GPU signals from packages: GPU-only packages, CUDA builds, GPU frameworks that are not CPU builds. */
function packageSignals(packages: PackageFact[], dataScience: boolean): Signal[] {
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
    else if (m.gpu === 'framework' && !cpuBuild && dataScience)
      signals.push({ level: 'optional', ev: asRule(p.ev, 'pkg.cpu-capable', 2) });
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
  const decision = decide(signalsOf(facts, packages), facts);
  const needed = decision.level === 'required' || decision.level === 'recommended';
  const evidence = decisionEvidence(decision);
  // Vendor, count, memory, model, CUDA, compute capability: only meaningful when a GPU is used.
  const { vendor, rocm } = vendorOf(facts, packages, decision.level, needed);
  const count = needed ? gpuCount(facts, evidence) : null;
  const model = needed ? gpuModel(facts, evidence) : null;
  const memory = needed ? gpuMemory(facts, model, evidence) : null;
  const cuda = needed && vendor === 'nvidia' ? cudaOf(facts, packages, evidence) : null;
  const capability = needed ? minCapability(facts, evidence) : null;

  const gpu: Gpu = {
    needed,
    requirement: decision.level,
    count: count?.count ?? null,
    min_memory_gb: memory?.gb ?? null,
    model: model?.model ?? null,
    vendor,
    cuda: cuda?.version ?? null,
    rocm,
    min_compute_capability: capability,
    nvcc: needed && facts.some((f) => f.type === 'nvcc'),
    confidence: decision.confidence,
    evidence: dedupe(evidence, 8),
  };
  const confidence: Record<string, number> = { 'gpu.needed': decision.confidence };
  if (cuda?.version) confidence['gpu.cuda'] = cuda.confidence;
  if (count) confidence['gpu.count'] = count.confidence;
  if (memory && memory.gb !== null) confidence['gpu.min_memory_gb'] = memory.confidence;
  return { gpu, evidence: gpu.evidence, confidence };
}

/** Every GPU signal, strongest first: statements, hints, CUDA and ROCm facts, and what the packages imply. */
function signalsOf(facts: Fact[], packages: PackageFact[]): Signal[] {
  return [
    ...factsOf(facts, 'gpu').map((f) => ({ level: f.requirement, ev: f.ev })),
    ...factsOf(facts, 'gpu-hint').map((f) => ({ level: 'hint' as const, ev: f.ev })),
    ...factsOf(facts, 'cuda')
      .filter((f) => f.ev.priority <= 2)
      .map((f) => ({ level: 'required' as const, ev: f.ev })),
    ...factsOf(facts, 'rocm').map((f) => ({ level: 'required' as const, ev: f.ev })),
    ...packageSignals(packages, isDataScienceEnvironment(packages, facts)),
  ].sort(strongestFirst);
}

/**
 * Hints that the code runs without a GPU: a device chosen by availability, a CPU default, course notebooks, a
 * library published for others to build on.
 */
const FALLBACK_RULES = new Set<string>([
  'code.cuda-fallback',
  'code.device-cpu-default',
  'code.cpu-fallback-message',
  'nb.course',
  'py.library',
  'readme.code-fallback',
  'code.example-fallback',
]);

/** CUDA builds pinned in environment files: which build to install, not whether the code can run without one. */
const PIN_RULES = new Set<string>([
  'py.conda.cuda',
  'py.index.cuda',
  'py.local-version',
  'pkg.cuda-variant',
  'docker.from',
  'docker.pip',
  'install.conda',
]);

/** What a README says a GPU run takes (memory, a model, how many): said of the GPU case, when it also says the CPU works. */
const README_NEEDS = new Set<string>([
  'readme.gpu-memory',
  'readme.gpu-count-model',
  'readme.multi-gpu',
  'readme.cluster',
]);

/** README mentions of how training was scaled (multi-GPU, a cluster, "8 V100s"): weaker than code that falls back. */
const PROSE_SCALE_RULES = new Set<string>(['readme.multi-gpu', 'readme.cluster', 'readme.gpu-count-model']);

/** The requirement, the signals that decided it, those that point the same way, and how sure it is. */
interface Decision {
  level: Level;
  deciding: Signal[];
  agreeing: Signal[];
  confidence: number;
}

/**
 * The first kind of signal present decides: a strong requirement, then a statement that none is needed, then any
 * requirement, an optional GPU, a recommendation; with none of them, no GPU (surest when CPU builds were seen).
 */
function decide(all: Signal[], facts: Fact[]): Decision {
  let signals = all;
  const pick = (level: Signal['level'], maxPriority = 3) =>
    signals.filter((s) => s.level === level && s.ev.priority <= maxPriority);
  // A build that compiles its CUDA sources only when CUDA is there (setup.py choosing CUDAExtension or
  // CppExtension) makes those sources no requirement.
  const optIn = signals.some((x) => x.level === 'optional' && x.ev.rule === 'py.setup.cuda-optional');
  if (optIn) signals = signals.filter((x) => !(x.level === 'required' && x.ev.rule === 'cpp.cuda-sources'));
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
  // The README says the code runs on the CPU (or its --device option defaults to the CPU) and the code picks the
  // CPU when there is no GPU: the CUDA builds the environment files pin are the GPU build of an environment that
  // also works without one.
  const fallbacks = hints.filter((h) => FALLBACK_RULES.has(h.ev.rule));
  const saysOptional = optional.filter((s) => s.ev.rule === 'readme.gpu-optional');
  const cpuDefault = fallbacks.filter(
    (s) => s.ev.rule === 'code.device-cpu-default' || s.ev.rule === 'code.cpu-fallback-message',
  );
  if (
    (saysOptional.length || cpuDefault.length) &&
    fallbacks.length &&
    required.every(
      (s) => PIN_RULES.has(s.ev.rule) || (saysOptional.length > 0 && README_NEEDS.has(s.ev.rule)),
    )
  )
    return {
      level: 'optional',
      deciding: [...saysOptional, ...fallbacks],
      agreeing: required,
      confidence: 0.7,
    };
  // CUDA builds pinned beside a CPU build of the same stack ("If using cuda: conda install pytorch cudatoolkit=10.1,
  // else: conda install pytorch cpuonly"): the instructions offer both, and nothing else asks for the GPU.
  // (A package's own CPU build, tensorflow-cpu beside a JAX on CUDA, is a choice of that package alone.)
  const cpuStacks = hints.filter(
    (h) =>
      h.ev.rule === 'py.conda.cpuonly' ||
      h.ev.rule.startsWith('py.index.cpu') ||
      h.ev.rule === 'install.conda' ||
      h.ev.rule === 'install.pip',
  );
  if (cpuStacks.length && required.length && required.every((s) => PIN_RULES.has(s.ev.rule)))
    return { level: 'optional', deciding: cpuStacks, agreeing: required, confidence: 0.7 };
  // Code that picks the CPU when there is no GPU, with nothing but conda's CUDA pins speaking for one (cudatoolkit
  // in environment.yml, pytorch-cuda=11.7 in the install line; conda's pytorch came with a toolkit by default): the
  // pins are the GPU build of code that runs on either. (A wheel index or a +cu121 build is chosen on purpose.)
  const codeFallbacks = fallbacks.filter((s) => s.ev.rule === 'code.cuda-fallback');
  if (
    codeFallbacks.length &&
    required.length &&
    required.every((s) => s.ev.rule === 'py.conda.cuda' || s.ev.rule === 'install.conda')
  )
    return { level: 'optional', deciding: codeFallbacks, agreeing: required, confidence: 0.65 };
  if (strong.length) return { level: 'required', deciding: strong, agreeing: required, confidence: 0.95 };
  if (none.length)
    return { level: 'none', deciding: none, agreeing: [...none, ...cpuBuilds], confidence: 0.85 };
  // Multi-GPU training, a cluster or a GPU count mentioned in prose describe how the authors ran the code; code
  // that picks the CPU when there is no GPU, or a statement that a GPU is optional, shows that it runs without one.
  // A GPU package in an optional extra (xformers under [fast]) says the same, unless the README's own commands
  // launch the work on several GPUs (torchrun --nproc_per_node=8): then that package is what is optional.
  const launched = facts.some((f) => f.type === 'gpu-count' && f.ev.rule === 'jobs.launcher');
  const optionalGpu = optional.filter((s) => !(launched && s.ev.rule === 'pkg.optional-gpu'));
  if (
    required.length &&
    (fallbacks.length || optionalGpu.length) &&
    required.every((s) => PROSE_SCALE_RULES.has(s.ev.rule))
  )
    return {
      level: 'optional',
      deciding: [...fallbacks, ...optionalGpu],
      agreeing: required,
      confidence: 0.65,
    };
  if (required.length) {
    const confidence = required[0]!.ev.priority <= 2 ? 0.85 : 0.75;
    return { level: 'required', deciding: required, agreeing: required, confidence };
  }
  // A build that makes the GPU optional (CUDA kernels compiled only when CUDA is there, a GPU extra) beside README
  // commands that launch one process per GPU on several (torch.distributed.launch --nproc_per_node=8), and no code
  // that falls back to the CPU: the work the README documents runs on GPUs, as a launcher beside a framework does.
  const launchers = factsOf(facts, 'gpu-count').filter((f) => f.ev.rule === 'jobs.launcher' && f.count >= 2);
  if (
    launchers.length &&
    optional.length &&
    fallbacks.every((s) => s.ev.rule === 'py.library') &&
    optional.every((s) => s.ev.rule === 'pkg.optional-gpu' || s.ev.rule === 'py.setup.cuda-optional')
  ) {
    const deciding = launchers.map((f) => ({ level: 'hint' as const, ev: f.ev }));
    return { level: 'recommended', deciding, agreeing: optional, confidence: 0.65 };
  }
  if (optional.length) return { level: 'optional', deciding: optional, agreeing: optional, confidence: 0.7 };
  // Code that picks the GPU when there is one and the CPU otherwise runs on either: a GPU helps, it is not needed.
  if (recommended.length && fallbacks.length)
    return { level: 'optional', deciding: fallbacks, agreeing: recommended, confidence: 0.7 };
  // A framework with CPU builds, and nothing else that speaks of a GPU (no device code, no statement, no GPU
  // build, no hint, no GPU count, model or memory anywhere): the code runs on a CPU, and a GPU would speed it up.
  const gpuHints = hints.filter((h) => !cpuBuilds.includes(h));
  const gpuSized = facts.some(
    (f) => f.type === 'gpu-count' || f.type === 'gpu-model' || f.type === 'gpu-memory',
  );
  if (
    recommended.length &&
    !gpuHints.length &&
    !gpuSized &&
    recommended.every((s) => s.ev.rule === 'pkg.gpu-framework')
  )
    return { level: 'optional', deciding: recommended, agreeing: [], confidence: 0.6 };
  if (recommended.length) {
    const deciding = [...recommended, ...gpuHints];
    const confidence = hints.length > cpuBuilds.length ? 0.75 : 0.65;
    return { level: 'recommended', deciding, agreeing: [], confidence };
  }
  const anyManifest = facts.some((f) => f.type === 'manifest');
  const confidence = cpuBuilds.length ? 0.9 : anyManifest ? 0.8 : 0.6;
  return { level: 'none', deciding: cpuBuilds, agreeing: [...none, ...cpuBuilds], confidence };
}

/** The deciding signals first, then weaker ones that point the same way. */
function decisionEvidence(d: Decision): Evidence[] {
  return [...d.deciding, ...d.agreeing.filter((s) => !d.deciding.includes(s))].map((s) =>
    toEvidence(s.ev, 'gpu.needed'),
  );
}

/**
 * AMD when ROCm is stated or a package is a ROCm build and nothing speaks of CUDA (a repository that offers both,
 * or a frozen environment that mixes them, runs on NVIDIA), else NVIDIA; no vendor when no GPU is wanted.
 */
function vendorOf(
  facts: Fact[],
  packages: PackageFact[],
  level: Level,
  needed: boolean,
): { vendor: Gpu['vendor']; rocm: string | null } {
  const rocm = factsOf(facts, 'rocm')[0] ?? null;
  // A CUDA extra (`pip install pkg[cuda]`, an optional group named cuda12) names NVIDIA as well as a ROCm index
  // names AMD: a repository that offers both runs on NVIDIA.
  const cudaExtra = (name: string | null | undefined) => /^(?:cuda|cu\d{2,3})[\d.x-]*$/i.test(name ?? '');
  const cuda =
    factsOf(facts, 'cuda').length > 0 ||
    packages.some((p) => p.variant?.kind === 'cuda' || (p.scope === 'optional' && cudaExtra(p.group))) ||
    factsOf(facts, 'install-extras').some((f) => f.extras.some(cudaExtra));
  const amd = !cuda && (Boolean(rocm) || packages.some((p) => p.variant?.kind === 'rocm'));
  const vendor: Gpu['vendor'] = needed || level === 'optional' ? (amd ? 'amd' : 'nvidia') : null;
  return { vendor, rocm: amd ? (rocm?.version ?? null) : null };
}

/** How many GPUs: the highest count among the strongest statements, else 1. */
function gpuCount(facts: Fact[], evidence: Evidence[]): { count: number; confidence: number } {
  const counts = factsOf(facts, 'gpu-count');
  if (!counts.length) return { count: 1, confidence: 0.5 };
  const best = counts[0]!.ev.priority;
  // A count of the authors' own cluster gives way to a plainer statement of the same strength.
  const sameTier = counts.filter((c) => c.ev.priority === best);
  const plain = sameTier.filter((c) => c.ev.rule !== 'readme.cluster');
  const tier = (plain.length ? plain : sameTier).sort((a, b) => b.count - a.count);
  const count = tier[0]!.count;
  for (const c of tier.filter((t) => t.count === count).slice(0, 3))
    evidence.push(toEvidence(c.ev, 'gpu.count'));
  return { count, confidence: best <= 1 ? 0.9 : 0.6 };
}

/** The GPU model the strongest statement names. */
function gpuModel(facts: Fact[], evidence: Evidence[]): FactOf<'gpu-model'> | null {
  const model = factsOf(facts, 'gpu-model')[0] ?? null;
  if (model) evidence.push(toEvidence(model.ev, 'gpu.model'));
  return model;
}

/** Memory per GPU: the largest stated figure, else what the named model implies. */
function gpuMemory(
  facts: Fact[],
  model: FactOf<'gpu-model'> | null,
  evidence: Evidence[],
): { gb: number | null; confidence: number } {
  const top = [...factsOf(facts, 'gpu-memory')].sort((a, b) => b.gb - a.gb)[0];
  if (top) {
    evidence.push(toEvidence(top.ev, 'gpu.min_memory_gb'));
    return { gb: top.gb, confidence: 0.7 };
  }
  // A named model implies at least its smallest variant's memory.
  return { gb: model ? (gpuModelByName(model.model)?.memoryGb[0] ?? null) : null, confidence: 0.4 };
}

/** CUDA pinned in a file, or by a package name or extra (cupy-cuda12x, jax[cuda12], nvidia-*-cu12). */
function statedCuda(facts: Fact[], packages: PackageFact[]): FactOf<'cuda'>[] {
  const packageCuda: FactOf<'cuda'>[] = packages
    .filter((p) => p.scope === 'main' && !p.conditional && meaningOf(p).cuda)
    .map((p) => ({ type: 'cuda', version: packageCudaVersion(p), ev: asRule(p.ev, 'pkg.cuda-variant', 1) }));
  // Of equally strong statements, a major.minor says more than a major alone (nvidia-cublas-cu12: 12).
  const precise = (f: FactOf<'cuda'>) => (f.version.includes('.') ? 0 : 1);
  return [...factsOf(facts, 'cuda'), ...packageCuda].sort(
    (a, b) => a.ev.priority - b.ev.priority || precise(a) - precise(b) || strongestFirst(a, b),
  );
}

/**
 * The CUDA a CUDA package is built for: its name's major (nvidia-cuda-runtime-cu12), or, for NVIDIA's own CUDA
 * runtime packages, whose version is the CUDA version, the major.minor of their pin (==12.1.105 → 12.1).
 */
function packageCudaVersion(p: PackageFact): string {
  const major = meaningOf(p).cuda!;
  const pin = /^nvidia-cuda-(?:runtime|nvrtc|cupti|nvcc|cudart)-cu\d+$/i.test(p.name)
    ? /^(?:==|===)?\s*(\d{1,2}\.\d)(?:\.\d+)*$/.exec(p.version ?? '')
    : null;
  return pin && pin[1]!.split('.')[0] === major.split('.')[0] ? pin[1]! : major;
}

/** The CUDA version: the strongest statement, else what an exact torch or tensorflow pin is built for. */
function cudaOf(
  facts: Fact[],
  packages: PackageFact[],
  evidence: Evidence[],
): { version: string; confidence: number } | null {
  const stated = statedCuda(facts, packages)[0];
  if (stated) {
    evidence.push(toEvidence(stated.ev, 'gpu.cuda'));
    return { version: stated.version, confidence: stated.ev.priority <= 1 ? 0.9 : 0.6 };
  }
  const offered = offeredCuda(packages);
  if (offered) {
    evidence.push(toEvidence(asRule(offered.ev, 'pkg.optional-cuda', 3), 'gpu.cuda'));
    return { version: offered.version, confidence: 0.5 };
  }
  for (const fw of ['torch', 'tensorflow']) {
    // Only an exact pin says which build pip installs; a lower bound installs the newest.
    const p = packages.find(
      (x) => x.scope === 'main' && meaningOf(x).framework === fw && /^\d/.test(x.version ?? ''),
    );
    const implied = p ? impliedCuda(fw, p.version) : null;
    if (p && implied) {
      evidence.push(toEvidence(asRule(p.ev, 'pkg.implied-cuda', 3), 'gpu.cuda'));
      return { version: implied, confidence: 0.5 };
    }
  }
  return null;
}

/**
 * The newest of the CUDA builds a project offers as alternatives in its optional groups (extras cu118, cu121,
 * cu124 of CUDA wheels): any of them runs, and the newest suits the newest drivers the images carry.
 */
function offeredCuda(packages: PackageFact[]): { version: string; ev: Seen } | null {
  const offers: { version: string; ev: Seen }[] = [];
  for (const p of packages) {
    if (p.scope !== 'optional') continue;
    const version = p.variant?.kind === 'cuda' ? p.variant.cuda : (meaningOf(p).cuda ?? null);
    const group = p.group ? /^cu(\d{3})(?![\d])/i.exec(p.group) : null;
    const v = version ?? (group ? cudaFromDigits(group[1]!) : null);
    if (v && /^\d+\.\d+$/.test(v)) offers.push({ version: v, ev: p.ev });
  }
  return offers.sort((a, b) => compareVersions(b.version, a.version))[0] ?? null;
}

/** The lowest compute capability the code targets, with up to three places that name it. */
function minCapability(facts: Fact[], evidence: Evidence[]): string | null {
  const capabilities = factsOf(facts, 'compute-capability').sort((a, b) => compareVersions(a.value, b.value));
  for (const c of capabilities.filter((x) => x.value === capabilities[0]?.value).slice(0, 3)) {
    evidence.push(toEvidence(c.ev, 'gpu.min_compute_capability'));
  }
  return capabilities[0]?.value ?? null;
}

export type { Signal, Level };
export type GpuFacts = FactOf<'gpu'>;
