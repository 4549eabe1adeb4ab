// package.json: engines.node, and npm packages with GPU meaning; .nvmrc / .node-version pin Node.js.
import { NPM_GPU, npmFramework } from '../knowledge/packages.js';
import { seen, type Fact } from '../model.js';
import { lowestVersion } from './python/pep508.js';
import { isRecord, jsonOf, lineOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^(package\.json|\.nvmrc|\.node-version)$/;

export const nodeDetector: Detector = {
  name: 'node',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      if (!path.endsWith('package.json')) {
        const v = /v?(\d+(?:\.\d+){0,2})/.exec(text.trim());
        if (v)
          facts.push({
            type: 'runtime',
            name: 'node',
            version: v[1]!,
            range: null,
            ev: seen(path, 1, text.trim().split('\n')[0]!, 'node.version-file', 1),
          });
        continue;
      }
      const pkg = jsonOf(text, path, input.warn);
      if (!isRecord(pkg)) continue;
      facts.push({ type: 'manifest', file: path, runtime: 'node' });
      const typescript = typescriptBuild(pkg, text, path);
      if (typescript) facts.push(typescript);
      const engines = isRecord(pkg.engines) ? pkg.engines : {};
      const range = typeof engines.node === 'string' ? engines.node : null;
      facts.push({
        type: 'runtime',
        name: 'node',
        version: range ? lowestVersion(range.replace(/\.x\b/g, '')) : null,
        range,
        ev: seen(
          path,
          range ? lineOf(text, '"node"') : 1,
          range ? `"engines": {"node": "${range}"}` : 'package.json',
          'node.engines',
          range ? 1 : 2,
        ),
      });
      for (const [section, scope] of [
        ['dependencies', 'main'],
        ['devDependencies', 'dev'],
      ] as const) {
        const deps = isRecord(pkg[section]) ? pkg[section] : {};
        for (const [name, version] of Object.entries(deps)) {
          // The root package.json's dependencies are what the project runs on, known or not (as a go.mod's direct
          // requirements are); elsewhere (a frontend under ui/ of a Go or Python project) only the known ones.
          const own = path === 'package.json' && scope === 'main';
          if (!own && !npmFramework(name) && !(name in NPM_GPU)) continue;
          const ev = seen(
            path,
            lineOf(text, `"${name}"`),
            `"${name}": "${String(version)}"`,
            NPM_GPU[name] === 'only' ? 'pkg.gpu-other' : 'node.engines',
            1,
          );
          facts.push({
            type: 'package',
            ecosystem: 'npm',
            name,
            extras: [],
            version: typeof version === 'string' ? version : null,
            scope,
            conditional: false,
            variant: NPM_GPU[name] === 'cpu' ? { kind: 'cpu' } : null,
            ev,
          });
          if (NPM_GPU[name] === 'only' && scope === 'main')
            facts.push({ type: 'gpu', requirement: 'required', ev });
        }
      }
    }
    return facts;
  },
};

/**
 * A package.json whose code is TypeScript compiled to JavaScript: a script runs `tsc`, or it depends on typescript
 * and ships a build folder (`"main": "lib/index.js"`). It names the language when the sources are not among the
 * files; a package with hand-written typings (`"types": "index.d.ts"`) beside JavaScript is not one.
 */
function typescriptBuild(pkg: Record<string, unknown>, text: string, path: string): Fact | null {
  const scripts = isRecord(pkg.scripts)
    ? Object.values(pkg.scripts).filter((v) => typeof v === 'string')
    : [];
  const tsc = scripts.find((s) => /(?:^|[\s&;|])tsc(?:\s|$)/.test(s));
  const deps = {
    ...(isRecord(pkg.devDependencies) ? pkg.devDependencies : {}),
    ...(isRecord(pkg.dependencies) ? pkg.dependencies : {}),
  };
  const shipped = [pkg.main, pkg.bin, ...(isRecord(pkg.bin) ? Object.values(pkg.bin) : [])].find(
    (v) => typeof v === 'string' && /^(?:\.\/)?(?:lib|dist|build|out)\//.test(v),
  );
  const shown = tsc ? tsc : 'typescript' in deps && shipped ? `"typescript" and "${String(shipped)}"` : null;
  if (!shown) return null;
  return {
    type: 'launches',
    language: 'TypeScript',
    ev: seen(path, lineOf(text, tsc ? 'tsc' : '"typescript"'), shown, 'node.typescript', 2),
  };
}
