// Benchmark: `envboot analyze` on a generated repository of 20,000 files / 200 MB served over local HTTP (git
// http-backend), against native `git clone --depth 1` of the same repository in the same run. Targets: analysis
// with the clone within 2× the native clone, under 1 s for the analysis alone once cloned, peak RSS under 300 MB.
//
// `node bench/analyze.mjs` measures and prints; `runAnalyze()` runs that in a child process (the Git server lives
// in the measuring process, so the measured commands must run beside it, not block it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENVBOOT, machine, median, writeSection } from './lib.mjs';

const FILES = Number(process.env.BENCH_ANALYZE_FILES) || 20_000;
const TOTAL_BYTES = Number(process.env.BENCH_ANALYZE_BYTES) || 200 * 2 ** 20;
const RUNS = Number(process.env.BENCH_RUNS_ANALYZE) || 3;
const TIME = '/usr/bin/time';

/** A small, fast, seeded generator, so the repository is the same on every machine. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'self data model train loss batch epoch value index config result path tensor layer weight grad optimizer ' +
  'return import from def class for while if else elif try except with yield lambda None True False print ' +
  'append range len dict list tuple int float str open read write close split join format update items'
).split(' ');

function codeText(rand, bytes) {
  const lines = [];
  let size = 0;
  while (size < bytes) {
    const n = 3 + Math.floor(rand() * 9);
    const indent = '    '.repeat(Math.floor(rand() * 3));
    const parts = [];
    for (let i = 0; i < n; i++) {
      const w = WORDS[Math.floor(rand() * WORDS.length)];
      parts.push(rand() < 0.3 ? `${w}_${Math.floor(rand() * 100000).toString(36)}` : w);
    }
    const line = `${indent}${parts.join(' ')}\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join('');
}

/** The working tree: mostly Python and C sources in 200 folders, plus the manifests a research repo has. */
function generateTree(dir) {
  const rand = mulberry32(20_000);
  const average = TOTAL_BYTES / FILES;
  const manifests = {
    'README.md':
      '# Big research code\n\nTraining needs an NVIDIA GPU with at least 24 GB of GPU memory and 64 GB of RAM.\n',
    'requirements.txt':
      '--extra-index-url https://download.pytorch.org/whl/cu121\ntorch==2.1.0\nnumpy>=1.24\n',
    'pyproject.toml': '[project]\nname = "big"\nversion = "0.1.0"\nrequires-python = ">=3.10"\n',
    Dockerfile: 'FROM nvidia/cuda:12.1.0-cudnn8-runtime-ubuntu22.04\nCMD ["python3", "-m", "big"]\n',
  };
  let written = 0;
  for (const [name, text] of Object.entries(manifests)) {
    writeFileSync(join(dir, name), text);
    written += 1;
  }
  for (let i = written; i < FILES; i++) {
    const folder = `src/pkg${String(i % 200).padStart(3, '0')}`;
    const ext = i % 10 === 0 ? 'c' : i % 10 === 1 ? 'h' : i % 25 === 2 ? 'md' : 'py';
    mkdirSync(join(dir, folder), { recursive: true });
    const size = Math.max(200, Math.round(average * (0.5 + rand())));
    writeFileSync(join(dir, folder, `module${i}.${ext}`), codeText(rand, size));
  }
}

async function bareRepository(root) {
  const { createBareRepo } = await import('@envboot/testkit');
  const bare = join(root, 'big.git');
  const marker = join(root, `ready-${FILES}-${TOTAL_BYTES}`);
  if (existsSync(marker)) return bare;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const work = join(root, 'work');
  mkdirSync(work);
  generateTree(work);
  await createBareRepo(root, { name: 'big', dir: work });
  // A served repository is packed, as on any Git host.
  spawnSync('git', ['--git-dir', bare, 'repack', '-adq'], { stdio: 'inherit' });
  rmSync(work, { recursive: true, force: true });
  writeFileSync(marker, '');
  return bare;
}

