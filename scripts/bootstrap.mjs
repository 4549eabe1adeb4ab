// Makes a fresh clone usable: installs dependencies when node_modules is missing or older than the lockfile,
// and with --build also builds every package (turbo skips what is already built).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`bootstrap: ${cmd} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const installed = `${root}/node_modules/.package-lock.json`;
const lock = `${root}/package-lock.json`;
if (!existsSync(installed) || statSync(lock).mtimeMs > statSync(installed).mtimeMs + 1000) {
  console.error('bootstrap: installing dependencies (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
if (process.argv.includes('--build'))
  run('npx', ['--no', '--', 'turbo', 'run', 'build', '--output-logs=errors-only']);
