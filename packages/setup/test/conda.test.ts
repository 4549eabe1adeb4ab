// A conda environment built on the node from environment.yml, end to end. It needs conda or mamba, and a channel
// it can reach: Debian's archive has neither (only conda-package-handling), so CI cannot install one and the test
// is skipped there; it runs where conda is on the PATH and ENVBOOT_TEST_CONDA=1 says its channels are reachable.
// The conda plan and script are covered without conda by plan.test.ts and script.test.ts.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { createBareRepo } from '@envboot/testkit';
import { join } from 'node:path';
import { followSetup, planSetup } from '../src/index.js';
import { localShell, makeFixture, requirements, type Fixture } from './fixtures.js';

const conda = ['mamba', 'conda'].find((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);
const enabled = Boolean(conda) && process.env.ENVBOOT_TEST_CONDA === '1';

let fx: Fixture;
beforeAll(async () => {
  fx = await makeFixture();
});
afterAll(() => fx.cleanup());

describe('a conda environment', () => {
  (enabled ? it : it.skip)('is created from environment.yml and its Python runs the repository', async () => {
    const repo = await createBareRepo(join(fx.root, 'conda-git'), {
      name: 'conda-proj',
      files: { 'environment.yml': 'name: conda-proj\ndependencies:\n  - python=3.11\n' },
    });
    const plan = planSetup({
      repo: { url: repo.path, commit: repo.commit },
      requirements: requirements({ environment_files: [{ path: 'environment.yml', runtime: 'python' }] }),
      check: 'python -c "import sys; print(sys.version)"',
    });
    const result = await followSetup({
      plan,
      shell: localShell(fx.home()),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      now: Date.now,
      timeoutMs: 900_000,
      intervalMs: 500,
    });
    expect(result.status).toBe('ready');
    expect(result.steps.map((s) => s.id)).toEqual(['checkout', 'conda', 'conda-env', 'check-user']);
  });
});
