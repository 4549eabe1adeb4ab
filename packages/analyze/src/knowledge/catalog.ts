// Lookups over the package knowledge base (catalog.data.ts): a declared name or an imported module → the entry.
import { KNOWN_PACKAGES, type Ecosystem, type KnownPackage } from './catalog.data.js';
import { DISTRO_NAMES } from './distro-names.data.js';
import { POPULAR_PYPI } from './popular-pypi.data.js';

export type { Category, Ecosystem, GpuRelation, KnownPackage } from './catalog.data.js';
export { KNOWN_PACKAGES };

/** PEP 503: lower case, runs of "-", "_" and "." become one "-". */
export function normalizePython(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** How names compare in an ecosystem: Python by PEP 503, npm, Go, Maven, crates and gems case-insensitively, R and
 * Julia as spelled. */
function keyOf(ecosystem: Ecosystem, name: string): string {
  if (ecosystem === 'python') return normalizePython(name);
  if (ecosystem === 'r' || ecosystem === 'julia') return name;
  // A Scala library's artifactId carries the Scala version it was built for: spark-core_2.12 is spark-core.
  if (ecosystem === 'java') return name.toLowerCase().replace(/_(?:2\.1[0-3]|3)$/, '');
  return name.toLowerCase();
}

const byName = new Map<string, KnownPackage>();
const byImport = new Map<string, KnownPackage>();
for (const p of KNOWN_PACKAGES) {
  for (const n of [p.name, ...(p.aliases ?? [])]) {
    const key = `${p.ecosystem}\0${keyOf(p.ecosystem, n)}`;
    if (!byName.has(key)) byName.set(key, p);
  }
  if (p.ecosystem === 'python') {
    for (const m of p.imports ?? [p.name.replace(/-/g, '_')]) if (!byImport.has(m)) byImport.set(m, p);
  }
}

/** The entry for a declared package, by its name or an alias; an npm package of a scope that is one project
 * (`@lumino/widgets`) by the scope's alias (`@lumino/*`). */
export function knownPackage(ecosystem: Ecosystem, name: string): KnownPackage | null {
  const exact = byName.get(`${ecosystem}\0${keyOf(ecosystem, name)}`);
  if (exact) return exact;
  const scope = ecosystem === 'node' ? /^(@[^/]+)\/./.exec(name) : null;
  return scope ? (byName.get(`node\0${keyOf('node', `${scope[1]}/*`)}`) ?? null) : null;
}

/** The knowledge base's R package of a name in any case (conda lower-cases CRAN's names: r-rcpp is Rcpp). */
export function knownRPackage(name: string): KnownPackage | null {
  rByLowerCase ??= new Map(
    KNOWN_PACKAGES.filter((p) => p.ecosystem === 'r').flatMap((p) =>
      [p.name, ...(p.aliases ?? [])].map((n) => [n.toLowerCase(), p] as const),
    ),
  );
  return rByLowerCase.get(name.toLowerCase()) ?? null;
}
let rByLowerCase: Map<string, KnownPackage> | null = null;

/** The Python package an imported module comes from (`sklearn.linear_model` → scikit-learn), by its longest
 * known prefix, up to three parts (`google.cloud.storage`, `nvidia.dali` before `nvidia`). */
export function packageOfImport(module: string): KnownPackage | null {
  const parts = module.split('.');
  for (let n = Math.min(parts.length, 3); n >= 1; n--) {
    const found = byImport.get(parts.slice(0, n).join('.'));
    if (found) return found;
  }
  return null;
}

/** Every name (with aliases) the knowledge base knows in an ecosystem, as spelled there. */
export function knownNames(ecosystem: Ecosystem): Set<string> {
  const out = new Set<string>();
  for (const p of KNOWN_PACKAGES)
    if (p.ecosystem === ecosystem) for (const n of [p.name, ...(p.aliases ?? [])]) out.add(n);
  return out;
}

/** Debian's spelling of a name: lower case, "_" and "." as "-", a scoped npm package @scope/name as scope-name. */
function distroKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^@([^/]+)\//, '$1-')
    .replace(/[_.]+/g, '-');
}

let distro: Map<keyof typeof DISTRO_NAMES, Set<string>> | null = null;
/** The libraries Debian maintains per ecosystem, read once, on the first lookup that needs them. */
function distroNames(ecosystem: keyof typeof DISTRO_NAMES): Set<string> {
  distro ??= new Map(
    Object.entries(DISTRO_NAMES).map(([eco, names]) => [
      eco as keyof typeof DISTRO_NAMES,
      new Set(names.split(' ').map(distroKey)),
    ]),
  );
  return distro.get(ecosystem)!;
}

const DISTRO_ECOSYSTEMS = new Set<Ecosystem>(['python', 'r', 'node', 'rust', 'ruby']);

/**
 * The entry for a declared or imported package: the knowledge base's, or, for a library it has no line for that
 * Debian maintains (distro-names.data.ts) or, in Python, that is among PyPI's most downloaded projects
 * (popular-pypi.data.ts), a plain entry (category `library`, no GPU meaning) under the name as given. README prose is read with `knownPackage` alone: a word there is a package only when the base knows it.
 */
export function recognisedPackage(ecosystem: Ecosystem, name: string): KnownPackage | null {
  const known = knownPackage(ecosystem, name);
  if (known || !DISTRO_ECOSYSTEMS.has(ecosystem)) return known;
  const names = distroNames(ecosystem as keyof typeof DISTRO_NAMES);
  const key = distroKey(name);
  // PyPI's python-dateutil, python-dotenv are Debian's python3-dateutil, python3-dotenv.
  const found =
    names.has(key) ||
    (ecosystem === 'python' &&
      ((key.startsWith('python-') && names.has(key.slice(7))) || popularPypi().has(normalizePython(name))));
  return found ? { name, ecosystem, category: 'library', gpu: 'none' } : null;
}

let popular: Set<string> | null = null;
/** The most downloaded PyPI projects (popular-pypi.data.ts), read once, on the first lookup that needs them. */
function popularPypi(): Set<string> {
  popular ??= new Set(POPULAR_PYPI.split(' '));
  return popular;
}

/** The Python package an imported module comes from: the knowledge base's mapping, else a library Debian maintains
 * under the module's own name (`import paramz` → paramz). */
export function recognisedImport(module: string): KnownPackage | null {
  const known = packageOfImport(module);
  if (known) return known;
  const top = module.split('.')[0]!;
  return distroNames('python').has(distroKey(top))
    ? { name: normalizePython(top), ecosystem: 'python', category: 'library', gpu: 'none' }
    : null;
}

/**
 * The C or C++ library of a name a build or an installer gives it: find_package's Eigen3, the linker's -lboost_system,
 * Debian's libncursesw5-dev and zlib1g-dev, Fedora's ncurses-devel; with devOnly, a system package name counts only
 * when it is a -dev or -devel package (apt and dnf install many things that are not libraries to build against).
 */
export function nativeLibrary(name: string, devOnly = false): KnownPackage | null {
  const base = /^(.+?)-(?:dev|devel)$/.exec(name)?.[1] ?? (devOnly ? null : name);
  if (!base) return null;
  if (/^boost_\w+$/i.test(base)) return knownPackage('native', 'boost');
  const bare = base.replace(/-(?:all|openssl|gnutls|nss)$/, '');
  const unversioned = bare.replace(/-?[\d.]+g?$/, '');
  for (const candidate of [bare, bare.replace(/^lib/, ''), unversioned, unversioned.replace(/^lib/, '')]) {
    const known = candidate ? knownPackage('native', candidate) : null;
    if (known) return known;
  }
  return null;
}