/** Wall time and peak RSS (of the largest process in the tree, via /usr/bin/time -v) of one command. */
function measure(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const timed = existsSync(TIME);
    const started = process.hrtime.bigint();
    const child = spawn(timed ? TIME : cmd, timed ? ['-v', cmd, ...args] : args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0)
        return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`));
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({ ms, rssMb: kb ? Number(kb[1]) / 1024 : null, stdout });
    });
  });
}

async function measureAll() {
  const { startGitServer } = await import('@envboot/testkit');
  const root = join(tmpdir(), 'envboot-bench-analyze');
  await bareRepository(root);
  const server = await startGitServer({ root });
  const url = server.repoUrl('big');
  const samples = { native: [], cold: [], warm: [], iso: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const scratch = mkdtempSync(join(tmpdir(), 'envboot-bench-run-'));
      try {
        samples.native.push(
          await measure('git', ['clone', '--quiet', '--depth', '1', '--', url, join(scratch, 'clone')], {}),
        );
        const env = { XDG_CACHE_HOME: join(scratch, 'cache'), ENVBOOT_LOG_LEVEL: 'silent' };
        const args = [ENVBOOT, 'analyze', '--repo', url, '--allow-local-http', '--no-plan', '--json'];
        const cold = await measure(process.execPath, args, env);
        const warm = await measure(process.execPath, args, env);
        const dataOf = (r) => JSON.parse(r.stdout).data;
        samples.cold.push({ ...cold, data: dataOf(cold) });
        samples.warm.push({ ...warm, data: dataOf(warm) });
        if (i === 0) {
          const iso = await measure(
            process.execPath,
            [...args, '--git-client', 'isomorphic', '--max-size', '2g'],
            {
              XDG_CACHE_HOME: join(scratch, 'iso-cache'),
              ENVBOOT_LOG_LEVEL: 'silent',
            },
          );
          samples.iso.push({ ...iso, data: dataOf(iso) });
        }
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  const packMb =
    Number(spawnSync('du', ['-sk', join(root, 'big.git')], { encoding: 'utf8' }).stdout.split('\t')[0]) /
    1024;
  return { samples, packMb, files: FILES, bytes: TOTAL_BYTES, runs: RUNS, machine: machine() };
}

/** Runs the measurement in a child process and returns its figures. */
export function runAnalyze() {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench/analyze.mjs exited ${r.status}`);
  return JSON.parse(r.stdout);
}

export function analyzeMarkdown(result) {
  const { samples } = result;
  const med = (list, f) => median(list.map(f));
  const native = med(samples.native, (s) => s.ms);
  const cold = med(samples.cold, (s) => s.ms);
  const warm = med(samples.warm, (s) => s.ms);
  const analysis = med(samples.warm, (s) => s.data.repo.analysis_ms);
  const rss = (list) => Math.max(...list.map((s) => s.rssMb ?? 0));
  const mb = (v) => (v ? `${v.toFixed(0)} MB` : 'n/a');
  const cached = samples.warm.every((s) => s.data.repo.cached);
  const gpu = samples.cold[0].data.requirements.gpu;
  const iso = samples.iso[0];
  const ratio = cold / native;
  const rows = [
    ['native `git clone --depth 1` (checkout of every file)', native, rss(samples.native), ''],
    [
      '`envboot analyze`, cold cache (blobless clone + analysis)',
      cold,
      rss(samples.cold),
      `${ratio.toFixed(2)}× native; target ≤ 2×: ${ratio <= 2 ? 'met' : '**missed**'}`,
    ],
    [
      '`envboot analyze`, commit unchanged (cache reused)',
      warm,
      rss(samples.warm),
      cached ? 'cache reused' : '**cache not reused**',
    ],
    [
      'analysis alone (`data.repo.analysis_ms`, cached run)',
      analysis,
      null,
      `target < 1 s: ${analysis < 1000 ? 'met' : '**missed**'}`,
    ],
    ...(iso
      ? [
          [
            '`envboot analyze --git-client isomorphic` (fallback, one run)',
            iso.ms,
            iso.rssMb,
            'no partial clone: downloads the whole commit',
          ],
        ]
      : []),
  ];
  const peak = Math.max(rss(samples.cold), rss(samples.warm));
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${result.machine}; median of ${result.runs} runs, each native clone and analysis in the same round.`,
    `Repository: ${result.files.toLocaleString('en')} files, ${(result.bytes / 2 ** 20).toFixed(0)} MB of text in the working tree, one commit, served packed (${result.packMb.toFixed(0)} MB) by \`git http-backend\` on 127.0.0.1.`,
    `The analysis found: GPU ${gpu.needed ? 'needed' : 'not needed'}, CUDA ${gpu.cuda}, ${samples.cold[0].data.repo.read_files} files read of ${samples.cold[0].data.repo.files}.`,
    '',
    '| what | wall time (median) | peak RSS | |',
    '| --- | ---: | ---: | --- |',
    ...rows.map(
      ([name, ms, r, note]) =>
        `| ${name} | ${ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`} | ${mb(r)} | ${note} |`,
    ),
    '',
    `Peak RSS of \`envboot analyze\` (largest process: node or one of its git children): ${mb(peak)}; target < 300 MB: ${peak && peak < 300 ? 'met' : '**missed**'}.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureAll();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result));
  } else {
    const md = analyzeMarkdown(result);
    console.log(md);
    if (process.argv.includes('--write')) writeSection('analyze', md);
  }
}
