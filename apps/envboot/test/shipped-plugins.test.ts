// provision --plugin through the shipped CLI: an ES module and a CommonJS module loaded from files at run time,
// their hooks seen in the order they run; a plugin that cannot be loaded is PLUGIN_FAILED, not a stack trace.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ProvisionData } from '@envboot/core';
import { startSim, type Sim } from '@envboot/sim';
import { REPO_ROOT, envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { sandbox } from './shipped-support.js';

let sim: Sim;
beforeAll(async () => {
  // The plugins plan 2 h leases: 24 s of real time at this speed, so a busy machine does not outlive them.
  sim = await startSim({ port: 0, seed: 'small', speed: 300 });
});
afterAll(() => sim.close());

const REPO = join(REPO_ROOT, 'examples/repos/gpu-train');

/** Each hook call is one JSON line in $HOOK_LOG: which plugin, which hook, what it was given. */
const ESM_PLUGIN = `import { appendFileSync } from 'node:fs';
const record = (hook, seen) =>
  appendFileSync(process.env.HOOK_LOG, JSON.stringify({ plugin: 'esm', hook, seen }) + '\\n');
export function selectPlan(requirements, catalog, plan) {
  record('selectPlan', { gpu: requirements.gpu.needed, duration_minutes: plan.duration_minutes });
  return { ...plan, duration_minutes: 90 };
}
export function preLaunch(ctx) {
  record('preLaunch', ctx);
}
export async function postLaunch(ctx) {
  record('postLaunch', ctx);
}
`;

// module.exports with method shorthand: Node's import() names only the first of these as an export.
const CJS_PLUGIN = `const { appendFileSync } = require('node:fs');
const record = (hook, seen) =>
  appendFileSync(process.env.HOOK_LOG, JSON.stringify({ plugin: 'cjs', hook, seen }) + '\\n');
module.exports = {
  selectPlan(requirements, catalog, plan) {
    record('selectPlan', { duration_minutes: plan.duration_minutes });
    return { ...plan, duration_minutes: 120 };
  },
  preLaunch(ctx) {
    record('preLaunch', ctx);
  },
  async postLaunch(ctx) {
    record('postLaunch', ctx);
  },
};
`;

interface HookCall {
  plugin: 'esm' | 'cjs';
  hook: string;
  seen: Record<string, unknown>;
}

describe('provision --plugin through the shipped CLI', () => {
  it('loads an .mjs and a .cjs plugin; selectPlan chains, preLaunch and postLaunch run in order', async () => {
    const box = sandbox('shipped-plugins');
    const log = join(box.root, 'hooks.log');
    writeFileSync(join(box.cwd, 'choose.mjs'), ESM_PLUGIN);
    writeFileSync(join(box.cwd, 'inventory.cjs'), CJS_PLUGIN);
    const run = await runCli(
      [
        'provision',
        '--repo',
        REPO,
        '--site',
        'sim',
        '--yes',
        '--lease-name',
        'shipped-plugins',
        '--plugin',
        'choose.mjs',
        '--plugin',
        'inventory.cjs',
      ],
      { env: { ...box.env, ENVBOOT_SIM_URL: sim.url, HOOK_LOG: log }, cwd: box.cwd, timeoutMs: 60_000 },
    );
    const envelope = envelopeOf(run);
    expect({ code: run.code, error: envelope.error }).toEqual({ code: 0, error: null });
    const data = envelope.data as ProvisionData;
    expect(data.plan).toMatchObject({ duration_minutes: 120, duration: '2h', source: 'plugin' });
    expect(data.plan?.reasons).toEqual(
      expect.arrayContaining([
        `chosen by the plugin ${join(box.cwd, 'choose.mjs')}`,
        `chosen by the plugin ${join(box.cwd, 'inventory.cjs')}`,
      ]),
    );

    const calls = readFileSync(log, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as HookCall);
    expect(calls.map((c) => `${c.plugin}.${c.hook}`)).toEqual([
      'esm.selectPlan',
      'cjs.selectPlan',
      'esm.preLaunch',
      'cjs.preLaunch',
      'esm.postLaunch',
      'cjs.postLaunch',
    ]);
    expect(calls[0]!.seen).toEqual({ gpu: true, duration_minutes: expect.any(Number) });
    expect(calls[1]!.seen).toEqual({ duration_minutes: 90 });
    const [, , preLaunch, , postLaunch] = calls;
    expect(preLaunch!.seen).toMatchObject({
      run_id: data.run_id,
      site: 'sim',
      plan: { duration_minutes: 120 },
      lease: { id: data.lease?.lease_id, name: 'shipped-plugins' },
    });
    expect(postLaunch!.seen).toMatchObject({
      run_id: data.run_id,
      servers: [{ id: data.servers?.[0]?.server_id, name: data.servers?.[0]?.name }],
    });
  });

  const broken: Array<[what: string, file: string, text: string | null, message: string]> = [
    ['a file that does not exist', 'missing.mjs', null, 'missing.mjs'],
    [
      'an ES module that throws at load',
      'throws.mjs',
      'throw new Error("no inventory here");\n',
      'no inventory here',
    ],
    [
      'a CommonJS module that throws at load',
      'throws.cjs',
      'throw new Error("no inventory here");\n',
      'no inventory here',
    ],
    ['a module that does not parse', 'syntax.mjs', 'export function preLaunch( {\n', 'could not be loaded'],
    ['a module with no hook', 'nothing.cjs', 'module.exports = { prelaunch() {} };\n', 'exports none of'],
  ];

  it.each(broken)(
    '%s is PLUGIN_FAILED (exit 2) before anything is made',
    async (_what, name, text, message) => {
      const box = sandbox('shipped-plugins-bad');
      if (text !== null) writeFileSync(join(box.cwd, name), text);
      const leases = () => (sim.state() as { leases: unknown[] }).leases.length;
      const before = leases();
      const run = await runCli(
        [
          'provision',
          '--repo',
          REPO,
          '--site',
          'sim',
          '--yes',
          '--lease-name',
          'shipped-bad',
          '--plugin',
          name,
        ],
        { env: { ...box.env, ENVBOOT_SIM_URL: sim.url }, cwd: box.cwd },
      );
      expect(run.code).toBe(2);
      expect(envelopeOf(run).error).toMatchObject({
        code: 'PLUGIN_FAILED',
        field: 'plugin',
        message: expect.stringContaining(message),
      });
      expect(run.stderr).toContain('[PLUGIN_FAILED]');
      expect(hasStackTrace(run.stderr)).toBe(false);
      expect(leases()).toBe(before);
    },
  );
});
