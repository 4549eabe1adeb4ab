// Benchmark: GET /reservation/v1/leases/{id} against `envboot sim` with the full CHI@UC seed (132 hosts, 117 calendar
// leases). The simulator runs as the built CLI in its own process; the load comes from this process over keep-alive
// connections. Closed-loop runs (each connection sends its next request as soon as the previous answer is read)
// with 4 and with 16 connections, and an open-loop run at 2,000 requests/s (requests leave on a fixed schedule and
// each latency counts from its scheduled time, so a late answer hides nothing, but a stall of the load generator
// counts too). Target: ≥ 2,000 requests/s with p99 < 10 ms, judged on the 4-connection run, which measures both in
// one go. When `wrk` is installed its closed-loop figures (4 connections) are reported too.
import { spawn, spawnSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { ENVBOOT, machine, percentile, writeSection } from './lib.mjs';

const TARGET_RPS = 2000;
const CONNECTIONS = 16;
const FEW = 4;
const TARGET_P99_MS = 10;

function startSim() {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ENVBOOT, 'sim', '--port', '0', '--seed', 'uc', '--log-level', 'warn'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      const url = /^export ENVBOOT_SIM_URL=(\S+)$/m.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`envboot sim exited (${code}) before it listened`)));
  });
}

async function json(url, method, body, headers = {}) {
  const res = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { res, body: await res.json() };
}

/** Keep-alive load for `ms`: `concurrency` loops, one request in flight each. Returns latencies (ms) and errors. */
function load(target, headers, { concurrency, ms }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const { hostname, port, pathname } = new URL(target);
  const latencies = [];
  let errors = 0;
  const once = () =>
    new Promise((resolve) => {
      const t0 = process.hrtime.bigint();
      const req = request({ hostname, port, path: pathname, agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          else errors += 1;
          resolve();
        });
      });
      req.on('error', () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) await once();
  };
  const started = performance.now();
  return Promise.all(Array.from({ length: concurrency }, loop)).then(() => {
    agent.destroy();
    return { latencies, errors, seconds: (performance.now() - started) / 1000 };
  });
}

/** Open-loop load: `rate` requests/s for `ms`, latency measured from each request's scheduled start. */
function paced(target, headers, { rate, ms, connections }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port, pathname } = new URL(target);
  const total = Math.round((rate * ms) / 1000);
  const interval = 1000 / rate;
  const latencies = [];
  let errors = 0;
  let done = 0;
  return new Promise((resolve) => {
    const t0 = performance.now();
    let sent = 0;
    const finish = () => {
      if (++done < total) return;
      agent.destroy();
      resolve({ latencies, errors, seconds: (performance.now() - t0) / 1000 });
    };
    const fire = (scheduled) => {
      const req = request({ hostname, port, path: pathname, agent, headers }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode === 200) latencies.push(performance.now() - scheduled);
          else errors += 1;
          finish();
        });
      });
      req.on('error', () => {
        errors += 1;
        finish();
      });
      req.end();
    };
    const timer = setInterval(() => {
      const due = Math.min(total, Math.floor((performance.now() - t0) / interval) + 1);
      while (sent < due) fire(t0 + sent++ * interval);
      if (sent >= total) clearInterval(timer);
    }, 1);
  });
}

const summary = (latencies, errors, seconds) => ({
  requests: latencies.length,
  rps: latencies.length / seconds,
  p50: percentile(latencies, 50),
  p90: percentile(latencies, 90),
  p99: percentile(latencies, 99),
  max: Math.max(...latencies),
  errors,
});

function wrk(target, token, seconds, concurrency) {
  const which = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' });
  if (which.status !== 0) return null;
  const run = spawnSync(
    'wrk',
    ['-t1', `-c${concurrency}`, `-d${seconds}s`, '--latency', '-H', `X-Auth-Token: ${token}`, target],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) return null;
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1]);
  const toMs = (v, unit) => Number(v) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);
  const p = (q) => {
    const m = new RegExp(`\\s${q}%\\s+([\\d.]+)(us|ms|s)`).exec(run.stdout);
    return m ? toMs(m[1], m[2]) : NaN;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(run.stdout)?.[1] ?? 0);
  return { rps, p50: p(50), p99: p(99), errors: non2xx };
}

