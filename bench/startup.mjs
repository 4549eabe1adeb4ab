// Benchmark: start-up time of `envboot --version`, `envboot --help` and `envboot <command> --help` for every command,
// against the floor `node -e 0` and against Debian's Python client (`openstack reservation lease list --help`), all
// measured round-robin in one run. Targets: each command within 80 ms of the floor, and at least 10× faster than
// the Python client.
import { spawnSync } from 'node:child_process';
import {
  ensureOpenstack,
  machine,
  median,
  percentile,
  snapshotEnvboot,
  timeRoundRobin,
  writeSection,
} from './lib.mjs';

const TARGET_OVER_FLOOR_MS = 80;
const TARGET_TIMES_FASTER = 10;
const FLOOR = 'node -e 0 (floor)';
const PYTHON = 'openstack reservation lease list --help';

function commands(envboot) {
  const help = spawnSync(process.execPath, [envboot, '--help'], { encoding: 'utf8' }).stdout;
  const section = help.split('Commands:')[1]?.split(/\n\s*\n/)[0] ?? '';
  return [...section.matchAll(/^\s+envboot ([a-z0-9-]+)/gm)].map((m) => m[1]);
}

export function runStartup({ runs = Number(process.env.BENCH_RUNS) || 30 } = {}) {
  const node = process.execPath;
  const openstack = ensureOpenstack();
  const snapshot = snapshotEnvboot();
  try {
    return measure(node, snapshot.envboot, openstack, runs);
  } finally {
    snapshot.remove();
  }
}

function measure(node, envboot, openstack, runs) {
  const variants = [
    { name: FLOOR, cmd: node, args: ['-e', '0'] },
    { name: 'envboot --version', cmd: node, args: [envboot, '--version'] },
    { name: 'envboot --help', cmd: node, args: [envboot, '--help'] },
    ...commands(envboot).map((c) => ({
      name: `envboot ${c} --help`,
      cmd: node,
      args: [envboot, c, '--help'],
    })),
    ...(openstack.ok
      ? [{ name: PYTHON, cmd: 'openstack', args: ['reservation', 'lease', 'list', '--help'], python: true }]
      : []),
  ];
  const samples = timeRoundRobin(variants, { runs });
  const floor = median(samples.get(FLOOR));
  const python = openstack.ok ? median(samples.get(PYTHON)) : null;
  const rows = variants.map((v) => {
    const s = samples.get(v.name);
    const med = median(s);
    return {
      name: v.name,
      median: med,
      p90: percentile(s, 90),
      overFloor: med - floor,
      timesFaster: python === null || v.python || v.name === FLOOR ? null : python / med,
      kind: v.name === FLOOR ? 'floor' : v.python ? 'python' : 'envboot',
    };
  });
  return { floor, python, rows, runs, openstack, machine: machine() };
}

export function startupMarkdown({ rows, runs, openstack, python, machine: where }) {
  const envboot = rows.filter((r) => r.kind === 'envboot');
  const worstOver = Math.max(...envboot.map((r) => r.overFloor));
  const worstFaster = python === null ? null : Math.min(...envboot.map((r) => r.timesFaster));
  const verdict = (ok) => (ok ? 'met' : '**missed**');
  const lines = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${where}; ${runs} runs each after 3 warm-up rounds, round-robin, wall time of the whole process.`,
    openstack.ok
      ? `Python client: ${openstack.version} with python3-blazarclient (Debian).`
      : `Python client: **not measured**: ${openstack.reason}.`,
    '',
    `| command | median | p90 | over the floor (target ≤ ${TARGET_OVER_FLOOR_MS} ms) | faster than the Python client (target ≥ ${TARGET_TIMES_FASTER}×) |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const over =
        r.kind === 'envboot'
          ? `${r.overFloor.toFixed(0)} ms, ${verdict(r.overFloor <= TARGET_OVER_FLOOR_MS)}`
          : r.kind === 'python'
            ? `${r.overFloor.toFixed(0)} ms`
            : '—';
      const faster =
        r.timesFaster === null
          ? '—'
          : `${r.timesFaster.toFixed(1)}×, ${verdict(r.timesFaster >= TARGET_TIMES_FASTER)}`;
      return `| \`${r.name}\` | ${r.median.toFixed(0)} ms | ${r.p90.toFixed(0)} ms | ${over} | ${faster} |`;
    }),
    '',
    `Slowest envboot command: ${worstOver.toFixed(0)} ms over the floor (target ≤ ${TARGET_OVER_FLOOR_MS} ms: ${verdict(worstOver <= TARGET_OVER_FLOOR_MS)}); ` +
      (worstFaster === null
        ? 'the comparison with the Python client is missing (see above).'
        : `${worstFaster.toFixed(1)}× faster than the Python client at worst (target ≥ ${TARGET_TIMES_FASTER}×: ${verdict(worstFaster >= TARGET_TIMES_FASTER)}).`),
  ];
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = runStartup();
  const md = startupMarkdown(result);
  console.log(md);
  if (process.argv.includes('--write')) writeSection('startup', md);
}
