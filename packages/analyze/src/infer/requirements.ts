// From facts to requirements: runtimes (a pin beats a range, stronger files beat weaker ones), frameworks, the
// GPU, RAM and disk (stated, or estimated), architecture, OS, system packages, components; each with evidence.
import type { Evidence, Framework, Requirements } from '@envboot/core';
import type { LanguageShare } from '../detectors/languages.js';
import { byDepth, dirOf } from '../detectors/tree.js';
import type { Fact, FactOf, RuntimeName } from '../model.js';
import { dedupe, toEvidence } from './evidence.js';
import { factsOf } from './facts.js';
import { inferGpu } from './gpu.js';
import {
  countedPackages,
  frameworksOf,
  meaningOf,
  withSelectedExtras,
  type PackageFact,
} from './packages.js';

const LANGUAGE_RUNTIMES: Record<string, RuntimeName> = {
  Python: 'python',
  'Jupyter Notebook': 'python',
  Cython: 'python',
  R: 'r',
  RMarkdown: 'r',
  Julia: 'julia',
  Go: 'go',
  Rust: 'rust',
  Java: 'java',
  Kotlin: 'java',
  Scala: 'java',
  Haskell: 'haskell',
  Elixir: 'elixir',
  PHP: 'php',
  Swift: 'swift',
  Zig: 'zig',
  'C#': 'dotnet',
  'F#': 'dotnet',
  Dart: 'dart',
};

/** Which Python file wins when several state a version (repo2docker's ladder, then the usual lock files). */
const PYTHON_RANK: Record<string, number> = {
  'py.conda': 1,
  'py.pipfile': 2,
  'py.pyproject': 3,
  'py.poetry': 3,
  'py.setup': 4,
  'py.version-file': 5,
  'docker.runtime': 6,
  // What the code's syntax or a notebook's last run shows: only when nothing else of the tier states a version.
  'code.python2': 20,
  'nb.python-version': 20,
};

function pickRuntime(list: FactOf<'runtime'>[]): FactOf<'runtime'> | null {
  const withVersion = list.filter((f) => f.version !== null || f.range !== null);
  if (!withVersion.length) return list[0] ?? null;
  const best = Math.min(...withVersion.map((f) => f.ev.priority));
  const tier = withVersion.filter((f) => f.ev.priority === best);
  // Within a tier a pin beats a range, then repo2docker's file order, then the shallowest file.
  const chosen = tier.sort(
    (a, b) =>
      Number(isRange(a)) - Number(isRange(b)) ||
      (PYTHON_RANK[a.ev.rule] ?? 9) - (PYTHON_RANK[b.ev.rule] ?? 9) ||
      byDepth(a.ev.file, b.ev.file),
  )[0]!;
  if (!isRange(chosen)) return chosen;
  // A range says what works; a weaker statement that pins a version inside it (the README's `conda create
  // python=3.10`) says what the authors use: that version, with the range kept as the constraint.
  const pin = withVersion
    .filter((f) => f !== chosen && !isRange(f) && f.version !== null && within(chosen, f.version))
    .sort((a, b) => a.ev.priority - b.ev.priority)[0];
  return pin ? { ...pin, range: chosen.range } : chosen;
}

/** A range, or a major alone (conda's python=3): either says which versions work, not the one used. */
const isRange = (f: FactOf<'runtime'>): boolean =>
  (f.range !== null && f.range !== f.version && !/^==?\s*[\d.]+$/.test(f.range)) ||
  /^\d+$/.test(f.version ?? '');

/** Whether a version is one a range (or a major alone) allows. */
function within(range: FactOf<'runtime'>, version: string): boolean {
  if (/^\d+$/.test(range.version ?? '') && (range.range === null || /^==?\s*\d+$/.test(range.range)))
    return version.split('.')[0] === range.version;
  return admits(range.range!, version);
}

