// pyproject.toml: PEP 621 [project] (requires-python, dependencies, optional-dependencies; flit's older
// [tool.flit.metadata] read as one), Poetry
// ([tool.poetry.dependencies], groups, sources) and PDM ([tool.pdm.dev-dependencies]).
import { normalizePython } from '../../knowledge/packages.js';
import { seen, type Fact, type Seen } from '../../model.js';
import type { RuleId } from '../../rules.js';
import { isDevGroup, isRecord, lineOf, tomlOf } from '../text.js';
import type { Detector } from '../types.js';
import { classifierFacts } from './classifiers.js';
import { knownPackage } from '../../knowledge/catalog.js';
import { TORCH_FAMILY, pythonPackageFacts, type Variant } from './facts.js';
import { lowestVersion, parseRequirement } from './pep508.js';
import { indexVariant } from './requirements.js';

/** Poetry's "^2.1" / "~2.1" / "2.1.*" / ">=2,<3" become PEP 440-ish specifiers; "*" means any. */
export function poetrySpec(value: string): string | null {
  const v = value.trim();
  if (!v || v === '*') return null;
  if (/^\d/.test(v)) return `==${v}`;
  return v;
}

export const pyprojectDetector: Detector = {
  name: 'pyproject',
  select: (tree) => tree.envFiles(/^pyproject\.toml$/),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(/^pyproject\.toml$/)) {
      const text = input.text(path);
      const doc = text === null ? null : tomlOf(text, path, input.warn);
      if (!text || !doc) continue;
      facts.push(...pyprojectFacts(path, text, doc));
    }
    return facts;
  },
};

/** One pyproject.toml being read, for the evidence: its path, its text, and the line a needle is on. */
interface PyprojectFile {
  path: string;
  text: string;
  at(needle: string | RegExp, shown: string, rule: RuleId): Seen;
}

function pyprojectFacts(path: string, text: string, doc: Record<string, unknown>): Fact[] {
  const file: PyprojectFile = {
    path,
    text,
    at: (needle, shown, rule) => seen(path, lineOf(text, needle), shown, rule, 1),
  };
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const project = isRecord(doc.project) ? doc.project : flitMetadata(tool);
  const poetry = isRecord(tool.poetry) ? tool.poetry : null;
  const facts: Fact[] = [];
  const name = project?.name ?? poetry?.name;
  if (project || poetry)
    facts.push({
      type: 'manifest',
      file: path,
      runtime: 'python',
      ...(typeof name === 'string' ? { project: name } : {}),
    });
  const index = wheelIndex(tool, poetry, file);
  facts.push(...index.facts);
  if (project) facts.push(...projectFacts(project, file, index.variant));
  if (poetry) facts.push(...poetryFacts(poetry, file, index.variant));
  facts.push(...pdmFacts(tool, file), ...buildSystemFacts(doc, file));
  return facts;
}

/**
 * [build-system] requires: what builds the package (maturin, scikit-build, pybind11), a development dependency of
 * the group `build` (it says what the stack is made of, never that a GPU is needed).
 */
function buildSystemFacts(doc: Record<string, unknown>, file: PyprojectFile): Fact[] {
  const build = isRecord(doc['build-system']) ? doc['build-system'] : null;
  const requires = build && Array.isArray(build.requires) ? build.requires : [];
  return requires.flatMap((dep) => {
    const req = typeof dep === 'string' ? parseRequirement(dep) : null;
    if (!req || !knownPackage('python', req.name)) return [];
    return pythonPackageFacts(req, {
      scope: 'dev',
      group: 'build',
      ev: file.at(dep as string, dep as string, 'py.build-system'),
    });
  });
}

/**
 * A CUDA or CPU wheel index declared for uv or Poetry applies to the torch family (the last one declared wins); a
 * CUDA index also states the CUDA version.
 */
