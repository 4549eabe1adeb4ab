// Which declared packages count, what each means for the GPU, and the frameworks list.
import type { Evidence, Framework } from '@envboot/core';
import {
  condaPackage,
  pythonPackage,
  NPM_FRAMEWORKS,
  NPM_GPU,
  type PackageMeaning,
} from '../knowledge/packages.js';
import type { Fact, FactOf } from '../model.js';
import { byDepth } from '../detectors/tree.js';
import { toEvidence } from './evidence.js';

export type PackageFact = FactOf<'package'>;

export function meaningOf(p: PackageFact): PackageMeaning {
  switch (p.ecosystem) {
    case 'pypi':
    case 'docker':
      return pythonPackage(p.name, p.extras);
    case 'conda':
      return condaPackage(p.name);
    case 'npm':
      return { framework: NPM_FRAMEWORKS[p.name] ?? null, gpu: NPM_GPU[p.name] ?? null };
    case 'cran':
    case 'julia':
    case 'cargo':
      return { framework: p.name, gpu: null };
    default:
      return { framework: null, gpu: null };
  }
}

const FROM_IMPORTS = new Set(['py.imports', 'nb.imports']);

/**
 * Packages that count. Imports stand in for a manifest only when there is none, except GPU frameworks
 * imported but declared nowhere (research code often says "install PyTorch first" instead of listing it).
 */
export function countedPackages(facts: Fact[]): PackageFact[] {
  const packages = facts.filter((f): f is PackageFact => f.type === 'package');
  const declared = packages.filter((p) => !FROM_IMPORTS.has(p.ev.rule));
  const hasPythonManifest = facts.some((f) => f.type === 'manifest' && f.runtime === 'python');
  const declaredFrameworks = new Set(declared.map((p) => meaningOf(p).framework ?? p.name.toLowerCase()));
  const imported = packages.filter((p) => FROM_IMPORTS.has(p.ev.rule));
  const kept = imported.filter((p) => {
    const m = meaningOf(p);
    if (declaredFrameworks.has(m.framework ?? p.name.toLowerCase())) return false;
    return !hasPythonManifest || m.gpu === 'framework' || m.gpu === 'only';
  });
  return [...declared, ...kept];
}

const GPU_FIRST = ['torch', 'tensorflow', 'jax', 'mxnet', 'paddlepaddle', 'cupy', 'triton'];

export function frameworksOf(packages: PackageFact[]): Framework[] {
  const by = new Map<string, { fw: Framework; priority: number; order: string; evidence: Evidence[] }>();
  const sorted = [...packages].sort((a, b) => a.ev.priority - b.ev.priority || byDepth(a.ev.file, b.ev.file));
  for (const p of sorted) {
    if (p.scope !== 'main') continue;
    const m = meaningOf(p);
    if (!m.framework) continue;
    let entry = by.get(m.framework);
    if (!entry) {
      entry = {
        fw: { name: m.framework, version: null, ecosystem: p.ecosystem, gpu: null },
        priority: p.ev.priority,
        order: p.ev.file,
        evidence: [],
      };
      by.set(m.framework, entry);
    }
    entry.fw.version ??= p.version;
    const build =
      p.variant?.kind === 'cpu' || m.gpu === 'cpu' ? false : p.variant || m.gpu === 'only' ? true : null;
    if (build !== null) entry.fw.gpu = entry.fw.gpu === true || build;
    if (entry.evidence.length < 5) entry.evidence.push(toEvidence(p.ev, `frameworks.${m.framework}`));
  }
  return [...by.values()]
    .sort((a, b) => {
      const ga = GPU_FIRST.indexOf(a.fw.name);
      const gb = GPU_FIRST.indexOf(b.fw.name);
      return (ga < 0 ? 99 : ga) - (gb < 0 ? 99 : gb) || a.priority - b.priority;
    })
    .map((e) => ({ ...e.fw, evidence: e.evidence }));
}
