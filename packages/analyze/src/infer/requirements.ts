// From facts to requirements: runtimes (a pin beats a range, stronger files beat weaker ones), frameworks, the
// GPU, RAM and disk (stated, or estimated), architecture, OS, system packages, components; each with evidence.
import type { Evidence, Requirements } from '@envboot/core';
import type { LanguageShare } from '../detectors/languages.js';
import { byDepth, dirOf } from '../detectors/tree.js';
import type { Fact, FactOf, RuntimeName } from '../model.js';
import { dedupe, toEvidence } from './evidence.js';
import { inferGpu, strongestFirst } from './gpu.js';
import { countedPackages, frameworksOf, meaningOf } from './packages.js';

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
};

function pickRuntime(list: FactOf<'runtime'>[]): FactOf<'runtime'> | null {
  const withVersion = list.filter((f) => f.version !== null || f.range !== null);
  if (!withVersion.length) return list[0] ?? null;
  const best = Math.min(...withVersion.map((f) => f.ev.priority));
  const tier = withVersion.filter((f) => f.ev.priority === best);
  // Within a tier a pin beats a range, then repo2docker's file order, then the shallowest file.
  return tier.sort(
    (a, b) =>
      Number(a.range !== null && a.range !== a.version) - Number(b.range !== null && b.range !== b.version) ||
      (PYTHON_RANK[a.ev.rule] ?? 9) - (PYTHON_RANK[b.ev.rule] ?? 9) ||
      byDepth(a.ev.file, b.ev.file),
  )[0]!;
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

export function inferRequirements(facts: Fact[], languages: LanguageShare[]): Requirements {
  const of = <T extends Exclude<Fact['type'], 'manifest'>>(t: T) =>
    facts.filter((f): f is FactOf<T> => f.type === t).sort(strongestFirst);
  const evidence: Evidence[] = [];
  const confidence: Record<string, number> = {};
  const packages = countedPackages(facts);
  const frameworks = frameworksOf(packages);
  const { gpu, evidence: gpuEvidence, confidence: gpuConfidence } = inferGpu(facts, packages);
  Object.assign(confidence, gpuConfidence);
  evidence.push(...gpuEvidence);
  for (const fw of frameworks) evidence.push(...(fw.evidence ?? []).slice(0, 2));

  // Runtimes.
  const runtimes: Record<string, string | null> = {};
  const constraints: Record<string, string> = {};
  const byName = new Map<RuntimeName, FactOf<'runtime'>[]>();
  for (const f of of('runtime')) byName.set(f.name, [...(byName.get(f.name) ?? []), f]);
  for (const [name, list] of byName) {
    const chosen = pickRuntime(list);
    if (!chosen) continue;
    runtimes[name] = chosen.version;
    if (chosen.range && chosen.range !== chosen.version && !/^==?\s*[\d.]+$/.test(chosen.range))
      constraints[name] = chosen.range;
    evidence.push(toEvidence(chosen.ev, `runtimes.${name}`));
    // What else was declared (a range the pin satisfies, a weaker file), after the deciding fact.
    for (const other of list
      .filter((f) => f !== chosen && (f.version !== null || f.range !== null))
      .slice(0, 2)) {
      evidence.push(toEvidence(other.ev, `runtimes.${name}`));
    }
    confidence[`runtimes.${name}`] =
      chosen.version === null ? 0.5 : chosen.ev.priority <= 1 ? 0.9 : chosen.ev.priority === 2 ? 0.7 : 0.5;
  }
  for (const share of languages) {
    const runtime = LANGUAGE_RUNTIMES[share.name];
    if (runtime && !(runtime in runtimes)) {
      runtimes[runtime] = null;
      confidence[`runtimes.${runtime}`] = 0.6;
    }
  }
  if (packages.some((p) => p.ecosystem === 'pypi' || p.ecosystem === 'conda') && !('python' in runtimes))
    runtimes.python = null;

  // RAM: the largest stated figure, else an estimate from what the code runs.
  const memories = of('memory');
  let memory: number | null;
  if (memories.length) {
    const top = [...memories].sort((a, b) => b.gb - a.gb)[0]!;
    memory = top.gb;
    evidence.push(toEvidence(top.ev, 'memory_gb'));
    confidence.memory_gb = top.ev.priority <= 1 ? 0.9 : 0.7;
  } else {
    const names = new Set(frameworks.map((f) => f.name));
    const heavy = [...names].find((n) => HEAVY_ML.has(n));
    const llm = [...names].find((n) => LLM.has(n));
    memory = llm ? 32 : heavy || gpu.needed ? 16 : 4;
    if (gpu.needed && gpu.min_memory_gb) memory = Math.max(memory, gpu.min_memory_gb * (gpu.count ?? 1));
    const why = llm
      ? `${llm} (large models)`
      : heavy
        ? `${heavy}`
        : gpu.needed
          ? 'GPU workload'
          : 'no heavy framework';
    evidence.push({
      file: '(estimate)',
      line: null,
      seen: `${memory} GB for ${why}`,
      rule: 'estimate.memory',
      about: 'memory_gb',
      priority: 3,
    });
    confidence.memory_gb = 0.3;
  }

  // Disk: the largest stated figure (dataset sizes count), else an estimate.
  const disks = of('disk');
  let disk: number | null;
  if (disks.length) {
    const top = [...disks].sort((a, b) => b.gb - a.gb)[0]!;
    disk = top.gb;
    evidence.push(toEvidence(top.ev, 'disk_gb'));
    confidence.disk_gb = top.ev.priority <= 1 ? 0.9 : 0.6;
  } else {
    const container = of('container').length > 0;
    disk =
      10 + (gpu.needed ? 30 : frameworks.some((f) => HEAVY_ML.has(f.name)) ? 10 : 0) + (container ? 10 : 0);
    evidence.push({
      file: '(estimate)',
      line: null,
      seen: `${disk} GB: 10 for the system${gpu.needed ? ', 30 for CUDA frameworks' : ''}${container ? ', 10 for container images' : ''}`,
      rule: 'estimate.disk',
      about: 'disk_gb',
      priority: 3,
    });
    confidence.disk_gb = 0.3;
  }

  const arch = of('arch')[0] ?? null;
  if (arch) {
    evidence.push(toEvidence(arch.ev, 'architecture'));
    confidence.architecture = arch.ev.priority <= 1 ? 0.9 : 0.5;
  }
  const os = of('os')[0] ?? null;
  if (os) evidence.push(toEvidence(os.ev, 'os'));

  const nodes = of('nodes')[0] ?? null;
  if (nodes) evidence.push(toEvidence(nodes.ev, 'nodes'));
  const duration = of('duration').sort((a, b) => b.minutes - a.minutes)[0] ?? null;
  if (duration) evidence.push(toEvidence(duration.ev, 'run_minutes'));

  const systemPackages = [...new Set(of('system-package').map((f) => f.name))];
  for (const f of of('system-package').slice(0, 5)) evidence.push(toEvidence(f.ev, 'system_packages'));
  const containerFact = of('container')[0] ?? null;
  if (containerFact) evidence.push(toEvidence(containerFact.ev, 'container'));
  for (const f of of('ignored')) evidence.push(toEvidence(f.ev, 'scope'));
  // GPU packages that only tests, docs or development install are set aside, and said to be.
  for (const p of facts) {
    if (p.type !== 'package' || p.scope !== 'dev') continue;
    const m = meaningOf(p);
    if (m.gpu === 'only' || m.gpu === 'framework') evidence.push(toEvidence(p.ev, 'scope'));
  }

  // Components: directories with their own manifests (only worth saying for a monorepo).
  const manifests = facts.filter((f): f is FactOf<'manifest'> => f.type === 'manifest');
  const byDir = new Map<string, { manifests: Set<string>; runtimes: Set<string> }>();
  for (const m of manifests) {
    const dir = componentDir(m.file);
    const entry = byDir.get(dir) ?? { manifests: new Set(), runtimes: new Set() };
    entry.manifests.add(m.file);
    if (m.runtime) entry.runtimes.add(m.runtime);
    byDir.set(dir, entry);
  }
  const components =
    byDir.size > 1
      ? [...byDir.entries()]
          .sort(([a], [b]) => byDepth(a, b))
          .map(([path, e]) => ({
            path,
            manifests: [...e.manifests].sort(),
            runtimes: [...e.runtimes].sort(),
          }))
      : [];

  if (languages.length) {
    const exact = languages.every((l) => l.bytes !== null);
    confidence.languages = exact ? 0.9 : 0.7;
    const summary = languages
      .slice(0, 4)
      .map(
        (l) =>
          `${l.name} ${l.files} file${l.files === 1 ? '' : 's'}${l.bytes !== null ? `, ${l.bytes} bytes` : ''}`,
      )
      .join('; ');
    evidence.push({
      file: '(tree)',
      line: null,
      seen: summary,
      rule: 'lang.linguist',
      about: 'languages',
      priority: 1,
    });
  }

  return {
    gpu,
    runtimes,
    runtime_constraints: constraints,
    frameworks,
    languages: languages.map((l) => l.name),
    language_shares: languages.map((l) => ({ name: l.name, files: l.files, bytes: l.bytes })),
    memory_gb: memory,
    disk_gb: disk,
    architecture: arch?.arch ?? null,
    nodes: nodes?.count ?? null,
    run_minutes: duration?.minutes ?? null,
    os: os?.os ?? null,
    system_packages: systemPackages,
    container: containerFact ? { file: containerFact.file, base_images: containerFact.baseImages } : null,
    components,
    confidence,
    evidence: dedupe(evidence),
  };
}
