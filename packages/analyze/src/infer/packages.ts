// Which declared packages count, what each means for the GPU, and the frameworks list.
import type { Evidence, Framework } from '@envboot/core';
import {
  nativeLibrary,
  normalizePython,
  recognisedPackage,
  type Ecosystem as KnownEcosystem,
} from '../knowledge/catalog.js';
import {
  BUILT_ON,
  condaPackage,
  pythonPackage,
  NPM_GPU,
  npmFramework,
  type PackageMeaning,
} from '../knowledge/packages.js';
import type { Ecosystem, Fact, FactOf } from '../model.js';
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
      return {
        framework:
          npmFramework(p.name) ??
          (NPM_GPU[p.name] ||
          (p.scope === 'main' && p.ev.file === 'package.json' && /^(?:@[\w.-]+\/)?[\w.-]+$/.test(p.name))
            ? p.name
            : null),
        gpu: NPM_GPU[p.name] ?? null,
        known: recognisedPackage('node', p.name),
      };
    case 'cran':
    case 'julia':
    case 'cargo':
    case 'go':
    case 'maven':
    case 'rubygems':
    case 'hackage':
    case 'hex':
    case 'packagist':
    case 'swiftpm':
    case 'zig':
    case 'nuget':
    case 'pub': {
      const ecosystem = KNOWN_ECOSYSTEM[p.ecosystem];
      const known = ecosystem ? recognisedPackage(ecosystem, p.name) : null;
      return { framework: p.name, gpu: known?.gpu === 'requires' ? 'only' : null, known };
    }
    case 'native': {
      // A C or C++ library goes by its project's name (find_package(Eigen3), libeigen3-dev: eigen).
      const known = nativeLibrary(p.name);
      return { framework: known?.name ?? null, gpu: null, known };
    }
    default:
      return { framework: null, gpu: null };
  }
}

const KNOWN_ECOSYSTEM: Partial<Record<Ecosystem, KnownEcosystem>> = {
  cran: 'r',
  julia: 'julia',
  cargo: 'rust',
  go: 'go',
  maven: 'java',
  rubygems: 'ruby',
};

/**
 * Extras the install instructions name are the main workload: optional packages of those groups count as main
 * (their group is kept). Returns the packages, and the instructions that selected a group some package is in.
 */
export function withSelectedExtras(
  packages: PackageFact[],
  facts: Fact[],
): { packages: PackageFact[]; selectedBy: FactOf<'install-extras'>[] } {
  const instructions = menuless(
    facts.filter((f): f is FactOf<'install-extras'> => f.type === 'install-extras'),
  );
  const selected = new Set(instructions.flatMap((i) => i.extras.map(normalizePython)));
  const groupOf = (p: PackageFact) => (p.group ? normalizePython(p.group) : null);
  // A group that installs the project with other extras (all = ["mypkg[train,serve]"]) selects those too.
  const groups = new Set(packages.filter((p) => p.scope === 'optional').map(groupOf));
  for (let grew = true; grew;) {
    grew = false;
    for (const p of packages) {
      const own = p.extras.map(normalizePython);
      if (p.scope !== 'optional' || !selected.has(groupOf(p) ?? '') || !own.length) continue;
      if (!own.every((e) => groups.has(e))) continue;
      for (const e of own.filter((x) => !selected.has(x))) {
        selected.add(e);
        grew = true;
      }
    }
  }
  // A group named for the GPU (gpu, cuda12x, tf_gpu beside tf, torch-cuda) is a GPU build offered beside the plain
  // one (the package without it, or its own plain group): which to install is the user's choice, so even when the
  // instructions name it, it stays an option.
  const gpuVariant = (g: string | null) =>
    Boolean(g && /^(?:.+?[-_.]?)?(?:gpu|cuda\d*x?|cu\d{2,3})$/.test(g));
  for (const g of [...selected]) if (gpuVariant(g)) selected.delete(g);
  const promoted = packages.map((p) =>
    p.scope === 'optional' && selected.has(groupOf(p) ?? '') ? { ...p, scope: 'main' as const } : p,
  );
  const used = new Set(
    packages.filter((p) => p.scope === 'optional' && selected.has(groupOf(p) ?? '')).map(groupOf),
  );
  const selectedBy = instructions.filter((i) => i.extras.some((e) => used.has(normalizePython(e))));
  return { packages: promoted, selectedBy };
}

