// Benchmark: capacity's earliest-window search (@envboot/availability earliestWindow, the interval sweep) on the real
// CHI@UC calendar (132 hosts, 144 reservations) and on synthetic calendars with 10× and 100× its hosts and 10× its
// reservations per host (bench/calendars.mjs), then the whole `capacity` run in process against a simulator seeded
// with each calendar. Targets: under 50 ms on CHI@UC, under 500 ms at the largest size, growing no worse than n log n.
//
// Each size is measured in a process of its own (`node bench/capacity.mjs --worker …`), so that one size's garbage
// and heap growth do not weigh on the next: time in a process with Node's default heap settings, memory in one whose
// young generation is large enough that no collection runs during a search, so that the growth of the heap across
// one search is what the search allocated.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { calendarHosts, reservationCount, syntheticSeed, ucSeed } from './calendars.mjs';
import { ENVBOOT, formatMs, machine, median, snapshotEnvboot, writeSection } from './lib.mjs';

/** The most hosts `capacity --nodes` asks for together. */
const MAX_NODES = 1000;

const SELF = fileURLToPath(import.meta.url);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TARGET_UC_MS = 50;
const TARGET_LARGEST_MS = 500;
/** Allowance for noise when comparing growth with n log n: the cost per n·log n may grow by this factor at most. */
const GROWTH_ALLOWANCE = 1.2;
const WARM_UP = 3;
const WARM_UP_MS = 500;

const SIZES = [
  { name: 'CHI@UC', hostFactor: 1, reservationFactor: 1 },
  { name: '10× hosts, 10× reservations per host', hostFactor: 10, reservationFactor: 10 },
  { name: '100× hosts, 10× reservations per host', hostFactor: 100, reservationFactor: 10 },
];

function seedFor(size) {
  const real = ucSeed();
  return size.hostFactor === 1 && size.reservationFactor === 1
    ? real
    : syntheticSeed(real, { ...size, seed: size.hostFactor * 1000 + size.reservationFactor });
}

function lastEnd(hosts) {
  let end = -Infinity;
  for (const h of hosts) for (const b of h.busy) end = Math.max(end, b.end);
  return end;
}

/**
 * The two questions asked of every calendar, over every host (no node-type filter: the largest input capacity gives
 * the search). "typical": one host for 4 h within capacity's default 14 days. "deep": half the hosts for a day, with the
 * horizon at the end of the calendar, so the sweep runs through all of it before it finds a window.
 */
function queries(hosts, from) {
  const end = lastEnd(hosts);
  return {
    typical: { count: 1, durationMs: 4 * HOUR, from, until: from + 14 * DAY },
    deep: { count: Math.ceil(hosts.length / 2), durationMs: DAY, from, until: end + DAY },
  };
}

// --- workers ----------------------------------------------------------------------------------------------------------

/** `runs` searches of each question on one calendar, after warm-up runs; the samples in ms. */
async function timeWorker(size, runs) {
  const { earliestWindow } = await import('@envboot/availability');
  const seed = seedFor(size);
  const hosts = calendarHosts(seed);
  const qs = queries(hosts, Date.parse(seed.reference_time));
  // The first search of a fresh process, before the code is optimized: what a one-off `capacity` run pays.
  const t = performance.now();
  earliestWindow(hosts, qs.deep);
  const out = { hosts: hosts.length, reservations: reservationCount(seed), coldDeep: performance.now() - t };
  for (const [name, q] of Object.entries(qs)) {
    // Warm up until the code is optimized whatever the size: at least WARM_UP searches and WARM_UP_MS of them.
    const warmUntil = performance.now() + WARM_UP_MS;
    for (let i = 0; i < WARM_UP || performance.now() < warmUntil; i++) earliestWindow(hosts, q);
    const samples = [];
    let window;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      window = earliestWindow(hosts, q);
      samples.push(performance.now() - t0);
    }
    out[name] = {
      samples,
      count: q.count,
      found: window ? { start: new Date(window.start).toISOString(), hosts: window.hosts.length } : null,
    };
  }
  return out;
}