/** Whether a declared range (">=3.8", ">=3.8,<3.12", "^3.9", "~=3.10") admits a version, by major.minor. */
export function admits(range: string, version: string): boolean {
  const v = version.split('.').map(Number);
  const cmp = (w: string) => {
    const [a = 0, b = 0] = w.split('.').map(Number);
    return (v[0] ?? 0) - a || (v[1] ?? 0) - b;
  };
  return range.split(/[,\s]+/).every((clause) => {
    const m = /^(>=|>|<=|<|==|~=|\^|~|!=)?\s*(\d+(?:\.\d+)?)(?:\.[\d*]+)?$/.exec(clause.trim());
    if (!m) return true;
    const c = cmp(m[2]!);
    switch (m[1]) {
      case '>=':
      case '~=':
      case '^':
      case '~':
        return c >= 0 && (m[1] === '>=' || cmp(`${Number(m[2]!.split('.')[0]) + 1}`) < 0);
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      case '<':
        return c < 0;
      case '!=':
        return c !== 0;
      default:
        return c === 0;
    }
  });
}

const HEAVY_ML = new Set(['torch', 'tensorflow', 'jax', 'mxnet', 'paddlepaddle', 'keras', 'cupy']);
const LLM = new Set([
  'vllm',
  'deepspeed',
  'bitsandbytes',
  'flash-attn',
  'peft',
  'trl',
  'auto-gptq',
  'accelerate',
]);

/** Folders that hold a component's environment files rather than being a component themselves. */
const ENV_FOLDERS = /^(requirements|binder|\.binder|docker|\.devcontainer|conda|envs?|ci|\.github)$/;