/**
 * Instructions that offer a menu of extras, one command each (`pip install "x[transformers]"`, `pip install
 * "x[vllm]"`, `pip install "x[all]"`, three or more in one file), let the user pick a backend: none of them is the
 * main workload. One or two extras named are what the instructions install.
 */
function menuless(instructions: FactOf<'install-extras'>[]): FactOf<'install-extras'>[] {
  const single = instructions.filter((i) => i.extras.length === 1);
  const perFile = new Map<string, Set<string>>();
  for (const i of single) {
    const set = perFile.get(i.ev.file) ?? new Set<string>();
    set.add(normalizePython(i.extras[0]!));
    perFile.set(i.ev.file, set);
  }
  const menus = new Set([...perFile].filter(([, extras]) => extras.size >= 3).map(([file]) => file));
  return instructions.filter((i) => !(i.extras.length === 1 && menus.has(i.ev.file)));
}

const FROM_IMPORTS = new Set([
  'py.imports',
  'nb.imports',
  'readme.imports',
  'r.library',
  'nb.library',
  'ruby.require',
  'julia.using',
  'jobs.launcher-package',
]);

/**
 * Packages that count: every declared one, and every known package imported but declared nowhere (research code
 * often says "install PyTorch first" instead of listing it). An import is evidence of a main dependency.
 */
export function countedPackages(facts: Fact[]): PackageFact[] {
  // The project's own name (`pip install stable-baselines3` in its README) is the project, not a dependency.
  const own = new Set(
    facts.flatMap((m) => (m.type === 'manifest' && m.project ? [normalizePython(m.project)] : [])),
  );
  const packages = facts.filter(
    (f): f is PackageFact =>
      f.type === 'package' &&
      !((f.ecosystem === 'pypi' || f.ecosystem === 'conda') && own.has(normalizePython(f.name))),
  );
  const declared = packages.filter((p) => !FROM_IMPORTS.has(p.ev.rule));
  const declaredFrameworks = new Set(declared.map((p) => meaningOf(p).framework ?? p.name.toLowerCase()));
  const imported = packages.filter((p) => FROM_IMPORTS.has(p.ev.rule));
  const seenImports = new Set<string>();
  const kept = imported.filter((p) => {
    const name = meaningOf(p).framework ?? p.name.toLowerCase();
    if (declaredFrameworks.has(name) || seenImports.has(name)) return false;
    seenImports.add(name);
    return true;
  });
  return [...declared, ...kept];
}

/** Two spellings of one package name, compared as PEP 503 compares them (case, and runs of -, _ and .). */
function sameName(a: string, b: string): boolean {
  return normalizePython(a) === normalizePython(b);
}

const GPU_FIRST = ['torch', 'tensorflow', 'jax', 'mxnet', 'paddlepaddle', 'cupy', 'triton'];

type Scope = NonNullable<Framework['scope']>;
const SCOPE_RANK: Record<Scope, number> = { main: 0, optional: 1, test: 2, dev: 3 };

/** main, optional (an extra), test or dev: a dev group or file named for tests is test. */
export function scopeOf(p: PackageFact): Scope {
  if (p.scope !== 'dev') return p.scope;
  return /test/i.test(p.group ?? '') ? 'test' : 'dev';
}

/**
 * Every declared (or imported) package the knowledge base knows, once, with the strongest scope it is declared
 * in (main before an extra before tests before dev); main ones first, GPU frameworks leading.
 */
