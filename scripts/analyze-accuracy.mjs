// `npm run analyze-accuracy`: runs the built analysis (packages/analyze/dist) on every repository of the labelled
// corpus (packages/analyze/test/corpus), offline and without a language model, and prints per-field accuracy on the
// tuning set and on the held-out set.
//
//   --verbose   also list each repository's misses: the tuning set's only, unless --set held-out asks for those
//               (no rule is tuned on the held-out set, so its misses are not shown by default)
//   --json      print the figures, and the misses --verbose would list, as JSON instead of tables
//   --set NAME  score only one set (tuning or held-out)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inferRequirements, openRepository } from '@envboot/analyze';
import { detect } from '@envboot/analyze/detectors';
import { inVersionSpec, readLabels } from '../packages/analyze/test/corpus/corpus.mjs';

const CORPUS = fileURLToPath(new URL('../packages/analyze/test/corpus/', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const json = args.includes('--json');
const setIndex = args.indexOf('--set');
const onlySet = setIndex >= 0 ? args[setIndex + 1] : null;
if (onlySet !== null && onlySet !== 'tuning' && onlySet !== 'held-out') {
  console.error(`analyze-accuracy: --set takes tuning or held-out, not ${onlySet ?? '(nothing)'}`);
  process.exit(2);
}

const FIELDS = ['needs_gpu', 'gpu_count', 'gpu_memory', 'cuda', 'python', 'frameworks', 'language'];

/** The analysis of one corpus directory, read where it is: no clone, no network, no language model. */
async function analyse(dir, cacheDir) {
  const timeoutMs = 60_000;
  const repo = await openRepository(
    { kind: 'local', path: dir, display: dir },
    {
      ref: null,
      workdir: null,
      cacheDir,
      gitClient: 'native',
      git: { env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tmpdir() }, allowHttp: false },
      limits: { maxBytes: 512 * 2 ** 20, timeoutMs, deadline: Date.now() + timeoutMs },
      maxFiles: 100_000,
      log: quietLog,
    },
  );
  const found = await detect(repo.files);
  return inferRequirements(found.facts, found.languages);
}

const noop = () => {};
const quietLog = {
  trace: noop,
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  fatal: noop,
  child: () => quietLog,
};

/**
 * A package name as PEP 503 compares them: case, and runs of -, _ and . as one -. A Maven package is named by its
 * artifactId, with or without its groupId (com.google.guava:guava is guava).
 */
const normalName = (name) =>
  name
    .replace(/^[\w.-]+:(?=[\w.-]+$)/, '')
    .toLowerCase()
    .replace(/[-_.]+/g, '-');

/** One field of one repository: null when the label does not score that field. */
function check(field, label, req) {
  const l = label.labels;
  switch (field) {
    case 'needs_gpu':
      return {
        ok: req.gpu.needed === l.needs_gpu.value,
        expected: l.needs_gpu.value,
        actual: req.gpu.needed,
      };
    case 'gpu_count':
      if (!l.gpu_count || l.gpu_count.value === null) return null;
      return { ok: req.gpu.count === l.gpu_count.value, expected: l.gpu_count.value, actual: req.gpu.count };
    case 'gpu_memory':
      if (!l.gpu_memory_gb || l.gpu_memory_gb.value === null) return null;
      return {
        ok: req.gpu.min_memory_gb === l.gpu_memory_gb.value,
        expected: l.gpu_memory_gb.value,
        actual: req.gpu.min_memory_gb,
      };
    case 'cuda':
      if (!l.cuda || l.cuda.value === null) return null;
      return { ok: inVersionSpec(req.gpu.cuda, l.cuda.value), expected: l.cuda.value, actual: req.gpu.cuda };
    case 'python': {
      if (!l.python || l.python.value === null) return null;
      const actual = req.runtimes.python ?? null;
      return { ok: inVersionSpec(actual, l.python.value), expected: l.python.value, actual };
    }
    case 'frameworks': {
      const want = l.frameworks.value;
      if (want.length === 0) return null;
      // Names compare as PEP 503 does (jupyter_server is jupyter-server); a framework answers for the names it was
      // declared under too (tensorflow declared as tensorflow-gpu).
      const names = new Set(
        req.frameworks.flatMap((f) => [f.name, ...(f.declared_as ?? [])]).map((n) => normalName(n)),
      );
      const found = want.filter((f) => names.has(normalName(f)));
      return {
        ok: found.length === want.length,
        hits: found.length,
        of: want.length,
        expected: want,
        actual: req.frameworks.map((f) => f.name),
      };
    }
    case 'language': {
      const actual = req.languages[0] ?? null;
      return { ok: actual === l.language.value, expected: l.language.value, actual };
    }
  }
  throw new Error(`unknown field ${field}`);
}

function emptyTally() {
  const t = { repos: 0, failed: 0 };
  for (const f of FIELDS) t[f] = { ok: 0, of: 0 };
  return t;
}

const labels = readLabels(CORPUS).filter((l) => !onlySet || l.set === onlySet);
const tallies = { tuning: emptyTally(), 'held-out': emptyTally() };
const misses = [];
const cacheDir = mkdtempSync(join(tmpdir(), 'envboot-corpus-'));
try {
  for (const label of labels) {
    const tally = tallies[label.set];
    tally.repos++;
    let req;
    try {
      req = await analyse(join(CORPUS, 'repos', label.name), cacheDir);
    } catch (err) {
      tally.failed++;
      misses.push({
        name: label.name,
        set: label.set,
        field: 'analysis',
        error: String(err?.message ?? err),
      });
      continue;
    }
    for (const field of FIELDS) {
      const c = check(field, label, req);
      if (!c) continue;
      if (field === 'frameworks') {
        tally[field].ok += c.hits;
        tally[field].of += c.of;
      } else {
        tally[field].ok += c.ok ? 1 : 0;
        tally[field].of += 1;
      }
      if (!c.ok)
        misses.push({ name: label.name, set: label.set, field, expected: c.expected, actual: c.actual });
    }
  }
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}

const TITLES = {
  needs_gpu: 'GPU needed',
  gpu_count: 'GPU count (where stated)',
  gpu_memory: 'GPU memory (where stated)',
  cuda: 'CUDA version (where labelled)',
  python: 'Python version (where labelled)',
  frameworks: 'Framework recall',
  language: 'Primary language',
};

function cell({ ok, of }) {
  return of === 0 ? '–' : `${ok}/${of} (${Math.round((100 * ok) / of)}%)`;
}

/** Misses shown: a failed analysis always; a wrong field on the held-out set only when that set was asked for. */
const shown = misses.filter((m) => m.field === 'analysis' || m.set === 'tuning' || onlySet === 'held-out');

if (json) {
  const out = { sets: {}, misses: shown };
  for (const [set, t] of Object.entries(tallies)) {
    if (t.repos === 0) continue;
    out.sets[set] = { repositories: t.repos, failed: t.failed };
    for (const f of FIELDS) out.sets[set][f] = { ...t[f], rate: t[f].of ? t[f].ok / t[f].of : null };
  }
  console.log(JSON.stringify(out, null, 2));
} else {
  const sets = Object.keys(tallies).filter((s) => tallies[s].repos > 0);
  const rows = [
    ['Field', ...sets.map((s) => `${s} (${tallies[s].repos} repositories)`)],
    ...FIELDS.map((f) => [TITLES[f], ...sets.map((s) => cell(tallies[s][f]))]),
    ['Analysis failed', ...sets.map((s) => String(tallies[s].failed))],
  ];
  console.log(markdownTable(rows));
  if (verbose) {
    console.log('\nMisses:');
    for (const m of shown) {
      const what =
        m.field === 'analysis'
          ? `failed: ${m.error}`
          : `expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.actual)}`;
      console.log(`  ${m.set.padEnd(8)} ${m.name.padEnd(32)} ${m.field.padEnd(10)} ${what}`);
    }
  }
}
process.exitCode = Object.values(tallies).some((t) => t.failed > 0) ? 1 : 0;

function markdownTable(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    line(rows[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ].join('\n');
}
