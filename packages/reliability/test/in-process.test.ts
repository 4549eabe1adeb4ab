// The in-process runs the property tests rely on behave as the real CLI does: the same exit code, the same
// envelope and the same line for people as a child process, for help, usage errors, bad stdin, pass-through,
// cloud calls and their failures; and an in-process run installs no signal handler and stops on its abort signal.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { runCli, sampleEnvelope, type CliRun } from '@envboot/testkit';
import { judge } from './support/contract.js';
import { runInProcess, useEnv } from './support/in-process.js';
import { makeLease } from './support/setup.js';
import { startWorld, type World } from './support/world.js';

let world: World;
let restoreEnv: () => void;
let pending = '';

beforeAll(async () => {
  world = await startWorld({ speed: 600 });
  restoreEnv = useEnv(world.env);
  pending = (await makeLease(world, { name: 'far-away', startsInMinutes: 3 * 24 * 60, hours: 2 })).id;
});
afterAll(async () => {
  restoreEnv();
  await world.close();
});

const failure = JSON.stringify({
  ...sampleEnvelope({ ok: false, kind: 'lease', data: null }),
  error: { code: 'TIMEOUT', message: 'upstream gave up', retryable: true },
});

const CASES: Array<[title: string, argv: () => string[], stdin: string | undefined]> = [
  ['the version', () => ['--version'], undefined],
  ['a command help', () => ['capacity', '--help'], undefined],
  ['an unknown flag', () => ['capacity', '--bogus', '1'], undefined],
  ['an unknown command', () => ['capactiy'], undefined],
  ['a valid envelope to validate', () => ['validate'], JSON.stringify(sampleEnvelope())],
  ['text that is not JSON', () => ['validate'], 'not json at all'],
  ['an upstream failure', () => ['lease-status', '--site', 'sim'], failure],
  [
    'a cloud call',
    () => ['capacity', '--site', 'sim', '--node-type', 'compute_skylake', '--duration', '2h'],
    undefined,
  ],
  ['a lease that does not exist', () => ['lease-status', 'no-such-lease', '--site', 'sim'], undefined],
  [
    'a lease that is not active',
    () => ['launch', pending, '--site', 'sim', '--image', 'CC-Ubuntu22.04'],
    undefined,
  ],
  ['a bad simulator flag', () => ['sim', '--port', '70000'], undefined],
  ['the run list', () => ['runs'], undefined],
];

/** What must agree between the two: everything but timings and counters that depend on them. */
function comparable(run: CliRun | { code: number | null; stdout: string; stderr: string }) {
  const human = run.stderr.split('\n').filter((l) => l.startsWith('envboot'));
  if (!run.stdout.startsWith('{')) return { code: run.code, text: run.stdout, human };
  const envelope = JSON.parse(run.stdout) as Record<string, unknown>;
  const { metrics: _m, data, ...rest } = envelope;
  // Times taken from the clock (a window starting "now") may fall on either side of a second between the two runs.
  const timeless = JSON.parse(
    JSON.stringify(rest).replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/g, '"<time>"'),
  ) as Record<string, unknown>;
  return { code: run.code, ...timeless, dataKeys: data ? Object.keys(data).sort() : null, human };
}

describe('in-process runs of the built CLI', () => {
  it.each(CASES)('match a child process: %s', async (_title, argv, stdin) => {
    const args = argv();
    const [inside, child] = await Promise.all([
      runInProcess(args, { stdin }),
      runCli(args, { env: world.env, input: stdin }),
    ]);
    expect(judge(args, inside, stdin).problems).toEqual([]);
    expect(judge(args, child, stdin).problems).toEqual([]);
    expect(comparable(inside)).toEqual(comparable(child));
  });

  it('install no signal handler, and stop with INTERRUPTED (130) when their abort signal fires', async () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    let during: number[] = [];
    const watch = setInterval(() => {
      during = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    }, 20);
    // --wait alone: as long as the start, three days away, asks.
    const run = await runInProcess(['lease-status', pending, '--site', 'sim', '--wait'], {
      boundMs: 600,
    });
    clearInterval(watch);
    expect(during).toEqual(before);
    expect(run.interrupted).toBe(true);
    expect(run.code).toBe(130);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'INTERRUPTED' } });
  });

  it('run the simulator until their abort signal fires, then stop it (exit 0)', async () => {
    const run = await runInProcess(['sim', '--port', '0', '--seed', 'small', '--log-level', 'silent'], {
      boundMs: 500,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^export ENVBOOT_SIM_URL=http:\/\/127\.0\.0\.1:\d+$/m);
  });
});
