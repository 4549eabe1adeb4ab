// How log lines look when stderr is not a terminal, through the shipped bin: JSON lines by default (for programs
// that collect them), readable lines with --log-format pretty or ENVBOOT_LOG_FORMAT=pretty (for a person reading a
// file), the flag winning over the variable.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { ENVBOOT_BIN, REPO_ROOT, envelopeOf, hasStackTrace, type CliRun } from '@envboot/testkit';
import { atTerminal, sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
  box = sandbox('log-format');
});
afterAll(() => sim.close());

const CAPACITY = ['capacity', '--site', 'sim', '--node-type', 'compute_skylake', '--log-level', 'debug'];

/** The bin with stderr a pipe, as `2> file` gives; no log format set unless `env` sets one. */
function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [ENVBOOT_BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_OPTIONS: undefined, ...box.env, ENVBOOT_SIM_URL: sim.url, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const lines = (text: string) => text.split('\n').filter(Boolean);
const READABLE = /^\[\d\d:\d\d:\d\d\.\d{3}\] DEBUG \(capacity\): cloud request$/;

function expectReadable(r: CliRun): void {
  expect(r.code).toBe(0);
  expect(envelopeOf(r).ok).toBe(true);
  expect(lines(r.stderr)).toContainEqual(expect.stringMatching(READABLE));
  expect(lines(r.stderr)).toContainEqual(expect.stringMatching(/^ {4}op: "blazar\.hosts\.list"$/));
  expect(lines(r.stderr).filter((l) => l.startsWith('{'))).toEqual([]);
  // Plain text in a file: no colours.
  expect(r.stderr).not.toContain('\u001b[');
}

function expectJson(r: CliRun): void {
  expect(r.code).toBe(0);
  const logged = lines(r.stderr).map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(logged).toContainEqual(expect.objectContaining({ msg: 'cloud request', op: 'blazar.hosts.list' }));
}

describe('log lines when stderr is not a terminal', () => {
  it('are JSON lines by default', async () => {
    expectJson(await run(CAPACITY));
  });

  it('are readable, without colours, with --log-format pretty', async () => {
    expectReadable(await run([...CAPACITY, '--log-format', 'pretty']));
  });

  it('are readable with ENVBOOT_LOG_FORMAT=pretty, and --log-format json wins over it', async () => {
    expectReadable(await run(CAPACITY, { ENVBOOT_LOG_FORMAT: 'pretty' }));
    expectJson(await run([...CAPACITY, '--log-format', 'json'], { ENVBOOT_LOG_FORMAT: 'pretty' }));
  });

  it('of the simulator follow --log-format too', async () => {
    const child = spawn(
      process.execPath,
      [ENVBOOT_BIN, 'sim', '--port', '0', '--seed', 'small', '--log-format', 'pretty'],
      { cwd: REPO_ROOT, env: { ...process.env, NODE_OPTIONS: undefined, ...box.env }, stdio: 'pipe' },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (d: string) => {
        stderr += d;
        if (stderr.includes('\n')) resolve();
      });
    });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('close', resolve));
    expect(lines(stderr)[0]).toMatch(
      /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO \(envboot-sim\): simulated site listening on /,
    );
  });
});

describe('a log format that is neither', () => {
  it('is a usage error as a flag', async () => {
    const r = await run([...CAPACITY, '--log-format', 'yaml']);
    expect(r.code).toBe(2);
    expect(envelopeOf(r).error).toMatchObject({ code: 'USAGE', field: 'log-format' });
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('is a warning in ENVBOOT_LOG_FORMAT, and the command runs with the default', async () => {
    const r = await run(CAPACITY, { ENVBOOT_LOG_FORMAT: 'yaml' });
    expectJson(r);
    expect(JSON.parse(lines(r.stderr)[0]!)).toMatchObject({
      level: 40,
      msg: 'ENVBOOT_LOG_FORMAT=yaml is neither pretty nor json; logging json',
    });
  });
});

describe('at a terminal', () => {
  it('--log-format json gives JSON lines, as ENVBOOT_LOG_FORMAT=json does', async () => {
    const { code, screen } = await atTerminal([...CAPACITY, '--log-format', 'json'], {
      ...box.env,
      ENVBOOT_SIM_URL: sim.url,
    });
    expect(code).toBe(0);
    const logged = lines(screen.replace(/\r/g, '')).filter((l) => l.startsWith('{"level"'));
    expect(logged.map((l) => JSON.parse(l) as Record<string, unknown>)).toContainEqual(
      expect.objectContaining({ msg: 'cloud request' }),
    );
    expect(screen).not.toMatch(READABLE);
  });
});