function componentDir(file: string): string {
  const parts = dirOf(file).split('/').filter(Boolean);
  while (parts.length && ENV_FOLDERS.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join('/') || '.';
}

/** What every part of the inference adds to: the evidence behind each conclusion, and how sure each one is. */
interface Findings {
  evidence: Evidence[];
  confidence: Record<string, number>;
}

type Gpu = Requirements['gpu'];

export function inferRequirements(facts: Fact[], languages: LanguageShare[]): Requirements {
  const found: Findings = { evidence: [], confidence: {} };
  const { packages, selectedBy } = withSelectedExtras(countedPackages(facts), facts);
  const frameworks = frameworksOf(packages);
  const main = frameworks.filter((f) => (f.scope ?? 'main') === 'main');
  const gpu = gpuOf(facts, packages, found);
  for (const i of selectedBy) found.evidence.push(toEvidence(i.ev, 'frameworks'));
  // When a GPU package of a selected group decided the GPU, the instruction that selected it is part of why.
  const decidedBy = new Set(gpu.evidence.map((e) => `${e.file}:${e.line}`));
  const fromGroup = packages.some(
    (p) => p.scope === 'main' && p.group && decidedBy.has(`${p.ev.file}:${p.ev.line}`),
  );
  if (gpu.needed && fromGroup && selectedBy.length)
    gpu.evidence = dedupe([...gpu.evidence, toEvidence(selectedBy[0]!.ev, 'gpu.needed')], 9);
  noteFrameworks(main, found);
  const { runtimes, constraints } = runtimesOf(facts, languages, packages, found);
  const memory = memoryOf(facts, main, gpu, found);
  const disk = diskOf(facts, main, gpu, found);
  const { architecture, os } = platformOf(facts, found);
  const { nodes, minutes } = runOf(facts, found);
  const systemPackages = systemPackagesOf(facts, found);
  const container = containerOf(facts, found);
  noteSetAside(facts, found);
  const components = componentsOf(facts);
  const environmentFiles = environmentFilesOf(facts);
  const installExtras = [...new Set(selectedBy.flatMap((i) => i.extras))];
  if (languages.length) noteLanguages(languages, found);
  // Notebooks count for their kernel's language: say where that came from.
  const kernel = factsOf(facts, 'notebook-kernel').find((k) => languages.some((l) => l.name === k.language));
  if (kernel) found.evidence.push(toEvidence(kernel.ev, 'languages'));
  const launch = factsOf(facts, 'launches').find((l) => l.language === languages[0]?.name);
  // Said when the lead language came from what is launched or compiled rather than from its own files.
  if (
    launch &&
    (languages[0]!.files === 0 ||
      launch.ev.rule === 'node.typescript' ||
      languages.some((l) => ['Shell', 'Dockerfile', 'Makefile'].includes(l.name)))
  )
    found.evidence.push(toEvidence(launch.ev, 'languages'));

  return {
    gpu,
    runtimes,
    runtime_constraints: constraints,
    frameworks,
    languages: languages.map((l) => l.name),
    language_shares: languages.map((l) => ({ name: l.name, files: l.files, bytes: l.bytes })),
    memory_gb: memory,
    disk_gb: disk,
    architecture,
    nodes,
    run_minutes: minutes,
    os,
    system_packages: systemPackages,
    container,
    components,
    environment_files: environmentFiles,
    install_extras: installExtras,
    confidence: found.confidence,
    evidence: dedupe(found.evidence),
  };
}

/** The GPU, decided by inferGpu; its evidence comes first. */
function gpuOf(facts: Fact[], packages: PackageFact[], found: Findings): Gpu {
  const { gpu, evidence, confidence } = inferGpu(facts, packages);
  Object.assign(found.confidence, confidence);
  found.evidence.push(...evidence);
  return gpu;
}

/** Two lines of evidence for each of the first main frameworks (every framework carries its own). */
function noteFrameworks(frameworks: Framework[], found: Findings): void {
  for (const fw of frameworks.slice(0, 12)) found.evidence.push(...(fw.evidence ?? []).slice(0, 2));
}

/** Runtimes: the deciding fact of each one stated, then those the languages and the packages imply. */
function runtimesOf(
  facts: Fact[],
  languages: LanguageShare[],
  packages: PackageFact[],
  found: Findings,
): { runtimes: Record<string, string | null>; constraints: Record<string, string> } {
  const runtimes: Record<string, string | null> = {};
  const constraints: Record<string, string> = {};
  const byName = new Map<RuntimeName, FactOf<'runtime'>[]>();
  for (const f of factsOf(facts, 'runtime')) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  for (const [name, list] of byName) {
    const chosen = pickRuntime(list);
    if (!chosen) continue;
    runtimes[name] = chosen.version ?? (name === 'python' ? highestAllowed(chosen.range) : null);
    if (chosen.range && chosen.range !== chosen.version && !/^==?\s*[\d.]+$/.test(chosen.range))
      constraints[name] = chosen.range;
    noteRuntime(name, chosen, list, found);
  }
  for (const share of languages) {
    const runtime = LANGUAGE_RUNTIMES[share.name];
    if (runtime && !(runtime in runtimes)) {
      runtimes[runtime] = null;
      found.confidence[`runtimes.${runtime}`] = 0.6;
    }
  }
  if (packages.some((p) => p.ecosystem === 'pypi' || p.ecosystem === 'conda') && !('python' in runtimes))
    runtimes.python = null;
  return { runtimes, constraints };
}

/**
 * The newest major.minor a range with only an upper bound allows (python <=3.12 → 3.12, <3.12 → 3.11): the
 * version to run when no lower one is stated. Null when the bound says nothing of the minor (<4).
 */
export function highestAllowed(range: string | null): string | null {
  const m = range ? /^\s*(<=?)\s*(\d+)\.(\d+)(?:\.\d+)?\s*$/.exec(range) : null;
  if (!m) return null;
  const minor = Number(m[3]) - (m[1] === '<' ? 1 : 0);
  return minor >= 0 ? `${m[2]}.${minor}` : null;
}

/** The deciding fact, then what else was declared (a range the pin satisfies, a weaker file), and how sure. */
function noteRuntime(
  name: RuntimeName,
  chosen: FactOf<'runtime'>,
  list: FactOf<'runtime'>[],
  found: Findings,
): void {
  found.evidence.push(toEvidence(chosen.ev, `runtimes.${name}`));
  for (const other of list
    .filter((f) => f !== chosen && (f.version !== null || f.range !== null))
    .slice(0, 2)) {
    found.evidence.push(toEvidence(other.ev, `runtimes.${name}`));
  }
  found.confidence[`runtimes.${name}`] =
    chosen.version === null ? 0.5 : chosen.ev.priority <= 1 ? 0.9 : chosen.ev.priority === 2 ? 0.7 : 0.5;
}

/** The fact with the largest figure (the first of equals, strongest first). */
function largest<T extends { gb: number }>(list: T[]): T | undefined {
  return [...list].sort((a, b) => b.gb - a.gb)[0];
}

/** RAM: the largest stated figure, else an estimate from what the code runs. */
function memoryOf(facts: Fact[], frameworks: Framework[], gpu: Gpu, found: Findings): number {
  const top = largest(factsOf(facts, 'memory'));
  if (!top) return estimatedMemory(frameworks, gpu, found);
  found.evidence.push(toEvidence(top.ev, 'memory_gb'));
  found.confidence.memory_gb = top.ev.priority <= 1 ? 0.9 : 0.7;
  return top.gb;
}

/** Large models want 32 GB, a heavy framework or a GPU 16 (at least the GPUs' memory), anything else 4. */
function estimatedMemory(frameworks: Framework[], gpu: Gpu, found: Findings): number {
  const names = new Set(frameworks.map((f) => f.name));
  const heavy = [...names].find((n) => HEAVY_ML.has(n));
  const llm = [...names].find((n) => LLM.has(n));
  let memory = llm ? 32 : heavy || gpu.needed ? 16 : 4;
  if (gpu.needed && gpu.min_memory_gb) memory = Math.max(memory, gpu.min_memory_gb * (gpu.count ?? 1));
  const why = llm
    ? `${llm} (large models)`
    : heavy
      ? `${heavy}`
      : gpu.needed
        ? 'GPU workload'
        : 'no heavy framework';
  found.evidence.push({
    file: '(estimate)',
    line: null,
    seen: `${memory} GB for ${why}`,
    rule: 'estimate.memory',
    about: 'memory_gb',
    priority: 3,
  });
  found.confidence.memory_gb = 0.3;
  return memory;
}

/** Disk: the largest stated figure (dataset sizes count), else an estimate. */
function diskOf(facts: Fact[], frameworks: Framework[], gpu: Gpu, found: Findings): number {
  const top = largest(factsOf(facts, 'disk'));
  if (!top) return estimatedDisk(facts, frameworks, gpu, found);
  found.evidence.push(toEvidence(top.ev, 'disk_gb'));
  found.confidence.disk_gb = top.ev.priority <= 1 ? 0.9 : 0.6;
  return top.gb;
}

/** 10 GB for the system, 30 more for CUDA frameworks (10 for a heavy CPU one), 10 more for container images. */
function estimatedDisk(facts: Fact[], frameworks: Framework[], gpu: Gpu, found: Findings): number {
  const container = facts.some((f) => f.type === 'container');
  const disk =
    10 + (gpu.needed ? 30 : frameworks.some((f) => HEAVY_ML.has(f.name)) ? 10 : 0) + (container ? 10 : 0);
  found.evidence.push({
    file: '(estimate)',
    line: null,
    seen: `${disk} GB: 10 for the system${gpu.needed ? ', 30 for CUDA frameworks' : ''}${container ? ', 10 for container images' : ''}`,
    rule: 'estimate.disk',
    about: 'disk_gb',
    priority: 3,
  });
  found.confidence.disk_gb = 0.3;
  return disk;
}

/** The architecture and the OS, as the strongest fact of each states them. */
function platformOf(
  facts: Fact[],
  found: Findings,
): { architecture: Requirements['architecture']; os: string | null } {
  const arch = factsOf(facts, 'arch')[0] ?? null;
  if (arch) {
    found.evidence.push(toEvidence(arch.ev, 'architecture'));
    found.confidence.architecture = arch.ev.priority <= 1 ? 0.9 : 0.5;
  }
  const os = factsOf(facts, 'os')[0] ?? null;
  if (os) found.evidence.push(toEvidence(os.ev, 'os'));
  return { architecture: arch?.arch ?? null, os: os?.os ?? null };
}

/** How many machines a run takes (the strongest statement) and how long (the longest stated). */
function runOf(facts: Fact[], found: Findings): { nodes: number | null; minutes: number | null } {
  const nodes = factsOf(facts, 'nodes')[0] ?? null;
  if (nodes) found.evidence.push(toEvidence(nodes.ev, 'nodes'));
  const duration = factsOf(facts, 'duration').sort((a, b) => b.minutes - a.minutes)[0] ?? null;
  if (duration) found.evidence.push(toEvidence(duration.ev, 'run_minutes'));
  return { nodes: nodes?.count ?? null, minutes: duration?.minutes ?? null };
}

/** System packages named anywhere, once each, with evidence for the first five. */
function systemPackagesOf(facts: Fact[], found: Findings): string[] {
  const named = factsOf(facts, 'system-package');
  for (const f of named.slice(0, 5)) found.evidence.push(toEvidence(f.ev, 'system_packages'));
  return [...new Set(named.map((f) => f.name))];
}

/** The strongest container file and its base images. */
function containerOf(facts: Fact[], found: Findings): Requirements['container'] {
  const container = factsOf(facts, 'container')[0] ?? null;
  if (!container) return null;
  found.evidence.push(toEvidence(container.ev, 'container'));
  return { file: container.file, base_images: container.baseImages };
}

/**
 * What was set aside, and said to be: files that look like evidence but are not the project's (vendored code,
 * tests, docs), and GPU packages that only tests, docs or development install.
 */
function noteSetAside(facts: Fact[], found: Findings): void {
  for (const f of factsOf(facts, 'ignored')) found.evidence.push(toEvidence(f.ev, 'scope'));
  for (const p of facts) {
    if (p.type !== 'package' || p.scope !== 'dev') continue;
    const m = meaningOf(p);
    if (m.gpu === 'only' || m.gpu === 'framework') found.evidence.push(toEvidence(p.ev, 'scope'));
  }
}

/** Every environment file read, once, root first: what a set-up installs from. */
function environmentFilesOf(facts: Fact[]): NonNullable<Requirements['environment_files']> {
  const byPath = new Map<string, RuntimeName | null>();
  for (const f of facts) if (f.type === 'manifest' && !byPath.has(f.file)) byPath.set(f.file, f.runtime);
  return [...byPath.entries()]
    .sort(([a], [b]) => byDepth(a, b) || (a < b ? -1 : 1))
    .map(([path, runtime]) => ({ path, runtime }));
}

/** Components: directories with their own manifests (only worth saying for a monorepo). */
function componentsOf(facts: Fact[]): Requirements['components'] {
  const manifests = facts.filter((f): f is FactOf<'manifest'> => f.type === 'manifest');
  const byDir = new Map<string, { manifests: Set<string>; runtimes: Set<string> }>();
  for (const m of manifests) {
    const dir = componentDir(m.file);
    const entry = byDir.get(dir) ?? { manifests: new Set(), runtimes: new Set() };
    entry.manifests.add(m.file);
    if (m.runtime) entry.runtimes.add(m.runtime);
    byDir.set(dir, entry);
  }
  if (byDir.size <= 1) return [];
  return [...byDir.entries()]
    .sort(([a], [b]) => byDepth(a, b))
    .map(([path, e]) => ({
      path,
      manifests: [...e.manifests].sort(),
      runtimes: [...e.runtimes].sort(),
    }));
}

/** The four largest languages as one line of evidence; exact when every share was counted in bytes. */
function noteLanguages(languages: LanguageShare[], found: Findings): void {
  const exact = languages.every((l) => l.bytes !== null);
  found.confidence.languages = exact ? 0.9 : 0.7;
  const summary = languages
    .slice(0, 4)
    .map(
      (l) =>
        `${l.name} ${l.files} file${l.files === 1 ? '' : 's'}${l.bytes !== null ? `, ${l.bytes} bytes` : ''}`,
    )
    .join('; ');
  found.evidence.push({
    file: '(tree)',
    line: null,
    seen: summary,
    rule: 'lang.linguist',
    about: 'languages',
    priority: 1,
  });
}
