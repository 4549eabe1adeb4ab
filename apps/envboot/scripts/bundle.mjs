// Bundles the CLI with esbuild: one small entry chunk for start-up, and every command's work in its own chunk
// loaded on demand (dynamic imports become split points), so `--help` never loads got, ajv or pino.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { main: new URL('../src/main.ts', import.meta.url).pathname },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  alias: { 'string-width': new URL('../src/string-width.ts', import.meta.url).pathname },
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
const outputs = Object.entries(result.metafile.outputs).filter(([f]) => f.endsWith('.js'));
const size = (f) => `${(result.metafile.outputs[f].bytes / 1024).toFixed(0)} KiB`;
console.log(
  `bundle: ${outputs.length} files; entry ${size(outputs.find(([f]) => f.endsWith('main.js'))[0])}`,
);
