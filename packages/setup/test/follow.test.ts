// Following a set-up through a shell on the node (bash in its own home, as SSH's exec would run it).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  followSetup,
  NodeShellError,
  planSetup,
  renderUserData,
  type NodeShell,
  type StepResult,
} from '../src/index.js';
import { localShell, makeFixture, requirements, type Fixture } from './fixtures.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(() => fx.cleanup());

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
// Generous: how fast the steps run is never what these tests check.
const follow = { sleep, now: Date.now, timeoutMs: 300_000, intervalMs: 100 };

describe('following a set-up', () => {
  it('starts the script itself when user data did not, and reports each step as it changes', async () => {
    const home = fx.home();
    const shell = localShell(home);
    const plan = planSetup({
      repo: { url: fx.repoDir, commit: fx.commit },
      requirements: requirements(),
      check: 'python -c "import envboot_probe"',
      pip: { findLinks: fx.wheels, noIndex: true },
    });
    const seen: Array<[string, string]> = [];
    const result = await followSetup({
      ...follow,
      plan,
      shell,
      onStep: (s: StepResult) => seen.push([s.id, s.state]),
    });
    expect(result).toMatchObject({ status: 'ready', took_over: true, activate: plan.activate });
    expect(result.steps.map((s) => [s.id, s.state])).toEqual([
      ['checkout', 'done'],
      ['python', 'done'],
      ['pip', 'done'],
      ['check-user', 'done'],
    ]);
    // Every step was reported done, in order (a fast step may finish between two reads and skip "running").
    expect(seen.filter(([, state]) => state === 'done').map(([id]) => id)).toEqual([
      'checkout',
      'python',
      'pip',
      'check-user',
    ]);
    expect(result.steps.every((s) => s.seconds !== null && s.seconds >= 0)).toBe(true);
  });

  it('follows what user data started, without starting it again', async () => {
    const home = fx.home();
    const plan = planSetup({
      repo: { url: fx.repoDir, commit: fx.commit },
      requirements: requirements(),
      pip: { findLinks: fx.wheels, noIndex: true },
    });
    const userData = join(fx.root, 'user-data.sh');
    writeFileSync(userData, renderUserData(plan));
    const boot = spawnSync('bash', [userData], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home },
    });
    expect(boot.status).toBe(0);
    const shell = localShell(home);
    const result = await followSetup({ ...follow, plan, shell, graceMs: 60_000 });
    expect(result).toMatchObject({ status: 'ready', took_over: false });
    expect(shell.commands.some((c) => c.includes('nohup'))).toBe(false);
  });

  it('returns a failed step with its exit status and the end of its log', async () => {
    const home = fx.home();
    const plan = planSetup({
      repo: { url: fx.repoDir, commit: fx.commit },
      requirements: requirements(),
      check: 'echo "the check looked and found nothing" >&2; exit 3',
      pip: { findLinks: fx.wheels, noIndex: true },
    });
    const result = await followSetup({ ...follow, plan, shell: localShell(home) });
    expect(result.status).toBe('failed');
    const failed = result.steps.find((s) => s.state === 'failed')!;
    expect(failed).toMatchObject({ id: 'check-user', exit: 3 });
    expect(failed.log_tail).toContain('the check looked and found nothing');
  });

  it('says the node went away when a read ends with no answer (sshd closing a session as the machine goes down)', async () => {
    const plan = planSetup({
      repo: { url: fx.repoDir, commit: fx.commit },
      requirements: requirements(),
      pip: { findLinks: fx.wheels, noIndex: true },
    });
    const gone: NodeShell = { exec: () => Promise.resolve({ code: 255, stdout: '', stderr: '' }) };
    const failure = await followSetup({ ...follow, plan, shell: gone }).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(NodeShellError);
    expect(failure).toMatchObject({
      reason: 'lost',
      message: expect.stringMatching(
        /^the node stopped answering: the status read ended with exit 255 and no output/,
      ),
    });
  });
});
