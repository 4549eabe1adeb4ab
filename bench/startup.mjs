// Benchmark: start-up time of `envboot --version`, `envboot --help` and `envboot <command> --help` for every command,
// against the floor `node -e 0`, measured round-robin in one run. Target: each within 100 ms of the floor.
import { spawnSync } from 'node:child_process';
import { ENVBOOT, machine, median, percentile, timeRoundRobin, writeSection } from './lib.mjs';

const TARGET_MS = 100;

function commands() {
  const help = spawnSync(process.execPath, [ENVBOOT, '--help'], { encoding: 'utf8' }).stdout;
  const section = help.split('Commands:')[1]?.split(/\n\s*\n/)[0] ?? '';
  return [...section.matchAll(/^\s+envboot ([a-z0-9-]+)/gm)].map((m) => m[1]);
}

export function runStartup({ runs = Number(process.env.BENCH_RUNS) || 30 } = {}) {
  const node = process.execPath;
  const variants = [
    { name: 'node -e 0 (floor)', cmd: node, args: ['-e', '0'] },
    { name: 'envboot --version', cmd: node, args: [ENVBOOT, '--version'] },
    { name: 'envboot --help', cmd: node, args: [ENVBOOT, '--help'] },
    ...commands().map((c) => ({ name: `envboot ${c} --help`, cmd: node, args: [ENVBOOT, c, '--help'] })),
  ];
  const samples = timeRoundRobin(variants, { runs });
  const floor = median(samples.get(variants[0].name));
  const rows = variants.map((v) => {
    const s = samples.get(v.name);
    const med = median(s);
    return { name: v.name, median: med, p90: percentile(s, 90), overFloor: med - floor };
  });
  return { floor, rows, runs };
}

export function startupMarkdown({ rows, runs }) {
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; ${runs} runs each, round-robin, wall time of the whole process.`,
    '',
    '| command | median | p90 | over the floor | target (≤ 100 ms over) |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map(
      (r, i) =>
        `| \`${r.name}\` | ${r.median.toFixed(0)} ms | ${r.p90.toFixed(0)} ms | ${i === 0 ? '—' : `${r.overFloor.toFixed(0)} ms`} | ${
          i === 0 ? '' : r.overFloor <= TARGET_MS ? 'met' : '**missed**'
        } |`,
    ),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = runStartup();
  const md = startupMarkdown(result);
  console.log(md);
  if (process.argv.includes('--write')) writeSection('startup', md);
}
