// A real Keystone for the tests: the one CI started (ENVBOOT_KEYSTONE_ENV names a file of its `export` lines), or
// one this suite starts itself through test/keystone/start-keystone.sh (installed from Debian's archive if
// missing; about a minute cold, seconds when installed) and stops afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPTS = fileURLToPath(new URL('../../../../test/keystone/', import.meta.url));

export interface RealKeystone {
  env: Record<string, string>;
  /** Stops the Keystone this suite started (nothing when CI started it). */
  stop(): Promise<void>;
}

/** The variables a file of `export NAME=value` lines sets, as bash reads them (quoting included). */
export function readExports(file: string): Record<string, string> {
  const run = spawnSync('bash', ['-c', 'set -a; . "$1"; env -0', '_', file], {
    env: { PATH: process.env.PATH },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`cannot read ${file}: ${run.stderr}`);
  const out: Record<string, string> = {};
  for (const entry of run.stdout.split('\0')) {
    const eq = entry.indexOf('=');
    if (eq > 0 && /^(OS_|KEYSTONE_)/.test(entry)) out[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function run(
  script: string,
  env: NodeJS.ProcessEnv,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(SCRIPTS, script), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export async function realKeystone(): Promise<RealKeystone> {
  const given = process.env.ENVBOOT_KEYSTONE_ENV;
  if (given) return { env: readExports(given), stop: async () => undefined };
  // A private state directory and port per run: suites run in parallel (and by several people at once), and
  // one run's teardown must never stop the Keystone another run is using.
  const dir = await mkdtemp(join(tmpdir(), 'envboot-openstack-keystone-'));
  const port = String(await freePort());
  const settings = {
    KEYSTONE_DIR: dir,
    KEYSTONE_PORT: port,
    KEYSTONE_TOKEN_EXPIRATION: '20',
    KEYSTONE_REGION: 'CHI@UC',
    KEYSTONE_SERVICES_BASE: 'http://127.0.0.1:9',
  };
  const started = await run('start-keystone.sh', settings);
  if (started.code !== 0)
    throw new Error(`start-keystone.sh failed (exit ${started.code}):\n${started.stderr}`);
  return {
    env: readExports(join(dir, 'env')),
    stop: async () => {
      await run('stop-keystone.sh', { KEYSTONE_DIR: dir }, ['--purge']);
    },
  };
}