function wheelIndex(
  tool: Record<string, unknown>,
  poetry: Record<string, unknown> | null,
  file: PyprojectFile,
): { variant: Variant; facts: Fact[] } {
  let variant: Variant = null;
  const facts: Fact[] = [];
  const uv = isRecord(tool.uv) ? tool.uv : {};
  const indexes = [
    ...(Array.isArray(uv.index) ? uv.index : []),
    ...(poetry && Array.isArray(poetry.source) ? poetry.source : []),
  ];
  for (const idx of indexes) {
    if (!isRecord(idx) || typeof idx.url !== 'string') continue;
    const v = indexVariant(idx.url);
    if (!v) continue;
    const rule = v.kind === 'cuda' ? 'py.index.cuda' : v.kind === 'cpu' ? 'py.index.cpu' : 'py.index.rocm';
    const ev = file.at(idx.url, `url = "${idx.url}"`, rule);
    variant = { ...v, via: ev };
    if (v.kind === 'cuda') facts.push({ type: 'cuda', version: v.cuda, ev });
  }
  return { variant, facts };
}

/**
 * Flit's metadata from before PEP 621 ([tool.flit.metadata]: requires, requires-python, requires-extra), in the
 * shape of a [project] table: the same facts, read the same way.
 */
function flitMetadata(tool: Record<string, unknown>): Record<string, unknown> | null {
  const flit = isRecord(tool.flit) && isRecord(tool.flit.metadata) ? tool.flit.metadata : null;
  if (!flit) return null;
  return {
    name: flit['dist-name'] ?? flit.module,
    'requires-python': flit['requires-python'],
    dependencies: flit.requires,
    'optional-dependencies': flit['requires-extra'],
    classifiers: flit.classifiers,
  };
}

/** PEP 621 [project]: requires-python, the dependencies, then the optional ones. */
function projectFacts(project: Record<string, unknown>, file: PyprojectFile, variant: Variant): Fact[] {
  const facts: Fact[] = [];
  const rp = project['requires-python'];
  if (typeof rp === 'string') {
    facts.push({
      type: 'runtime',
      name: 'python',
      version: lowestVersion(rp),
      range: rp,
      ev: file.at('requires-python', `requires-python = "${rp}"`, 'py.pyproject'),
    });
  }
  for (const dep of Array.isArray(project.dependencies) ? project.dependencies : []) {
    if (typeof dep !== 'string') continue;
    const req = parseRequirement(dep);
    if (req)
      facts.push(
        ...pythonPackageFacts(req, {
          scope: 'main',
          ev: file.at(dep, dep, 'py.pyproject'),
          indexVariant: TORCH_FAMILY.has(req.name.toLowerCase()) ? variant : null,
        }),
      );
  }
  facts.push(...optionalDependencyFacts(project, file));
  if (Array.isArray(project.classifiers)) facts.push(...classifierFacts(file.path, file.text));
  return facts;
}

/** [project.optional-dependencies]: a development group (tests, docs, lint) is dev, any other an extra. */
function optionalDependencyFacts(project: Record<string, unknown>, file: PyprojectFile): Fact[] {
  const facts: Fact[] = [];
  const optional = isRecord(project['optional-dependencies']) ? project['optional-dependencies'] : {};
  for (const [group, deps] of Object.entries(optional)) {
    for (const dep of Array.isArray(deps) ? deps : []) {
      if (typeof dep !== 'string') continue;
      const req = parseRequirement(dep);
      const scope = isDevGroup(group) ? 'dev' : 'optional';
      if (req)
        facts.push(
          ...pythonPackageFacts(req, {
            scope,
            group,
            ev: file.at(dep, `[${group}] ${dep}`, scope === 'dev' ? 'py.requirements.dev' : 'py.extras'),
          }),
        );
    }
  }
  return facts;
}

type PoetryScope = 'main' | 'optional' | 'dev';

