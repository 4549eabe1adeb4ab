// envboot validate through the shipped CLI, on what the commands themselves print: every kind of envelope a pipe
// and a provision run produce passes unchanged, and each kind with a required field taken out is rejected.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { REPO_ROOT, envelopeOf, hasStackTrace, runCli, type CliRun } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

const REPO = join(REPO_ROOT, 'examples/repos/gpu-train');

let sim: Sim;
let box: Sandbox;
/** What each step printed, by the step's label. */
const printed = new Map<string, string>();

const cli = (args: string[], input?: string) =>
  runCli(args, { env: { ...box.env, ENVBOOT_SIM_URL: sim.url }, cwd: box.cwd, input, timeoutMs: 60_000 });

function stdoutOf(label: string, run: CliRun): string {
  if (run.code !== 0) throw new Error(`${label} exited ${run.code}:\n${run.stdout}\n${run.stderr}`);
  printed.set(label, run.stdout);
  return run.stdout;
}

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
  box = sandbox('shipped-validate');
  stdoutOf('analyze', await cli(['analyze', '--repo', REPO, '--site', 'sim']));
  // The api-core pipe, one command at a time: each reads what the one before printed.
  let piped = stdoutOf(
    'capacity',
    await cli([
      'capacity',
      '--site',
      'sim',
      '--node-type',
      'compute_skylake',
      '--nodes',
      '1',
      '--duration',
      // A day of virtual time is 43 s at this speed: the lease outlives a slow moment of a busy machine.
      '1d',
    ]),
  );
  for (const [label, args] of [
    ['lease-create', ['lease-create', '--name', 'shipped-validate']],
    ['lease-status', ['lease-status', '--wait', '600']],
    ['allocate', ['allocate']],
    ['launch', ['launch', '--image', 'CC-Ubuntu22.04']],
    ['lease-delete', ['lease-delete', '--yes', '--with-servers']],
  ] as const) {
    piped = stdoutOf(label, await cli([...args], piped));
  }
  const provision = stdoutOf(
    'provision',
    await cli([
      'provision',
      '--repo',
      REPO,
      '--site',
      'sim',
      '--yes',
      '--skip-launch',
      '--node-type',
      'compute_skylake',
    ]),
  );
  stdoutOf('runs', await cli(['runs']));
  const runId = (JSON.parse(provision) as { data: { run_id: string } }).data.run_id;
  stdoutOf('cleanup', await cli(['cleanup', runId, '--yes']));
}, 120_000);
afterAll(() => sim.close());

/** Each step, the kind it prints, and so the schema its data follows (schemas/<kind>.json). */
const STEPS: Array<[label: string, kind: string]> = [
  ['analyze', 'analysis'],
  ['capacity', 'capacity'],
  ['lease-create', 'lease'],
  ['lease-status', 'lease'],
  ['allocate', 'allocation'],
  ['launch', 'launch'],
  ['lease-delete', 'lease-deletion'],
  ['provision', 'provision'],
  ['runs', 'runs'],
  ['cleanup', 'cleanup'],
];

describe('envboot validate through the shipped CLI', () => {
  it.each(STEPS)('what %s prints (%s) passes, unchanged', async (label, kind) => {
    const text = printed.get(label)!;
    expect(JSON.parse(text)).toMatchObject({ ok: true, kind });
    const run = await cli(['validate', '--kind', kind], text);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(text);
  });

  it('reads a saved envelope from a file', async () => {
    const file = join(box.root, 'provision.json');
    writeFileSync(file, JSON.stringify(JSON.parse(printed.get('provision')!), null, 2));
    const run = await cli(['validate', file, '--kind', 'provision']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(printed.get('provision')!));
  });

  const kinds = [...new Map(STEPS.map(([label, kind]) => [kind, label])).entries()];
  it.each(kinds)('%s: an envelope without a required field of its data is rejected', async (kind, label) => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', `${kind}.json`), 'utf8')) as {
      required: string[];
    };
    const field = schema.required[0]!;
    const envelope = JSON.parse(printed.get(label)!) as { data: Record<string, unknown> };
    delete envelope.data[field];
    const run = await cli(['validate'], JSON.stringify(envelope));
    expect(run.code).toBe(2);
    expect(envelopeOf(run)).toMatchObject({
      ok: false,
      kind: 'error',
      error: { code: 'INVALID_INPUT', field: `data.${field}` },
    });
    expect(run.stderr).toContain(`data.${field}`);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('a time that is not a date (a string format the schemas check) is rejected', async () => {
    const envelope = JSON.parse(printed.get('capacity')!) as { data: Record<string, unknown> };
    envelope.data.start = '2026-13-45T99:00:00Z';
    const run = await cli(['validate'], JSON.stringify(envelope));
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'INVALID_INPUT', field: 'data.start' });
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
