// A stdout or stderr whose reader has gone (`| head -c 50`, `| true`, a jq that failed), through the shipped bin:
// the command ends quietly with status 141, as a Unix tool killed by SIGPIPE does, never with a stack trace.
//
// The race is made certain rather than likely: the command's stdout (or stderr) is a FIFO whose only reader was
// closed before the command started, so its first write fails with EPIPE every time.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { ENVBOOT_BIN, REPO_ROOT, childEnv, hasStackTrace } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
  box = sandbox('closed-output');
});
afterAll(() => sim.close());

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** What the command wrote to its other stream. */
  other: string;
}

/** A write end of a pipe whose reader is already gone. */
function readerlessPipe(name: string): number {
  const fifo = join(box.root, `${name}.fifo`);
  execFileSync('mkfifo', [fifo]);
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
  const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
  closeSync(reader);
  return writer;
}

let fifos = 0;

/** `envboot <args>` with `closed` (stdout or stderr) a pipe nobody reads; the other stream is collected. */
function withClosed(
  closed: 'stdout' | 'stderr',
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<Ended> {
  const writer = readerlessPipe(`${closed}-${(fifos += 1)}`);
  const child = spawn(process.execPath, [ENVBOOT_BIN, ...args], {
    cwd: REPO_ROOT,
    env: childEnv({ ...box.env, ENVBOOT_SIM_URL: sim.url, ...env }),
    stdio: closed === 'stdout' ? ['ignore', writer, 'pipe'] : ['ignore', 'pipe', writer],
  });
  closeSync(writer);
  let other = '';
  const stream = closed === 'stdout' ? child.stderr! : child.stdout!;
  stream.setEncoding('utf8').on('data', (d: string) => (other += d));
  // A simulator that did not notice would run until killed: a failed test must not leave it behind.
  const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, other });
    });
  });
}

function endedQuietly(ended: Ended): void {
  expect(ended.signal).toBeNull();
  expect(ended.code).toBe(141);
  expect(hasStackTrace(ended.other)).toBe(false);
  expect(ended.other).not.toMatch(/EPIPE|Unhandled 'error'/);
}

describe('a stdout without a reader', () => {
  it.each([
    ['validate', ['validate', 'examples/envelopes/plan.json']],
    ['capacity --view calendar', ['capacity', '--site', 'sim', '--view', 'calendar', '--within', '7d']],
    ['analyze', ['analyze', '--repo', 'examples/repos/gpu-train', '--no-plan']],
    ['a usage error', ['capacity', '--node-typ', 'x']],
    ['--help', ['--help']],
  ])('ends %s with 141 and no trace', async (_name, args) => {
    endedQuietly(await withClosed('stdout', args));
  });

  it('stops the simulator, which would otherwise run until Ctrl-C', async () => {
    endedQuietly(await withClosed('stdout', ['sim', '--port', '0', '--seed', 'small']));
  });
});

describe('a stderr without a reader', () => {
  it('ends a command at its error line', async () => {
    const ended = await withClosed('stderr', ['capacity', '--node-typ', 'x']);
    endedQuietly(ended);
    // The envelope went out first.
    expect(JSON.parse(ended.other)).toMatchObject({ ok: false, error: { code: 'USAGE' } });
  });

  it('ends a command at its first log line', async () => {
    endedQuietly(
      await withClosed('stderr', ['capacity', '--site', 'sim', '--node-type', 'compute_skylake'], {
        ENVBOOT_LOG_LEVEL: 'debug',
      }),
    );
  });

  it('stops the simulator at its first log line', async () => {
    endedQuietly(await withClosed('stderr', ['sim', '--port', '0', '--seed', 'small']));
  });
});

describe('a shell pipe whose reader ends early', () => {
  it('never ends in a trace, however the race goes', async () => {
    const envboot = `'${process.execPath}' '${ENVBOOT_BIN}'`;
    const script = [
      `${envboot} capacity --site sim --view calendar --within 7d | head -c 50 >/dev/null; echo "head $\{PIPESTATUS[0]}" >&2`,
      `${envboot} validate examples/envelopes/plan.json | true; echo "true $\{PIPESTATUS[0]}" >&2`,
    ].join('\n');
    for (let round = 0; round < 3; round += 1) {
      const ended = await new Promise<{ stderr: string }>((resolve, reject) => {
        const child = spawn('bash', ['-c', script], {
          cwd: REPO_ROOT,
          env: childEnv({ ...box.env, ENVBOOT_SIM_URL: sim.url }),
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', () => resolve({ stderr }));
      });
      expect(hasStackTrace(ended.stderr)).toBe(false);
      const statuses = ended.stderr.split('\n').filter((l) => /^(head|true) /.test(l));
      expect(statuses).toHaveLength(2);
      // 0 when the whole envelope was in the pipe before the reader left, 141 when it was not.
      for (const line of statuses) expect(line).toMatch(/^(head|true) (0|141)$/);
    }
  });
});
