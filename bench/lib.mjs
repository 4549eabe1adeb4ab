// Small helpers shared by the benchmarks: timing child processes, statistics, and writing results into docs.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The CLI under test: the built bin, or BENCH_ENVBOOT (another build, to compare two). */
export const ENVBOOT = process.env.BENCH_ENVBOOT ?? `${ROOT}apps/envboot/bin/envboot.js`;

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Wall time of one run of a command, in ms. */
export function timeOnce(cmd, args, env = process.env) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/**
 * Times several commands round-robin (so machine noise hits all of them alike) and returns each one's samples.
 * variants: [{ name, cmd, args }]
 */
export function timeRoundRobin(variants, { runs = 30, warmup = 3, env } = {}) {
  const samples = new Map(variants.map((v) => [v.name, []]));
  for (let i = 0; i < warmup + runs; i++) {
    for (const v of variants) {
      const ms = timeOnce(v.cmd, v.args, env);
      if (i >= warmup) samples.get(v.name).push(ms);
    }
  }
  return samples;
}

export function machine() {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`;
}

/** Replace the text between <!-- bench:NAME --> and <!-- /bench:NAME --> in docs/benchmarks.md. */
export function writeSection(name, markdown) {
  const file = `${ROOT}docs/benchmarks.md`;
  const doc = readFileSync(file, 'utf8');
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`docs/benchmarks.md has no ${start} … ${end} section`);
  writeFileSync(file, `${doc.slice(0, i + start.length)}\n${markdown.trim()}\n${doc.slice(j)}`);
}

/** Runs a command without blocking this process's event loop (a simulator may live in it); resolves when it exits. */
export function runAsync(cmd, args, { env = process.env, cwd, stdin = 'ignore' } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { env, cwd, stdio: [stdin, 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout, stderr, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
    );
  });
}

/**
 * Debian's real OpenStack client (python3-openstackclient + python3-blazarclient), installed with apt-get when it is
 * missing and this process may install packages. Returns { ok: true, version } or { ok: false, reason }, so a
 * benchmark can say why the comparison is missing instead of failing silently.
 */
export function ensureOpenstack() {
  const version = () => {
    const r = spawnSync('openstack', ['--version'], { encoding: 'utf8' });
    return r.status === 0 ? `${r.stdout}${r.stderr}`.trim() : null;
  };
  const hasBlazar = () =>
    spawnSync('openstack', ['reservation', 'lease', 'list', '--help'], { stdio: 'ignore' }).status === 0;
  let v = version();
  if (v && hasBlazar()) return { ok: true, version: v };
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status !== 0) {
    return {
      ok: false,
      reason:
        'the openstack CLI is not installed, and installing it needs root (apt-get install python3-openstackclient python3-blazarclient)',
    };
  }
  console.error('bench: installing python3-openstackclient python3-blazarclient with apt-get (about 30 s)');
  const apt = (args) => {
    const [cmd, ...rest] = root ? ['apt-get', ...args] : ['sudo', '-n', 'apt-get', ...args];
    return spawnSync(cmd, rest, {
      encoding: 'utf8',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  const update = apt(['update', '-q']);
  const install =
    update.status === 0
      ? apt(['install', '-y', '-q', 'python3-openstackclient', 'python3-blazarclient'])
      : update;
  v = version();
  if (v && hasBlazar()) return { ok: true, version: v };
  const why = (install.stderr || install.stdout || '').trim().split('\n').slice(-1)[0];
  return { ok: false, reason: `apt-get install python3-openstackclient python3-blazarclient failed: ${why}` };
}

/** "1.23 s" or "456 ms". */
export function formatMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** Request counts per route between two snapshots of the simulator's stats ("total" included). */
export function statsDelta(before, after) {
  const out = {};
  for (const [key, n] of Object.entries(after)) {
    const d = n - (before[key] ?? 0);
    if (d !== 0) out[key] = d;
  }
  return out;
}

/**
 * A private copy of the built CLI (bin and dist), so that a rebuild of apps/envboot while a long benchmark runs
 * cannot swap chunks under it. It lives under node_modules/.cache, inside the repository, so that the few packages
 * the bundle still requires at run time resolve as they do for the real one. Copied again until every relative
 * import of the copy resolves (a copy taken in the middle of a build would not). Returns the copy's envboot.js and
 * a function that removes the copy.
 */
export function snapshotEnvboot() {
  const app = `${ROOT}apps/envboot/`;
  const dir = mkdtempSync(`${mkdirp(`${ROOT}node_modules/.cache/envboot-bench/`)}run-`);
  const remove = () => rmSync(dir, { recursive: true, force: true });
  for (let attempt = 1; ; attempt++) {
    rmSync(`${dir}/dist`, { recursive: true, force: true });
    cpSync(`${app}bin`, `${dir}/bin`, { recursive: true });
    cpSync(`${app}dist`, `${dir}/dist`, { recursive: true });
    cpSync(`${app}package.json`, `${dir}/package.json`);
    const missing = missingImports(`${dir}/dist`);
    if (missing.length === 0) return { envboot: `${dir}/bin/envboot.js`, remove };
    if (attempt === 30) {
      remove();
      throw new Error(`apps/envboot/dist is incomplete (${missing[0]} is missing); build it first`);
    }
    spawnSync('sleep', ['2']);
  }
}

function mkdirp(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Relative imports in the bundle's files that point at no file. */
function missingImports(dist) {
  const missing = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = `${d}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const text = readFileSync(path, 'utf8');
        for (const m of text.matchAll(/(?:from\s*|import\s*\(\s*)["'](\.\.?\/[^"']+)["']/g)) {
          const target = `${dirname(path)}/${m[1]}`;
          if (!existsSync(target)) missing.push(target);
        }
      }
    }
  };
  walk(dist);
  return missing;
}
