// `npm test`: install if needed, run every package's jest suite through turbo, then print one closing line
// `tests: N passed, N failed` computed from the JSON results (see test-summary.mjs).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultFiles } from './test-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

const boot = spawnSync(process.execPath, ['scripts/bootstrap.mjs'], { cwd: root, stdio: 'inherit', env });
if (boot.status !== 0) process.exit(boot.status ?? 1);

// Results of an earlier run must not be counted again.
for (const file of resultFiles(root).jest) rmSync(file, { force: true });

const extra = process.argv.slice(2);
const tests = spawnSync('npx', ['--no', '--', 'turbo', 'run', 'test', '--continue', ...extra], {
  cwd: root,
  stdio: 'inherit',
  env,
});
const summary = spawnSync(process.execPath, ['scripts/test-summary.mjs'], {
  cwd: root,
  stdio: 'inherit',
  env,
});
process.exit(tests.status !== 0 || summary.status !== 0 ? 1 : 0);
