// Bundles the CLI with esbuild: one small entry chunk for start-up, and every command's work in its own chunk
// loaded on demand (dynamic imports become split points), so `--help` never loads got, ajv or pino.
import { build } from 'esbuild';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { lostDynamicExports, nodeInteropForDynamicImports } from './dynamic-imports.mjs';

const outdir = new URL('../dist/', import.meta.url).pathname;
const result = await build({
  entryPoints: { main: new URL('../src/main.ts', import.meta.url).pathname },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  alias: {
    'string-width': new URL('../src/string-width.ts', import.meta.url).pathname,
    'http2-wrapper': new URL('../src/bundle/got-unused.ts', import.meta.url).pathname,
    'cacheable-request': new URL('../src/bundle/got-no-cache.ts', import.meta.url).pathname,
    'cacheable-lookup': new URL('../src/bundle/got-no-dns-cache.ts', import.meta.url).pathname,
  },
  // ssh2's optional native speed-ups: it falls back to Node's crypto when they cannot be loaded.
  external: ['cpu-features', '*.node'],
  // CommonJS dependencies (ssh2's wasm loader) read __dirname and __filename, which ES modules do not have.
  define: { __dirname: 'import.meta.dirname', __filename: 'import.meta.filename' },
  plugins: [nodeInteropForDynamicImports()],
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  legalComments: 'none',
  minify: process.env.ENVBOOT_BUNDLE_MINIFY !== '0',
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS dependencies still call require(); give every chunk one.
  banner: {
    js: "import { createRequire as __envbootCreateRequire } from 'node:module'; const require = __envbootCreateRequire(import.meta.url);",
  },
});
// A dynamic import of a dependency must give what it gives under Node, or the shipped CLI breaks where tests of the
// unbundled code pass.
const lost = await lostDynamicExports(result.metafile);
if (lost.length > 0) {
  for (const { specifier, importer, missing } of lost) {
    console.error(
      `bundle: import('${specifier}') in ${importer} loses ${missing.length} of Node's named exports: ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', …' : ''}`,
    );
  }
  process.exit(1);
}
// The simulator's seed data travels with the bundle (dist/data, where its code looks), so that an installed CLI
// needs nothing from the workspace.
const simData = join(dirname(createRequire(import.meta.url).resolve('@envboot/sim/package.json')), 'data');
cpSync(simData, join(outdir, 'data'), { recursive: true });
// Remove chunks of earlier builds only now, so a CLI running meanwhile never finds its files missing.
const fresh = new Set(Object.keys(result.metafile.outputs).map((f) => relative(outdir, f)));
for (const dir of ['', 'chunks']) {
  const names = (() => {
    try {
      return readdirSync(join(outdir, dir));
    } catch {
      return [];
    }
  })();
  for (const name of names) {
    const rel = dir ? `${dir}/${name}` : name;
    if (rel !== 'chunks' && rel !== 'data' && !fresh.has(rel)) rmSync(join(outdir, rel), { force: true });
  }
}
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
const size = (f) => `${(result.metafile.outputs[f].bytes / 1024).toFixed(0)} KiB`;
console.log(
  `bundle: ${outputs.length} files; entry ${size(outputs.find(([f]) => f.endsWith('main.js'))[0])}`,
);
