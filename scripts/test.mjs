// `npm test`: install if needed, run every package's jest suite through turbo, then print one closing line
// `tests: N passed, N failed` computed from the JSON results (see test-summary.mjs).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resultFiles, writeScope } from './test-summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

const boot = spawnSync(process.execPath, ['scripts/bootstrap.mjs'], { cwd: root, stdio: 'inherit', env });
if (boot.status !== 0) process.exit(boot.status ?? 1);

const extra = process.argv.slice(2);
// With --filter only some packages run: the closing line counts those, not the others as missing.
const plan = spawnSync('npx', ['--no', '--', 'turbo', 'run', 'test', ...extra, '--dry=json'], {
  cwd: root,
  env,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (plan.status !== 0) {
  process.stderr.write(plan.stderr);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}
const inScope = JSON.parse(plan.stdout)
  .tasks.filter((t) => t.task === 'test')
  .map((t) => t.directory);
writeScope(root, inScope);
// Results of an earlier run must not be counted again.
for (const file of resultFiles(root).jest) rmSync(file, { force: true });

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
