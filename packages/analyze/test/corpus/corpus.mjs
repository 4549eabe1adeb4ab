// The labelled corpus of packages/analyze/test/corpus: each repository's files under repos/<name>/, what a careful
// reader concludes from them in labels/<name>.json (kept outside the repository so that the analysis never reads it).
// Shared by the accuracy score (scripts/analyze-accuracy.mjs) and the test that checks every label (corpus.test.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = [
  'dl-research',
  'huggingface',
  'notebooks',
  'classic-ml',
  'cli',
  'docker-shell',
  'polyglot',
  'optional-extras',
  'gpu-optional',
  'cluster-readme',
  'cuda-kernels',
  'conda',
];
export const SETS = ['tuning', 'held-out'];
const VERSION = /^\d+(\.\d+)?$/;

/** A version spec: "3.10" (that major.minor), or { min?, max? } (inclusive, either side open). */
function versionSpecProblem(spec) {
  if (typeof spec === 'string') return VERSION.test(spec) ? null : `"${spec}" is not major.minor`;
  if (spec && typeof spec === 'object' && !Array.isArray(spec)) {
    const keys = Object.keys(spec);
    if (keys.length === 0 || keys.some((k) => k !== 'min' && k !== 'max'))
      return 'a range has min and/or max only';
    for (const k of keys)
      if (typeof spec[k] !== 'string' || !VERSION.test(spec[k]))
        return `${k} "${spec[k]}" is not major.minor`;
    if (spec.min && spec.max && compareVersions(spec.min, spec.max) > 0) return 'min is above max';
    return null;
  }
  return 'not a version or a range';
}

/** Compares "12.1" with "11.8" by major, then minor (a missing minor counts as 0). */
export function compareVersions(a, b) {
  const [am, an = 0] = a.split('.').map(Number);
  const [bm, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Whether an answer ("12.1", "3.10.4", null) satisfies a labelled spec: the same major.minor, or inside the range. */
export function inVersionSpec(answer, spec) {
  if (typeof answer !== 'string') return false;
  const m = /^(\d+)(?:\.(\d+))?/.exec(answer);
  if (!m) return false;
  if (typeof spec === 'string') {
    const [major, minor] = spec.split('.');
    return m[1] === major && (minor === undefined || m[2] === minor);
  }
  const v = m[2] === undefined ? m[1] : `${m[1]}.${m[2]}`;
  // An answer of a major alone ("12") is only inside a range that takes every minor of it.
  if (m[2] === undefined && spec.min && compareVersions(`${m[1]}.0`, spec.min) < 0) return false;
  if (spec.min && compareVersions(v, spec.min) < 0) return false;
  if (spec.max && compareVersions(v, spec.max) > 0) return false;
  return true;
}

function labelled(problems, where, field, { nullable, check }) {
  if (!field || typeof field !== 'object') return problems.push(`${where}: missing`);
  if (typeof field.why !== 'string' || field.why.trim() === '') problems.push(`${where}.why: missing`);
  if (field.value === null) {
    if (!nullable) problems.push(`${where}.value: may not be null`);
    return;
  }
  const p = check(field.value);
  if (p) problems.push(`${where}.value: ${p}`);
}

/** What is wrong with one label (an empty list when nothing is). */
export function labelProblems(label, corpusDir) {
  const problems = [];
  if (typeof label.name !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/.test(label.name))
    problems.push('name: lower-case');
  else if (
    !existsSync(join(corpusDir, 'repos', label.name)) ||
    !statSync(join(corpusDir, 'repos', label.name)).isDirectory()
  )
    problems.push(`repos/${label.name}: no such directory`);
  if (!SETS.includes(label.set)) problems.push(`set: one of ${SETS.join(', ')}`);
  if (!KINDS.includes(label.kind)) problems.push(`kind: one of ${KINDS.join(', ')}`);
  const s = label.source;
  if (!s || typeof s.repo !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(s.repo))
    problems.push('source.repo: owner/name');
  if (!s || typeof s.commit !== 'string' || !/^[0-9a-f]{40}$/.test(s.commit))
    problems.push('source.commit: 40 hex');
  if (!s || !Array.isArray(s.files) || s.files.length === 0) problems.push('source.files: the files taken');
  else if (label.name)
    for (const f of s.files)
      if (!existsSync(join(corpusDir, 'repos', label.name, f)))
        problems.push(`source.files: ${f} is not in repos/${label.name}`);
  const l = label.labels ?? {};
  labelled(problems, 'needs_gpu', l.needs_gpu, {
    nullable: false,
    check: (v) => (typeof v === 'boolean' ? null : 'true or false'),
  });
  const positive = (v) => (typeof v === 'number' && v > 0 ? null : 'a positive number');
  if (l.gpu_count !== undefined)
    labelled(problems, 'gpu_count', l.gpu_count, {
      nullable: true,
      check: (v) => (Number.isInteger(v) ? positive(v) : 'an integer'),
    });
  if (l.gpu_memory_gb !== undefined)
    labelled(problems, 'gpu_memory_gb', l.gpu_memory_gb, { nullable: true, check: positive });
  labelled(problems, 'cuda', l.cuda, { nullable: true, check: versionSpecProblem });
  labelled(problems, 'python', l.python, { nullable: true, check: versionSpecProblem });
  labelled(problems, 'frameworks', l.frameworks, {
    nullable: false,
    check: (v) => (Array.isArray(v) && v.every((n) => typeof n === 'string' && n) ? null : 'a list of names'),
  });
  labelled(problems, 'language', l.language, {
    nullable: false,
    check: (v) => (typeof v === 'string' && v ? null : 'a language name'),
  });
  if (l.needs_gpu?.value === false && l.cuda?.value)
    problems.push('cuda: labelled on a repository that needs no GPU');
  return problems;
}

/** Every label, sorted by name; throws on a label file that is not JSON or whose name differs from its file's. */
export function readLabels(corpusDir) {
  const dir = join(corpusDir, 'labels');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const label = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (label.name !== f.slice(0, -'.json'.length))
        throw new Error(`labels/${f}: name "${label.name}" differs from the file name`);
      return label;
    });
}

/** Repository directories that have no label. */
export function unlabelledRepos(corpusDir) {
  const names = new Set(readLabels(corpusDir).map((l) => l.name));
  return readdirSync(join(corpusDir, 'repos')).filter((n) => !names.has(n));
}
