// Benchmark: envboot's own overhead in a set-up. The same script (check out a local repository, then a check that
// takes half a second) is run two ways, round-robin, each in a fresh home: by bash directly (the baseline: the
// steps' own work), and the way envboot runs it when user data did not — written to the node and started through
// a shell, then followed by long poll on its status file until it is ready (every command a bash -c, as an SSH exec
// would be). The difference is what envboot adds. Target: at most 1 s per set-up.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBareRepo } from '@envboot/testkit';
import { formatMs, machine, median, runAsync, writeSection } from './lib.mjs';

const RUNS = 10;
const WARM_UP = 2;
const TARGET_MS = 1000;

function shellIn(home) {
  return {
    exec: (command, input) =>
      new Promise((resolve, reject) => {
        const child = spawn('bash', ['-c', command], {
          env: { PATH: process.env.PATH, HOME: home, LANG: 'C.UTF-8' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
        child.stdin.end(input ?? '');
      }),
  };
}

export async function runSetup() {
  const { followSetup, planSetup, renderScript } = await import('@envboot/setup'); // built by `npm run bench`
  const root = mkdtempSync(join(tmpdir(), 'bench-setup-'));
  const repo = await createBareRepo(join(root, 'git'), { name: 'proj', files: { 'README.md': '# proj\n' } });
  const plan = planSetup({
    repo: { url: repo.path, commit: repo.commit },
    requirements: {
      gpu: { needed: false },
      runtimes: {},
      runtime_constraints: {},
      frameworks: [],
      environment_files: [],
      install_extras: [],
    },
    check: 'sleep 0.5',
  });
  const script = join(root, 'setup.sh');
  writeFileSync(script, renderScript(plan));
  const times = { direct: [], followed: [] };
  try {
    for (let round = 0; round < WARM_UP + RUNS; round++) {
      const direct = await runAsync('bash', [script], {
        env: { PATH: process.env.PATH, HOME: mkdtempSync(join(root, 'home-')) },
      });
      if (direct.code !== 0) throw new Error(`the script failed: ${direct.stderr}`);
      const home = mkdtempSync(join(root, 'home-'));
      const started = process.hrtime.bigint();
      const result = await followSetup({
        plan,
        shell: shellIn(home),
        sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        now: Date.now,
        timeoutMs: 120_000,
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.status !== 'ready') throw new Error(`the set-up ended ${result.status}`);
      if (round >= WARM_UP) {
        times.direct.push(direct.ms);
        times.followed.push(ms);
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const direct = median(times.direct);
  const followed = median(times.followed);
  return { direct, followed, overhead: followed - direct, ratio: followed / direct };
}

export function setupMarkdown(r) {
  const met = r.overhead <= TARGET_MS ? 'met' : 'NOT met';
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}. Median of ${RUNS} runs of each, round-robin after ${WARM_UP} warm-up rounds; a fresh home each time; the script checks out a local repository and runs a check that takes 0.5 s.`,
    '',
    '| how the set-up script runs | median |',
    '| --- | ---: |',
    `| \`bash setup.sh\` (the steps' own work) | ${formatMs(r.direct)} |`,
    `| written, started and followed as envboot does over SSH | ${formatMs(r.followed)} |`,
    '',
    `envboot adds ${formatMs(r.overhead)} per set-up (${r.ratio.toFixed(2)}× the script alone; target ≤ ${formatMs(TARGET_MS)}: ${met}).`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const md = setupMarkdown(await runSetup());
  console.log(md);
  if (!process.argv.includes('--no-write')) writeSection('setup', md);
}
