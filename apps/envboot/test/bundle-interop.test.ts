// The bundle's dynamic imports of CommonJS dependencies give what Node gives: named exports included. The build
// fails when one would not (scripts/dynamic-imports.mjs), as it did for `(await import('yaml')).parse`.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { isCommonJs, lostDynamicExports, nodeInteropForDynamicImports } from '../scripts/dynamic-imports.mjs';

/** A project with one CommonJS dependency and an ES module that imports it dynamically, as the packages do. */
function project() {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-interop-'));
  const dep = join(dir, 'node_modules', 'textfmt');
  mkdirSync(dep, { recursive: true });
  writeFileSync(join(dep, 'package.json'), JSON.stringify({ name: 'textfmt', main: 'index.js' }));
  writeFileSync(
    join(dep, 'index.js'),
    "'use strict';\nexports.parse = (t) => t.split(',');\nexports.stringify = (a) => a.join(',');\n",
  );
  writeFileSync(
    join(dir, 'entry.mjs'),
    "export async function split(text) {\n  const { parse } = await import('textfmt');\n  return parse(text);\n}\n",
  );
  return dir;
}

async function bundle(dir: string, withPlugin: boolean) {
  const outdir = join(dir, withPlugin ? 'with' : 'without');
  const result = await build({
    absWorkingDir: dir,
    entryPoints: ['entry.mjs'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir,
    metafile: true,
    logLevel: 'silent',
    plugins: withPlugin ? [nodeInteropForDynamicImports()] : [],
  });
  return { metafile: result.metafile, entry: join(outdir, 'entry.js') };
}

describe('dynamic imports of CommonJS dependencies in the bundle', () => {
  it('are found when they lose named exports', async () => {
    const dir = project();
    const { metafile } = await bundle(dir, false);
    expect(await lostDynamicExports(metafile, dir)).toEqual([
      expect.objectContaining({ specifier: 'textfmt', missing: ['parse', 'stringify'] }),
    ]);
  });

  it('keep Node’s named exports with the plugin, and the code runs', async () => {
    const dir = project();
    const { metafile, entry } = await bundle(dir, true);
    expect(await lostDynamicExports(metafile, dir)).toEqual([]);
    const { split } = (await import(pathToFileURL(entry).href)) as { split(t: string): string[] };
    expect(await split('a,b')).toEqual(['a', 'b']);
  });

  it('tell CommonJS from ES modules as Node does', () => {
    const dir = project();
    expect(isCommonJs(join(dir, 'node_modules/textfmt/index.js'))).toBe(true);
    expect(isCommonJs(join(dir, 'entry.mjs'))).toBe(false);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(dir, 'lib.js'), 'export {};\n');
    expect(isCommonJs(join(dir, 'lib.js'))).toBe(false);
  });
});