async function memoryWorker(size) {
  const { earliestWindow } = await import('@envboot/availability');
  let collections = 0;
  const observer = new PerformanceObserver((list) => (collections += list.getEntries().length));
  observer.observe({ entryTypes: ['gc'] });
  const heap = () => process.memoryUsage().heapUsed;
  const settle = () => new Promise((r) => setTimeout(r, 100));
  const seed = seedFor(size);
  globalThis.gc();
  await settle();
  const withSeed = heap();
  const hosts = calendarHosts(seed);
  globalThis.gc();
  await settle();
  const calendar = heap() - withSeed;
  const qs = queries(hosts, Date.parse(seed.reference_time));
  // Optimize the code first, as in the time measurement: what optimized code allocates is what a search costs.
  for (const q of Object.values(qs)) {
    const warmUntil = performance.now() + WARM_UP_MS;
    for (let i = 0; i < WARM_UP || performance.now() < warmUntil; i++) earliestWindow(hosts, q);
  }
  const out = { calendarBytes: calendar };
  // The median of a few searches, each after a full collection and a pause for the concurrent sweeper.
  for (const [name, q] of Object.entries(qs)) {
    const allocated = [];
    let collected = false;
    for (let i = 0; i < 5; i++) {
      globalThis.gc();
      await settle();
      const before = heap();
      const seen = collections;
      earliestWindow(hosts, q);
      allocated.push(heap() - before);
      await settle();
      collected ||= collections > seen;
    }
    out[name] = { allocatedBytes: median(allocated), collected };
  }
  observer.disconnect();
  out.seedRetained = !!seed; // keep the seed alive until the end, so its collection does not blur the figures
  return out;
}

function startSimChild(envboot, seedFile) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [envboot, 'sim', '--port', '0', '--seed', seedFile, '--log-level', 'warn'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      const url = /^export ENVBOOT_SIM_URL=(\S+)$/m.exec(out)?.[1];
      if (url) resolve({ child, url, authUrl: /^export OS_AUTH_URL=(\S+)$/m.exec(out)?.[1] });
    });
    child.on('exit', (code) => reject(new Error(`envboot sim exited (${code}) before it listened`)));
  });
}

