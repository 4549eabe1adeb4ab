// Benchmark: capacity over several sites against one site. Four simulators in this process (CHI@UC's small seed,
// and a few real nodes of TACC, NU and NCAR: apps/envboot/test/fixtures), each answering every request 50 ms late,
// as a site across the country would; `capacity --gpus 1` asked of one site (--site tacc) and of all four
// (--site any), each as a child process of the shipped bin, round-robin, after warm-up. Asked one after the other,
// four sites would cost about four times one site's requests; asked at once, about one site's. Target: the four
// sites within 1.5× the time of one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENVBOOT, formatMs, machine, median, runAsync, writeSection } from './lib.mjs';

const RUNS = 10;
const WARM_UP = 2;
const LATENCY_MS = 50;
const TARGET_RATIO = 1.5;

const fixture = (name) => fileURLToPath(new URL(`../apps/envboot/test/fixtures/${name}`, import.meta.url));

export async function runCapacitySites() {
  const { startSim } = await import('@envboot/sim'); // the built package: `npm run bench` builds first
  const seeds = {
    uc: 'small',
    tacc: fixture('tacc-seed.json'),
    nu: fixture('nu-seed.json'),
    ncar: fixture('ncar-seed.json'),
  };
  const sims = {};
  for (const [site, seed] of Object.entries(seeds)) {
    sims[site] = await startSim({ port: 0, seed, faults: { latency: LATENCY_MS } });
  }
  const home = mkdtempSync(join(tmpdir(), 'bench-capacity-sites-'));
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    XDG_CACHE_HOME: join(home, 'cache'),
    ENVBOOT_SIM_SITES: Object.entries(sims)
      .map(([site, sim]) => `${site}=${sim.url}`)
      .join(','),
  };
  const variants = {
    one: ['capacity', '--site', 'tacc', '--gpus', '1', '--json'],
    four: ['capacity', '--site', 'any', '--gpus', '1', '--json'],
  };
  const times = { one: [], four: [] };
  try {
    for (let round = 0; round < WARM_UP + RUNS; round++) {
      for (const [name, args] of Object.entries(variants)) {
        const run = await runAsync(process.execPath, [ENVBOOT, ...args], { env });
        if (run.code !== 0) throw new Error(`${args.join(' ')} exited ${run.code}: ${run.stderr}`);
        if (round >= WARM_UP) times[name].push(run.ms);
      }
    }
  } finally {
    await Promise.all(Object.values(sims).map((s) => s.close()));
    rmSync(home, { recursive: true, force: true });
  }
  const one = median(times.one);
  const four = median(times.four);
  return { one, four, ratio: four / one };
}

export function capacitySitesMarkdown(r) {
  const met = r.ratio <= TARGET_RATIO ? 'met' : 'NOT met';
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}. Median of ${RUNS} runs of each, round-robin after ${WARM_UP} warm-up rounds; every simulated request answered ${LATENCY_MS} ms late; a fresh process each time, the login token shared through the token cache as in a pipe.`,
    '',
    '| question | sites | median |',
    '| --- | ---: | ---: |',
    `| \`capacity --site tacc --gpus 1\` | 1 | ${formatMs(r.one)} |`,
    `| \`capacity --site any --gpus 1\` | 4 | ${formatMs(r.four)} |`,
    '',
    `Four sites take ${r.ratio.toFixed(2)}× the time of one (target ≤ ${TARGET_RATIO}×: ${met}).`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const md = capacitySitesMarkdown(await runCapacitySites());
  console.log(md);
  if (!process.argv.includes('--no-write')) writeSection('capacity-sites', md);
}
