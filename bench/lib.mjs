// Small helpers shared by the benchmarks: timing child processes, statistics, and writing results into docs.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ENVBOOT = `${ROOT}apps/envboot/bin/envboot.js`;

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
