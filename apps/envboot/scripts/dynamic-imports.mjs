// Dynamic imports of dependencies in the bundle behave as they do under Node.
//
// With code splitting, esbuild turns `await import('dep')` of a CommonJS dependency into a chunk whose only export
// is `default`, where Node also gives every named export it detects (`(await import('yaml')).parse`). Code that
// works unbundled then breaks in the shipped CLI. The plugin puts a small ES module in front of each such import
// that re-exports what Node would give; the check reads the bundle's metafile and fails the build when a dynamic
// import of a dependency still exports less than Node does.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const NAMESPACE = 'node-interop';

/** Whether Node loads this file as CommonJS (its extension, or the nearest package.json's "type"). */
export function isCommonJs(file) {
  if (file.endsWith('.cjs')) return true;
  if (file.endsWith('.mjs')) return false;
  if (!file.endsWith('.js')) return false;
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type !== 'module';
    if (dirname(dir) === dir) return true;
  }
}

const exportNames = new Map();

/**
 * The names `import()` of this file gives under Node, as Node computes them: asked of a fresh Node process, so that
 * the loader of whatever runs the build (a test runner, say) does not change the answer.
 */
export function nodeExportNames(file) {
  if (!exportNames.has(file)) {
    const script = `console.log(JSON.stringify(Object.keys(await import(${JSON.stringify(pathToFileURL(file).href)}))))`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    exportNames.set(file, JSON.parse(out).sort());
  }
  return exportNames.get(file);
}

function isDependency(specifier) {
  return !specifier.startsWith('.') && !isAbsolute(specifier) && !specifier.startsWith('node:');
}

/** The ES module put in front of a CommonJS dependency: module.exports as default, each named export beside it. */
export function facadeSource(file, names) {
  const lines = [`const mod = require(${JSON.stringify(file)});`, 'export default mod;'];
  names
    .filter((name) => name !== 'default')
    .forEach((name, i) => {
      lines.push(
        `const e${i} = mod[${JSON.stringify(name)}];`,
        `export { e${i} as ${JSON.stringify(name)} };`,
      );
    });
  return lines.join('\n');
}

/** The esbuild plugin: dynamic imports of CommonJS dependencies go through a facade with Node's named exports. */
export function nodeInteropForDynamicImports() {
  return {
    name: 'node-interop-for-dynamic-imports',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData?.inner || !isDependency(args.path))
          return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { inner: true },
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (resolved.external || resolved.namespace !== 'file' || !isCommonJs(resolved.path)) return resolved;
        return { path: resolved.path, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, async (args) => ({
        contents: facadeSource(args.path, nodeExportNames(args.path)),
        resolveDir: dirname(args.path),
        loader: 'js',
      }));
    },
  };
}

/** The file a metafile input key names (a facade's key carries its namespace). */
function fileOf(input) {
  return input.startsWith(`${NAMESPACE}:`) ? input.slice(NAMESPACE.length + 1) : input;
}

/**
 * Every dynamic import of a dependency whose chunk exports fewer names than Node's `import()` of the same file
 * gives: [{ specifier, importer, file, missing }]. An empty list means the bundle keeps Node's behaviour.
 */
export async function lostDynamicExports(metafile, cwd = process.cwd()) {
  const chunkOf = new Map();
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    if (meta.entryPoint) chunkOf.set(meta.entryPoint, { output, exports: new Set(meta.exports) });
  }
  const problems = [];
  const seen = new Set();
  for (const [importer, meta] of Object.entries(metafile.inputs)) {
    for (const imp of meta.imports) {
      if (imp.kind !== 'dynamic-import' || imp.external || !imp.original || !isDependency(imp.original))
        continue;
      if (seen.has(imp.path)) continue;
      seen.add(imp.path);
      const file = fileOf(imp.path);
      // Workspace packages are bundled from their sources, as ES modules: only installed packages are at issue.
      if (!file.split(/[\\/]/).includes('node_modules')) continue;
      const chunk = chunkOf.get(imp.path);
      const expected = nodeExportNames(isAbsolute(file) ? file : `${cwd}/${file}`);
      const missing = chunk ? expected.filter((name) => !chunk.exports.has(name)) : expected;
      if (missing.length > 0) problems.push({ specifier: imp.original, importer, file, missing });
    }
  }
  return problems;
}