export function frameworksOf(packages: PackageFact[]): Framework[] {
  const by = new Map<
    string,
    { fw: Framework; rank: number; priority: number; order: string; evidence: Evidence[] }
  >();
  const sorted = [...packages].sort(
    (a, b) =>
      SCOPE_RANK[scopeOf(a)] - SCOPE_RANK[scopeOf(b)] ||
      a.ev.priority - b.ev.priority ||
      byDepth(a.ev.file, b.ev.file),
  );
  for (const p of sorted) {
    const m = meaningOf(p);
    if (!m.framework || (!m.known && !LEGACY_FRAMEWORK.has(p.ecosystem))) continue;
    const scope = scopeOf(p);
    let entry = by.get(m.framework);
    if (!entry) {
      entry = {
        fw: {
          name: m.framework,
          version: null,
          ecosystem: p.ecosystem,
          gpu: null,
          scope,
          group: p.group ?? null,
          category: m.known?.category ?? null,
          gpu_relation: m.known?.gpu ?? null,
        },
        rank: SCOPE_RANK[scope],
        priority: p.ev.priority,
        order: p.ev.file,
        evidence: [],
      };
      by.set(m.framework, entry);
    }
    // A build or an old name (tensorflow-gpu, cudf-cu12, fbprophet) is kept beside the framework's own.
    if (!FROM_IMPORTS.has(p.ev.rule) && !sameName(p.name, m.framework)) {
      const names = (entry.fw.declared_as ??= []);
      if (!names.some((n) => sameName(n, p.name))) names.push(p.name);
    }
    // Versions and builds come from declarations of the strongest scope only.
    if (SCOPE_RANK[scope] !== entry.rank) continue;
    entry.fw.version ??= p.version;
    const build =
      p.variant?.kind === 'cpu' || m.gpu === 'cpu' ? false : p.variant || m.gpu === 'only' ? true : null;
    if (build !== null) entry.fw.gpu = entry.fw.gpu === true || build;
    if (entry.evidence.length < 5) entry.evidence.push(toEvidence(p.ev, `frameworks.${m.framework}`));
  }
  // The framework a declared package is built on (torch under xformers), when nothing declares it: with that
  // package's scope, said by its declaration.
  for (const entry of [...by.values()]) {
    const base =
      entry.fw.ecosystem === 'pypi' || entry.fw.ecosystem === 'conda' ? BUILT_ON[entry.fw.name] : null;
    const declared = entry.evidence[0];
    if (!base || !declared) continue;
    const existing = by.get(base);
    if (existing && existing.rank <= entry.rank) continue;
    const known = recognisedPackage('python', base);
    by.set(base, {
      fw: {
        name: base,
        version: null,
        ecosystem: entry.fw.ecosystem,
        gpu: null,
        scope: entry.fw.scope,
        group: entry.fw.group,
        category: known?.category ?? null,
        gpu_relation: known?.gpu ?? null,
      },
      rank: entry.rank,
      priority: entry.priority,
      order: entry.order,
      evidence: [{ ...declared, rule: 'pkg.built-on', about: `frameworks.${base}` }],
    });
  }
  return [...by.values()]
    .sort((a, b) => {
      const ga = GPU_FIRST.indexOf(a.fw.name);
      const gb = GPU_FIRST.indexOf(b.fw.name);
      return a.rank - b.rank || (ga < 0 ? 99 : ga) - (gb < 0 ? 99 : gb) || a.priority - b.priority;
    })
    .map((e) => ({ ...e.fw, evidence: e.evidence }));
}

/**
 * Ecosystems whose detectors choose what counts: npm GPU builds, R, Julia and Rust frameworks, and the direct
 * requirements of a go.mod, a .cabal file, a mix.exs, a composer.json, a Package.swift, a build.zig.zon, a .NET
 * project or a pubspec.yaml (a module path or a Hackage, Hex, Packagist, SwiftPM, Zig, NuGet or pub name says what
 * it is, known or not).
 */
const LEGACY_FRAMEWORK = new Set<Ecosystem>([
  'npm',
  'cran',
  'julia',
  'cargo',
  'go',
  'hackage',
  'hex',
  'packagist',
  'swiftpm',
  'zig',
  'nuget',
  'pub',
]);