/** The size of the two lists capacity fetches, as the simulator sends them. */
async function listSizes(sim) {
  const login = await fetch(`${sim.authUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: 'demo', domain: { name: 'Default' }, password: 'demo-password' } },
        },
        scope: { project: { name: 'CHI-000000', domain: { name: 'Default' } } },
      },
    }),
  });
  const headers = { 'X-Auth-Token': login.headers.get('x-subject-token') };
  const size = async (path) =>
    (await (await fetch(`${sim.url}${path}`, { headers })).arrayBuffer()).byteLength;
  return {
    hostListBytes: await size('/reservation/v1/os-hosts'),
    allocationsBytes: await size('/reservation/v1/os-hosts/allocations'),
  };
}

/** capacity's run() in this process, against a simulator (its own process) seeded with the calendar. */
async function wholeWorker(size, runs) {
  const [{ run, toInput }, { createCloudContext }, { silentLogger }, { createProgress }] = await Promise.all([
    import('@envboot/capacity'),
    import('@envboot/openstack'),
    import('@envboot/core'),
    import('@envboot/core/cli'),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'envboot-bench-capacity-'));
  const seed = seedFor(size);
  const seedFile = join(dir, 'seed.json');
  writeFileSync(seedFile, JSON.stringify(seed));
  const hostsCount = Object.keys(seed.hosts).length;
  const sim = await startSimChild(process.env.BENCH_ENVBOOT ?? ENVBOOT, seedFile);
  try {
    const env = {
      OS_AUTH_URL: sim.authUrl,
      OS_AUTH_TYPE: 'password',
      OS_USERNAME: 'demo',
      OS_PASSWORD: 'demo-password',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_NAME: 'CHI-000000',
      OS_PROJECT_DOMAIN_NAME: 'Default',
      OS_REGION_NAME: 'CHI@UC',
      ENVBOOT_SIM_URL: sim.url,
    };
    const log = silentLogger();
    const once = async (args) => {
      const metrics = { requests: 0, auth_requests: 0, retries: 0 };
      const base = {
        log,
        signal: new AbortController().signal,
        dryRun: false,
        metrics,
        progress: createProgress(log),
      };
      const ctx = await createCloudContext({ site: 'sim', tokenCache: false }, base, { env, home: dir });
      const t0 = performance.now();
      const data = await run(toInput(args, undefined), ctx);
      const ms = performance.now() - t0;
      (await ctx.cloud()).close();
      return { ms, data, requests: metrics.requests, auth: metrics.auth_requests };
    };
    const out = { hosts: hostsCount, seedBytes: JSON.stringify(seed).length, ...(await listSizes(sim)) };
    // The simulator's calendar is moved to its start, so "now" sits where the reference time sits in the seed.
    // The end of the calendar, at most ten years ahead (capacity refuses a longer --within).
    const span = Math.ceil((lastEnd(calendarHosts(seed)) - Date.parse(seed.reference_time)) / DAY) + 2;
    const deepWithin = `${Math.min(span, 3650)}d`;
    const questions = {
      typical: { nodes: 1, duration: '4h' },
      // Half the hosts, but no more than --nodes takes (1000: more than any site has).
      deep: { nodes: Math.min(MAX_NODES, Math.ceil(hostsCount / 2)), duration: '1d', within: deepWithin },
    };
    for (const [name, args] of Object.entries(questions)) {
      const samples = [];
      let last;
      for (let i = 0; i < runs + 1; i++) {
        last = await once(args);
        if (i >= 1) samples.push(last.ms);
      }
      out[name] = {
        median: median(samples),
        runs,
        requests: last.requests,
        auth: last.auth,
        found: last.data.earliest ? last.data.earliest.available_nodes : null,
      };
    }
    return out;
  } finally {
    sim.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- the parent -------------------------------------------------------------------------------------------------------

function worker(mode, arg, nodeFlags = [], env = process.env) {
  const r = spawnSync(process.execPath, [...nodeFlags, SELF, '--worker', mode, String(arg)], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 2 ** 20,
  });
  if (r.status !== 0) throw new Error(`bench/capacity.mjs --worker ${mode} ${arg} failed (exit ${r.status})`);
  return JSON.parse(r.stdout);
}

/**
 * Time: `rounds` rounds, each starting a fresh process per size in turn (a calendar alone in its heap, as in a real
 * capacity run) that runs every question `perRound` times; a busy minute of the machine then hits every size.
 */
export function runCapacity({
  rounds = Number(process.env.BENCH_CAPACITY_ROUNDS) || 7,
  perRound = Number(process.env.BENCH_CAPACITY_RUNS) || 5,
  whole = process.env.BENCH_CAPACITY_WHOLE !== '0',
} = {}) {
  const rows = SIZES.map((size) => ({ ...size, typical: { samples: [] }, deep: { samples: [] } }));
  for (let round = 1; round <= rounds; round++) {
    console.error(`bench capacity: timing round ${round} of ${rounds}`);
    SIZES.forEach((_, i) => {
      const t = worker('time', `${i}:${perRound}`);
      Object.assign(rows[i], { hosts: t.hosts, reservations: t.reservations });
      (rows[i].cold ??= []).push(t.coldDeep);
      for (const q of ['typical', 'deep']) {
        rows[i][q].samples.push(...t[q].samples);
        Object.assign(rows[i][q], { count: t[q].count, found: t[q].found });
      }
    });
  }
  for (const row of rows) {
    row.coldDeep = median(row.cold);
    for (const q of ['typical', 'deep']) {
      const s = row[q].samples;
      Object.assign(row[q], { median: median(s), min: Math.min(...s), max: Math.max(...s), runs: s.length });
    }
  }
  const snapshot = whole ? snapshotEnvboot() : null;
  try {
    rows.forEach((row, i) => {
      console.error(`bench capacity: memory and the whole run, ${row.name}`);
      const heapFlags = ['--expose-gc', '--min-semi-space-size=1024', '--max-semi-space-size=1024'];
      row.memory = worker('memory', i, heapFlags);
      row.whole = snapshot
        ? worker('whole', i, [], { ...process.env, BENCH_ENVBOOT: snapshot.envboot })
        : null;
    });
  } finally {
    snapshot?.remove();
  }
  return { rows, rounds, perRound, machine: machine() };
}

// --- the report -------------------------------------------------------------------------------------------------------

const mb = (bytes) =>
  bytes < 2 ** 20 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`;
const verdict = (ok) => (ok ? 'met' : '**missed**');
const nLogN = (n) => n * Math.log2(n);

export function capacityMarkdown({ rows, rounds, perRound, machine: where }) {
  const uc = rows[0];
  const largest = rows[rows.length - 1];
  // Growth is judged between the two largest sizes: at CHI@UC's size fixed costs dominate a search of 0.1 ms.
  const growth = (q) => {
    const [a, b] = rows.slice(-2).map((r) => ({ n: r.reservations + r.hosts, t: r[q].median }));
    const measured = b.t / a.t;
    const reference = nLogN(b.n) / nLogN(a.n);
    return {
      measured,
      reference,
      inputRatio: b.n / a.n,
      k: Math.log(measured) / Math.log(b.n / a.n),
      kRef: Math.log(reference) / Math.log(b.n / a.n),
      ok: measured <= reference * GROWTH_ALLOWANCE,
    };
  };
  const g = { typical: growth('typical'), deep: growth('deep') };
  const growthText = (x) =>
    `×${x.measured.toFixed(1)} for ×${x.inputRatio.toFixed(0)} the input (time ∝ n^${x.k.toFixed(2)}; n log n: ×${x.reference.toFixed(1)}, n^${x.kRef.toFixed(2)})`;
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${where}. Time: median of ${rounds * perRound} searches per question and size (${rounds} rounds of a fresh process per size in turn, ${perRound} searches each after at least ${WARM_UP} warm-up searches and ${WARM_UP_MS} ms of them); the first search of a process (code not yet optimized): median of ${rounds}. Memory: median of 5 searches in a fresh process per size.`,
    '',
    '| calendar | hosts | reservations | typical: 1 host, 4 h, 14 days ahead | deep: half the hosts, 1 day, whole calendar | deep, first search of a process | heap allocated by one search (typical / deep) | calendar in the heap |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.hosts.toLocaleString('en-US')} | ${r.reservations.toLocaleString('en-US')} | ${r.typical.median.toFixed(2)} ms | ${r.deep.median.toFixed(2)} ms | ${r.coldDeep.toFixed(2)} ms | ${mb(r.memory.typical.allocatedBytes)} / ${mb(r.memory.deep.allocatedBytes)}${r.memory.deep.collected || r.memory.typical.collected ? ' (a collection ran: at least this)' : ''} | ${mb(r.memory.calendarBytes)} |`,
    ),
    '',
    `Targets, on the deep search (the slower one): CHI@UC ${uc.deep.median.toFixed(2)} ms (< ${TARGET_UC_MS} ms: ${verdict(uc.deep.median < TARGET_UC_MS)}); ` +
      `largest ${largest.deep.median.toFixed(1)} ms (< ${TARGET_LARGEST_MS} ms: ${verdict(largest.deep.median < TARGET_LARGEST_MS)}); ` +
      `growth from the middle size to the largest: ${growthText(g.deep)}, no worse than n log n (allowing ×${GROWTH_ALLOWANCE} for noise): ${verdict(g.deep.ok)}. ` +
      `The typical search grows ${growthText(g.typical)}: ${verdict(g.typical.ok)}. n = reservations + hosts.`,
    `Memory: the heap a search allocates grows from ${mb(uc.memory.deep.allocatedBytes)} to ${mb(largest.memory.deep.allocatedBytes)} (×${(largest.memory.deep.allocatedBytes / uc.memory.deep.allocatedBytes).toFixed(0)} for ×${((largest.reservations + largest.hosts) / (uc.reservations + uc.hosts)).toFixed(0)} the input: never faster than the input grows).`,
  ];
  if (rows.every((r) => r.whole)) {
    lines.push(
      '',
      'The whole `capacity` run in process (`run()` of @envboot/capacity, as `provision` calls it: log in, fetch hosts and allocations in parallel, join, filter, search), against `envboot sim` seeded with each calendar in a process of its own; median of ' +
        `${largest.whole.typical.runs} runs after one warm-up, a new connection each (the token of the warm-up run is reused, as envboot does within a process); deep asks for half the hosts, at most ${MAX_NODES} (the most --nodes takes):`,
      '',
      '| calendar | requests | host list | allocations | typical | deep |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.whole.typical.auth + r.whole.typical.requests} | ${mb(r.whole.hostListBytes)} | ${mb(r.whole.allocationsBytes)} | ${formatMs(r.whole.typical.median)} | ${formatMs(r.whole.deep.median)} |`,
      ),
      '',
      `At the largest size the search is ${((largest.deep.median / largest.whole.deep.median) * 100).toFixed(0)} % of the deep run; the rest is moving and parsing the two lists (Blazar's host list with every extra capability, and every allocation).`,
    );
  }
  return lines.join('\n');
}

// --- entry points -----------------------------------------------------------------------------------------------------

if (process.argv[2] === '--worker') {
  const [mode, arg] = process.argv.slice(3);
  const [index, runs] = arg.split(':').map(Number);
  const result =
    mode === 'time'
      ? await timeWorker(SIZES[index], runs)
      : mode === 'memory'
        ? await memoryWorker(SIZES[index])
        : await wholeWorker(SIZES[index], Number(process.env.BENCH_CAPACITY_WHOLE_RUNS) || 5);
  process.stdout.write(JSON.stringify(result));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const md = capacityMarkdown(runCapacity());
  console.log(md);
  if (process.argv.includes('--write')) writeSection('capacity', md);
}
