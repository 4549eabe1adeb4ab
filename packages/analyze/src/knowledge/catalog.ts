// Lookups over the package knowledge base (catalog.data.ts): a declared name or an imported module → the entry.
import { KNOWN_PACKAGES, type Ecosystem, type KnownPackage } from './catalog.data.js';

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
