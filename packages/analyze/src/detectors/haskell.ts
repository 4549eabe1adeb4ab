// Haskell: a package's *.cabal file (build-depends of its library and executables; of test suites and benchmarks
// as test and dev) or hpack's package.yaml, and the GHC it is tested with. Every direct dependency is reported:
// Hackage names say what they are, and the base library is the compiler's own.
import { seen, type Fact, type FactOf } from '../model.js';
import { packageFact } from './package-fact.js';
import { isRecord, lineOf, yamlOf } from './text.js';
import type { Detector } from './types.js';

type Scope = FactOf<'package'>['scope'];

const FILES = /^(?:[^/]+\.cabal|package\.yaml)$/;
/** Libraries that ship with GHC: part of the compiler, not the stack. */
const WITH_GHC = new Set(['base', 'ghc-prim', 'ghc', 'template-haskell', 'rts']);

/** A section's scope: a test suite's dependencies are for its tests, a benchmark's for development. */
function scopeOfSection(section: string): { scope: Scope; group: string | null } {
  if (/^test-suite\b/i.test(section)) return { scope: 'dev', group: 'test' };
  if (/^benchmark\b/i.test(section)) return { scope: 'dev', group: 'benchmark' };
  return { scope: 'main', group: null };
}

/** The build-depends of every section of a .cabal file, each name once, in the strongest scope it appears in. */
export function cabalPackages(path: string, text: string, own: string | null): Fact[] {
  const facts = new Map<string, Fact>();
  const lines = text.split(/\r?\n/);
  let section = 'library';
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\S/.test(raw) && !/^[\w-]+\s*:/.test(raw)) section = raw.trim();
    const field = /^(\s*)build-depends\s*:(.*)$/i.exec(raw);
    if (!field) continue;
    // The field goes on over the lines indented deeper than its name.
    const first = i + 1;
    const parts = field[2]!.split(',').map((text) => ({ text, line: first }));
    while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && indent(lines[i + 1]!) > field[1]!.length) {
      const line = ++i + 1;
      parts.push(...lines[i]!.split(',').map((text) => ({ text, line })));
    }
    const { scope, group } = scopeOfSection(section);
    for (const part of parts) {
      const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/.exec(part.text.replace(/--.*$/, ''));
      if (!m || WITH_GHC.has(m[1]!) || m[1] === own) continue;
      const existing = facts.get(m[1]!);
      if (existing?.type === 'package' && existing.scope === 'main') continue;
      const ev = seen(path, part.line, part.text.trim(), 'haskell.cabal', 1);
      facts.set(m[1]!, packageFact('hackage', m[1]!, m[2]!.trim() || null, ev, scope, group));
    }
  }
  return [...facts.values()];
}

function indent(line: string): number {
  return /^(\s*)/.exec(line)![1]!.length;
}

/** hpack's package.yaml: dependencies at the top, of the library and executables (main), of tests (test). */
function hpackPackages(path: string, doc: Record<string, unknown>, text: string): Fact[] {
  const facts: Fact[] = [];
  const seenNames = new Set<string>();
  const add = (deps: unknown, scope: Scope, group: string | null) => {
    const list = Array.isArray(deps) ? deps : isRecord(deps) ? Object.keys(deps) : [];
    for (const d of list) {
      if (typeof d !== 'string') continue;
      const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/.exec(d);
      if (!m || WITH_GHC.has(m[1]!) || m[1] === doc.name || seenNames.has(m[1]!)) continue;
      seenNames.add(m[1]!);
      const ev = seen(path, lineOf(text, d), d, 'haskell.cabal', 1);
      facts.push(packageFact('hackage', m[1]!, m[2]!.trim() || null, ev, scope, group));
    }
  };
  const sections = (key: string) =>
    isRecord(doc[key]) ? Object.values(doc[key] as Record<string, unknown>) : [];
  add(doc.dependencies, 'main', null);
  if (isRecord(doc.library)) add(doc.library.dependencies, 'main', null);
  for (const e of sections('executables')) if (isRecord(e)) add(e.dependencies, 'main', null);
  for (const t of sections('tests')) if (isRecord(t)) add(t.dependencies, 'dev', 'test');
  return facts;
}

export const haskellDetector: Detector = {
  name: 'haskell',
  select: (tree) => tree.envFiles(FILES),
  async detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      if (path.endsWith('package.yaml')) {
        // Not every package.yaml is hpack's: one that does not parse is worth a warning only beside Haskell code.
        const haskell = input.tree.paths.some((p) => /\.l?hs$/.test(p));
        const doc = await yamlOf(text, path, haskell ? input.warn : () => {});
        // A package.yaml is hpack's when it names dependencies or a library/executables of a Haskell package.
        if (!isRecord(doc) || !('dependencies' in doc || 'executables' in doc || 'library' in doc)) continue;
        facts.push({ type: 'manifest', file: path, runtime: 'haskell' }, ...hpackPackages(path, doc, text));
        continue;
      }
      const own = /^name\s*:\s*([\w-]+)/im.exec(text)?.[1] ?? null;
      facts.push({ type: 'manifest', file: path, runtime: 'haskell', ...(own ? { project: own } : {}) });
      facts.push(...cabalPackages(path, text, own));
      // tested-with: GHC == 9.4.7, GHC == 9.6.3: the oldest GHC it is tested with.
      const tested = /^tested-with\s*:(.*)$/im.exec(text);
      const versions = tested
        ? [...tested[1]!.matchAll(/GHC\s*==\s*(\d+\.\d+(?:\.\d+)?)/gi)].map((m) => m[1]!)
        : [];
      if (versions.length)
        facts.push({
          type: 'runtime',
          name: 'haskell',
          version: versions.sort((a, b) => a.localeCompare(b, undefined, { numeric: true }))[0]!,
          range: null,
          ev: seen(path, lineOf(text, tested![0]), tested![0].trim(), 'haskell.cabal', 1),
        });
    }
    return facts;
  },
};