/** Poetry: [tool.poetry.dependencies], the old dev-dependencies, and the groups (dev or optional by name). */
function poetryFacts(poetry: Record<string, unknown>, file: PyprojectFile, variant: Variant): Fact[] {
  const deps = isRecord(poetry.dependencies) ? poetry.dependencies : {};
  const groups: Array<[string, Record<string, unknown>, PoetryScope]> = [['main', deps, 'main']];
  if (isRecord(poetry['dev-dependencies'])) groups.push(['dev', poetry['dev-dependencies'], 'dev']);
  for (const [name, g] of Object.entries(isRecord(poetry.group) ? poetry.group : {})) {
    if (isRecord(g) && isRecord(g.dependencies))
      groups.push([name, g.dependencies, isDevGroup(name) ? 'dev' : 'optional']);
  }
  const facts: Fact[] = [];
  const extraOf = poetryExtras(poetry);
  for (const [group, entries, scope] of groups) {
    for (const [name, value] of Object.entries(entries)) {
      const named = scope === 'main' ? (extraOf.get(normalizePython(name)) ?? null) : group;
      facts.push(...poetryEntryFacts(name, value, scope, file, variant, named));
    }
  }
  return facts;
}

/** [tool.poetry.extras]: extra name → the optional packages it installs; each package → its (first) extra. */
function poetryExtras(poetry: Record<string, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  const extras = isRecord(poetry.extras) ? poetry.extras : {};
  for (const [extra, names] of Object.entries(extras)) {
    for (const n of Array.isArray(names) ? names : [])
      if (typeof n === 'string' && !out.has(normalizePython(n))) out.set(normalizePython(n), extra);
  }
  return out;
}

/** One Poetry dependency: `python` is the runtime; a package's value is a version or a table of settings. */
function poetryEntryFacts(
  name: string,
  value: unknown,
  scope: PoetryScope,
  file: PyprojectFile,
  variant: Variant,
  group: string | null,
): Fact[] {
  const spec =
    typeof value === 'string'
      ? value
      : isRecord(value) && typeof value.version === 'string'
        ? value.version
        : '*';
  const line = new RegExp(`^\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`);
  if (name === 'python') {
    return [
      {
        type: 'runtime',
        name: 'python',
        version: lowestVersion(spec),
        range: spec,
        ev: file.at(line, `python = "${spec}"`, 'py.poetry'),
      },
    ];
  }
  const optional = isRecord(value) && (value.optional === true || typeof value.markers === 'string');
  const extras =
    isRecord(value) && Array.isArray(value.extras)
      ? value.extras.filter((e): e is string => typeof e === 'string')
      : [];
  const ev = file.at(
    line,
    `${name} = ${JSON.stringify(value)}`,
    scope === 'dev' ? 'py.requirements.dev' : 'py.poetry',
  );
  return pythonPackageFacts(
    {
      name,
      extras,
      spec: poetrySpec(spec),
      local: /\+([A-Za-z0-9.]+)/.exec(spec)?.[1] ?? null,
      marker: optional ? 'extra' : null,
    },
    {
      scope: optional && scope === 'main' ? 'optional' : scope,
      group,
      ev,
      indexVariant: TORCH_FAMILY.has(name.toLowerCase()) ? variant : null,
    },
  );
}

/** PDM's [tool.pdm.dev-dependencies]: development only, seen with less weight than a main declaration. */
function pdmFacts(tool: Record<string, unknown>, file: PyprojectFile): Fact[] {
  const facts: Fact[] = [];
  const pdm = isRecord(tool.pdm) ? tool.pdm : null;
  const pdmDev = pdm && isRecord(pdm['dev-dependencies']) ? pdm['dev-dependencies'] : {};
  for (const [group, deps] of Object.entries(pdmDev)) {
    for (const dep of Array.isArray(deps) ? deps : []) {
      if (typeof dep !== 'string') continue;
      const req = parseRequirement(dep);
      if (req)
        facts.push(
          ...pythonPackageFacts(req, {
            scope: 'dev',
            group,
            ev: seen(file.path, lineOf(file.text, dep), `[${group}] ${dep}`, 'py.pdm', 2),
          }),
        );
    }
  }
  return facts;
}