export async function measureSim({
  seconds = Number(process.env.BENCH_SECONDS) || 10,
  concurrency = CONNECTIONS,
} = {}) {
  const { child, url } = await startSim();
  try {
    const login = await json(`${url}/v3/auth/tokens`, 'POST', {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'demo-password' } },
        },
        scope: { project: { name: 'CHI-000000', domain: { name: 'Default' } } },
      },
    });
    const token = login.res.headers.get('x-subject-token');
    const end = new Date(Date.now() + 86_400_000).toISOString().slice(0, 16).replace('T', ' ');
    const lease = await json(
      `${url}/reservation/v1/leases`,
      'POST',
      {
        name: 'bench',
        start_date: 'now',
        end_date: end,
        reservations: [
          {
            resource_type: 'physical:host',
            min: 1,
            max: 1,
            resource_properties: '["==","$node_type","compute_skylake"]',
            hypervisor_properties: '',
          },
        ],
        events: [],
      },
      { 'X-Auth-Token': token },
    );
    if (lease.res.status !== 201) throw new Error(`lease create answered ${lease.res.status}`);
    const target = `${url}/reservation/v1/leases/${lease.body.lease.id}`;
    const headers = { 'X-Auth-Token': token };
    await load(target, headers, { concurrency, ms: 2000 });
    const few = await load(target, headers, { concurrency: FEW, ms: seconds * 1000 });
    const many = await load(target, headers, { concurrency, ms: seconds * 1000 });
    const open = await paced(target, headers, {
      rate: TARGET_RPS,
      ms: seconds * 1000,
      connections: concurrency,
    });
    return {
      few: summary(few.latencies, few.errors, few.seconds),
      many: summary(many.latencies, many.errors, many.seconds),
      atTarget: summary(open.latencies, open.errors, open.seconds),
      wrk: wrk(target, token, seconds, FEW),
      seconds,
      concurrency,
      machine: machine(),
    };
  } finally {
    child.kill('SIGTERM');
  }
}

/** Synchronous entry for bench/run.mjs: measures in a child process. */
export function runSim() {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench/sim.mjs failed (exit ${run.status})`);
  return JSON.parse(run.stdout);
}

export function simMarkdown({ few, many, atTarget, wrk: w, seconds, concurrency, machine: where }) {
  const ms = (v) => `${v.toFixed(2)} ms`;
  const rps = (v) => Math.round(v).toLocaleString('en-US');
  const row = (name, r) =>
    `| ${name} | ${rps(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.max === undefined ? '' : ms(r.max)} | ${r.errors} |`;
  const met = few.rps >= TARGET_RPS && few.p99 < TARGET_P99_MS && few.errors === 0;
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${where}; \`envboot sim --seed uc\` (132 hosts, its calendar, one user lease), ` +
      `GET /reservation/v1/leases/{id} with a token, ${seconds} s per run after a 2 s warm-up.`,
    '',
    '| run | requests/s | p50 | p99 | max | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row(`closed loop, ${FEW} connections (Node client)`, few),
    row(`closed loop, ${concurrency} connections (Node client)`, many),
    row(`open loop at ${rps(TARGET_RPS)}/s, ${concurrency} connections (Node client)`, atTarget),
    ...(w ? [row(`closed loop, ${FEW} connections (wrk, 1 thread)`, { ...w, max: undefined })] : []),
    '',
    `Target (≥ ${rps(TARGET_RPS)} requests/s with p99 < ${TARGET_P99_MS} ms, the ${FEW}-connection run): ${met ? 'met' : '**missed**'}.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureSim();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result));
  } else {
    const md = simMarkdown(result);
    console.log(md);
    if (process.argv.includes('--write')) writeSection('sim', md);
  }
}
