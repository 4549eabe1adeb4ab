// The rendered script, run by bash as the node would run it: against a local Git repository and a folder of wheels
// (no network), in a temporary home.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSetup, readProgress, renderScript, renderUserData, shellQuote } from '../src/index.js';
import { commitFiles } from '@envboot/testkit';
import { makeFixture, requirements, type Fixture } from './fixtures.js';

let fx: Fixture;
let root: string;
let repoDir: string;
let wheels: string;
let commit: string;

beforeAll(async () => {
  fx = await makeFixture();
  ({ root, repoDir, wheels, commit } = fx);
});

afterAll(() => fx.cleanup());

/** Runs a script as the node would, in its own home; returns its exit status, its stderr and its progress. */
function run(script: string, home: string) {
  const file = join(root, `setup-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  const r = spawnSync('bash', [file], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8' },
  });
  const status = join(home, '.envboot/setup/proj/status.jsonl');
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    progress: readProgress(existsSync(status) ? readFileSync(status, 'utf8') : ''),
  };
}

describe('the set-up script', () => {
  it('checks the repository out, builds the environment from its requirements, runs the check, then skips it all', () => {
    const home = mkdtempSync(join(root, 'home-'));
    const plan = planSetup({
      repo: { url: repoDir, commit },
      requirements: requirements(),
      check: 'python -c "import envboot_probe; print(envboot_probe.VALUE)"',
      pip: { findLinks: wheels, noIndex: true },
    });
    const first = run(renderScript(plan), home);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('envboot: ready: cd ~/proj && source ~/.venvs/proj/bin/activate');
    expect(first.progress.ready).toBe(true);
    expect(first.progress.steps.map((s) => [s.step, s.state])).toEqual([
      ['checkout', 'done'],
      ['python', 'done'],
      ['pip', 'done'],
      ['check-user', 'done'],
    ]);
    expect(readFileSync(join(home, '.envboot/setup/proj/logs/check-user.log'), 'utf8')).toContain('probe ok');

    const again = run(renderScript(plan), home);
    expect(again.code).toBe(0);
    expect(again.progress.steps.map((s) => s.state)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
  });

  it('stops at a step that fails, with its exit status and the end of its log, and resumes there', async () => {
    const home = mkdtempSync(join(root, 'home-'));
    const head = await commitFiles(repoDir, { 'extra.txt': 'no-such-package-anywhere==9.9\n' });
    const plan = planSetup({
      repo: { url: repoDir, commit: head },
      requirements: requirements({
        environment_files: [
          { path: 'extra.txt', runtime: 'python' },
          { path: 'requirements.txt', runtime: 'python' },
        ],
      }),
      pip: { findLinks: wheels, noIndex: true },
    });
    // extra.txt is not a requirements file name the plan installs: install it through the user check instead.
    const failing = planSetup({
      repo: { url: repoDir, commit: head },
      requirements: requirements(),
      check: 'pip install -r extra.txt',
      pip: { findLinks: wheels, noIndex: true },
    });
    expect(plan.steps.map((s) => s.id)).toEqual(['checkout', 'python', 'pip']);
    const r = run(renderScript(failing), home);
    expect(r.code).not.toBe(0);
    expect(r.progress.ready).toBe(false);
    expect(r.progress.failed).toMatchObject({ step: 'check-user', state: 'failed', exit: r.code });
    expect(r.stderr).toMatch(/step check-user failed \(exit \d+\)/);
    expect(r.stderr).toContain('no-such-package-anywhere');
    const resumed = run(renderScript(plan), home);
    expect(resumed.progress.steps.filter((s) => s.state === 'skipped').map((s) => s.step)).toEqual([
      'checkout',
      'python',
      'pip',
    ]);
  });

  it('never lets repository text reach the shell unquoted', () => {
    const home = mkdtempSync(join(root, 'home-'));
    const marker = join(root, 'PWNED');
    const hostile = `$(touch ${marker})'; touch ${marker}; echo '`;
    const plan = planSetup({
      repo: { url: repoDir, commit },
      requirements: requirements({
        environment_files: [{ path: `sub/${hostile}/requirements.txt`, runtime: 'python' }],
        install_extras: [hostile],
      }),
      pip: { findLinks: wheels, noIndex: true },
    });
    run(renderScript(plan), home);
    expect(existsSync(marker)).toBe(false);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it('as user data, writes the script into the home and runs it there', () => {
    const home = mkdtempSync(join(root, 'home-'));
    const plan = planSetup({
      repo: { url: repoDir, commit },
      requirements: requirements(),
      pip: { findLinks: wheels, noIndex: true },
    });
    const r = run(renderUserData(plan), home);
    expect(r.code).toBe(0);
    expect(existsSync(join(home, '.envboot/setup/proj/setup.sh'))).toBe(true);
    expect(r.progress.ready).toBe(true);
  });
});
