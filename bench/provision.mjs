// Benchmark: one full `envboot provision` against the simulator with 50 ms of latency injected into every request.
// Target (docs/benchmarks.md): the client-side time — the run's wall time minus the time it spent waiting for the
// cloud between polls — is under 1.3 × (the sequential request rounds on its critical path × 50 ms): envboot adds
// less than 30 % on top of the network round trips it cannot avoid.
//
// Rounds are counted from the run's own debug log (one line per request, with its end time and duration): requests
// that overlap in time form one round (they were sent in parallel); a request that starts after every request of
// the current round has ended starts the next one.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim } from '@envboot/sim';
import { createBareRepo, startGitServer } from '@envboot/testkit';
import { ENVBOOT, ROOT, machine, median } from './lib.mjs';

const LATENCY_MS = 50;

function provisionOnce(env, repoUrl) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        ENVBOOT,
        'provision',
        '--repo',
        repoUrl,
        '--allow-local-http',
        '--site',
        'sim',
        '--yes',
        '--log-level',
        'debug',
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0)
        return reject(new Error(`provision exited ${code}: ${out.slice(0, 400)} ${err.slice(-400)}`));
      resolve({ envelope: JSON.parse(out), log: err });
    });
  });
}

/** Sequential rounds: requests overlapping in time were sent together. */
export function rounds(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  let count = 0;
  let roundEnd = -Infinity;
  for (const r of sorted) {
    if (r.start >= roundEnd) {
      count += 1;
      roundEnd = r.end;
    } else {
      roundEnd = Math.max(roundEnd, r.end);
    }
  }
  return count;
}

function requestsIn(log) {
  return log
    .split('\n')
    .filter((l) => l.includes('"cloud request"'))
    .map((l) => JSON.parse(l))
    .map((r) => ({ start: r.time - r.ms, end: r.time, op: r.op }));
}

export async function runProvision({ runs = Number(process.env.BENCH_RUNS) || 3 } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'bench-provision-'));
  // Fast enough that a bare-metal boot takes a fraction of a second, slow enough that the 3-hour lease outlasts the run.
  const sim = await startSim({ port: 0, seed: 'uc', speed: 2000, faults: { latency: LATENCY_MS } });
  await createBareRepo(join(home, 'git'), { name: 'gpu-train', dir: join(ROOT, 'examples/repos/gpu-train') });
  const git = await startGitServer({ root: join(home, 'git') });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const env = {
        ...process.env,
        ENVBOOT_SIM_URL: sim.url,
        HOME: join(home, `h${i}`),
        XDG_STATE_HOME: join(home, `h${i}`, 'state'),
        XDG_CACHE_HOME: join(home, `h${i}`, 'cache'),
        ENVBOOT_LOG_FORMAT: 'json',
      };
      delete env.NODE_OPTIONS;
      const { envelope, log } = await provisionOnce(env, git.repoUrl('gpu-train'));
      const m = envelope.metrics;
      const reqs = requestsIn(log);
      const r = rounds(reqs);
      const client = m.elapsed_ms - (m.waited_ms ?? 0);
      if (process.env.BENCH_VERBOSE)
        console.error(envelope.data.steps.map((s) => `${s.name} ${s.elapsed_ms}ms/${s.requests}`).join(', '));
      results.push({
        elapsed: m.elapsed_ms,
        waited: m.waited_ms ?? 0,
        client,
        requests: m.requests,
        logged: reqs.length,
        rounds: r,
        budget: 1.3 * r * LATENCY_MS,
      });
    }
  } finally {
    await Promise.all([sim.close(), git.close()]);
    rmSync(home, { recursive: true, force: true });
  }
  return results;
}

export function provisionMarkdown(results) {
  const pick = (k) => median(results.map((r) => r[k]));
  const client = pick('client');
  const rnds = pick('rounds');
  const budget = 1.3 * rnds * LATENCY_MS;
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; ${results.length} full runs of \`envboot provision\` (clone over local HTTP, analysis, plan, key pair, lease, wait, allocate, launch, wait, floating IP) against \`envboot sim\` with the CHI@UC seed, ${LATENCY_MS} ms added to every request, and a fast clock; medians.`,
    '',
    '| run | wall time | waiting for the cloud | client-side time | requests | sequential rounds | 1.3 × rounds × 50 ms | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r, i) =>
        `| ${i + 1} | ${r.elapsed} ms | ${r.waited} ms | ${r.client} ms | ${r.requests} | ${r.rounds} | ${Math.round(r.budget)} ms | ${r.client < r.budget ? 'met' : '**missed**'} |`,
    ),
    `| median | ${pick('elapsed')} ms | ${pick('waited')} ms | ${client} ms | ${pick('requests')} | ${rnds} | ${Math.round(budget)} ms | ${client < budget ? 'met' : '**missed**'} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(provisionMarkdown(await runProvision()));
}
