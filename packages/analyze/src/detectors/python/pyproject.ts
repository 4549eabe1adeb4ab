// pyproject.toml: PEP 621 [project] (requires-python, dependencies, optional-dependencies), Poetry
// ([tool.poetry.dependencies], groups, sources) and PDM ([tool.pdm.dev-dependencies]).
import { seen, type Fact, type Seen } from '../../model.js';
import type { RuleId } from '../../rules.js';
import { isDevGroup, isRecord, lineOf, tomlOf } from '../text.js';
import type { Detector } from '../types.js';
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
      const at = (needle: string | RegExp, shown: string, rule: RuleId): Seen =>
        seen(path, lineOf(text, needle), shown, rule, 1);
      const project = isRecord(doc.project) ? doc.project : null;
      const tool = isRecord(doc.tool) ? doc.tool : {};
      const poetry = isRecord(tool.poetry) ? tool.poetry : null;
      if (project || poetry) facts.push({ type: 'manifest', file: path, runtime: 'python' });

      // A CUDA or CPU wheel index declared for uv or Poetry applies to the torch family.
      let variant: Variant = null;
      const uv = isRecord(tool.uv) ? tool.uv : {};
      const indexes = [
        ...(Array.isArray(uv.index) ? uv.index : []),
        ...(poetry && Array.isArray(poetry.source) ? poetry.source : []),
      ];
      for (const idx of indexes) {
        if (!isRecord(idx) || typeof idx.url !== 'string') continue;
        const v = indexVariant(idx.url);
        if (!v) continue;
        const rule =
          v.kind === 'cuda' ? 'py.index.cuda' : v.kind === 'cpu' ? 'py.index.cpu' : 'py.index.rocm';
        const ev = at(idx.url, `url = "${idx.url}"`, rule);
        variant = { ...v, via: ev };
        if (v.kind === 'cuda') facts.push({ type: 'cuda', version: v.cuda, ev });
      }

      if (project) {
        const rp = project['requires-python'];
        if (typeof rp === 'string') {
          facts.push({
            type: 'runtime',
            name: 'python',
            version: lowestVersion(rp),
            range: rp,
            ev: at('requires-python', `requires-python = "${rp}"`, 'py.pyproject'),
          });
        }
        for (const dep of Array.isArray(project.dependencies) ? project.dependencies : []) {
          if (typeof dep !== 'string') continue;
          const req = parseRequirement(dep);
          if (req)
            facts.push(
              ...pythonPackageFacts(req, {
                scope: 'main',
                ev: at(dep, dep, 'py.pyproject'),
                indexVariant: TORCH_FAMILY.has(req.name.toLowerCase()) ? variant : null,
              }),
            );
        }
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
                  ev: at(
                    dep,
                    `[${group}] ${dep}`,
                    scope === 'dev' ? 'py.requirements.dev' : 'pkg.optional-gpu',
                  ),
                }),
              );
          }
        }
      }

      if (poetry) {
        const deps = isRecord(poetry.dependencies) ? poetry.dependencies : {};
        const groups: Array<[string, Record<string, unknown>, 'main' | 'optional' | 'dev']> = [
          ['main', deps, 'main'],
        ];
        if (isRecord(poetry['dev-dependencies'])) groups.push(['dev', poetry['dev-dependencies'], 'dev']);
        for (const [name, g] of Object.entries(isRecord(poetry.group) ? poetry.group : {})) {
          if (isRecord(g) && isRecord(g.dependencies))
            groups.push([name, g.dependencies, isDevGroup(name) ? 'dev' : 'optional']);
        }
        for (const [, entries, scope] of groups) {
          for (const [name, value] of Object.entries(entries)) {
            const spec =
              typeof value === 'string'
                ? value
                : isRecord(value) && typeof value.version === 'string'
                  ? value.version
                  : '*';
            const line = new RegExp(`^\\s*["']?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*=`);
            if (name === 'python') {
              facts.push({
                type: 'runtime',
                name: 'python',
                version: lowestVersion(spec),
                range: spec,
                ev: at(line, `python = "${spec}"`, 'py.poetry'),
              });
              continue;
            }
            const optional =
              isRecord(value) && (value.optional === true || typeof value.markers === 'string');
            const extras =
              isRecord(value) && Array.isArray(value.extras)
                ? value.extras.filter((e): e is string => typeof e === 'string')
                : [];
            const ev = seen(
              path,
              lineOf(text, line),
              `${name} = ${JSON.stringify(value)}`,
              scope === 'dev' ? 'py.requirements.dev' : 'py.poetry',
              1,
            );
            facts.push(
              ...pythonPackageFacts(
                {
                  name,
                  extras,
                  spec: poetrySpec(spec),
                  local: /\+([A-Za-z0-9.]+)/.exec(spec)?.[1] ?? null,
                  marker: optional ? 'extra' : null,
                },
                {
                  scope: optional && scope === 'main' ? 'optional' : scope,
                  ev,
                  indexVariant: TORCH_FAMILY.has(name.toLowerCase()) ? variant : null,
                },
              ),
            );
          }
        }
      }

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
                ev: seen(path, lineOf(text, dep), `[${group}] ${dep}`, 'py.pdm', 2),
              }),
            );
        }
      }
    }
    return facts;
  },
};
