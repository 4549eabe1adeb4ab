// Keeping start-up cheap: importing @envboot/openstack (or building a step context) loads neither got nor yaml;
// they arrive with the first connection and the first clouds.yaml. Checked on an esbuild bundle split at dynamic
// imports, as the envboot app is built.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build, type Metafile } from 'esbuild';

let out: string;
let meta: Metafile;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'envboot-openstack-bundle-'));
  const result = await build({
    entryPoints: { index: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['source'],
    outdir: out,
    metafile: true,
    logLevel: 'silent',
  });
  meta = result.metafile;
}, 60_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** Every input file a chunk needs before it runs: its own and those of the chunks it imports statically. */
function staticInputs(chunk: string, seen = new Set<string>()): string[] {
  const output = meta.outputs[chunk];
  // Node's built-in modules are imports too, but not chunks of the bundle.
  if (seen.has(chunk) || !output) return [];
  seen.add(chunk);
  const own = Object.keys(output.inputs);
  const imported = output.imports
    .filter((i) => i.kind === 'import-statement')
    .flatMap((i) => staticInputs(i.path, seen));
  return [...own, ...imported];
}

describe('start-up cost', () => {
  it('the package entry loads neither got nor yaml', () => {
    const entry = Object.keys(meta.outputs).find((o) =>
      meta.outputs[o]!.entryPoint?.endsWith('src/index.ts'),
    )!;
    const inputs = staticInputs(entry);
    expect(inputs.some((i) => i.includes('src/connect.ts'))).toBe(true);
    expect(inputs.filter((i) => /node_modules\/(got|yaml)\//.test(i))).toEqual([]);
  });

  it('got and yaml are in chunks loaded on demand', () => {
    const lazy = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(lazy.some((i) => /node_modules\/got\//.test(i))).toBe(true);
    expect(lazy.some((i) => /node_modules\/yaml\//.test(i))).toBe(true);
  });
});
