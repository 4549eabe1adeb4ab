// requirements*.txt (requires-*.txt too), requirements/*.txt and *.in: packages with their pins, -r/-c includes, wheel indexes that
// choose CUDA, CPU or ROCm builds, and files that only serve tests, docs or development.
import { cudaFromDigits } from '../../knowledge/packages.js';
import { seen, type Fact } from '../../model.js';
import type { Detector, DetectorInput } from '../types.js';
import { baseName, dirOf, type Tree } from '../tree.js';
import { pythonPackageFacts, type Variant } from './facts.js';
import { parseRequirement } from './pep508.js';
import { urlPackageName } from '../urls.js';

const REQUIREMENTS_FILE =
  /^(requirements?|reqs|requires)([-_.][A-Za-z0-9_.-]*)?\.(txt|in)$|^[A-Za-z0-9_-]+[-_]requirements\.txt$/i;
const DEV_NAME =
  /(^|[-_./])(dev|develop|test|tests|testing|docs?|lint|ci|style|typing|mypy|build|pre-?commit|benchmarks?)([-_./]|$)/i;

export function isRequirementsFile(path: string): boolean {
  const name = baseName(path);
  if (REQUIREMENTS_FILE.test(name)) return true;
  return /(^|\/)requirements\/[^/]+\.(txt|in)$/i.test(path);
}

/** requirements.opt.txt, requirements-optional.txt, requirements_extra.txt: packages for features a user opts into. */
const OPTIONAL_NAME = /(^|[-_.])(opt|optional|extras?)([-_.]|$)/i;

function isOptionalFile(path: string): boolean {
  return OPTIONAL_NAME.test(baseName(path).replace(/\.(txt|in)$/i, ''));
}

function isDevFile(path: string): boolean {
  const name = baseName(path).replace(/\.(txt|in)$/i, '');
  return DEV_NAME.test(name) || /(^|\/)(docs?|tests?)\//i.test(dirOf(path) + '/');
}

interface Line {
  text: string;
  line: number;
}

/** Logical lines: continuations joined, comments dropped (a URL's #egg= fragment is kept). */
export function logicalLines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    const start = i + 1;
    let line = raw[i]!;
    while (line.endsWith('\\') && i + 1 < raw.length) line = line.slice(0, -1) + raw[++i]!;
    const stripped = line.replace(/(^|\s)#.*$/, '').trim();
    if (stripped) out.push({ text: stripped, line: start });
  }
  return out;
}

/** What a wheel index URL says about the builds it serves. */
export function indexVariant(url: string): Variant {
  const m = /\/whl\/(?:(?:nightly|test)\/)?(cu\d{2,3}|cpu|rocm[\d.]+)\b/i.exec(url);
  if (!m) return null;
  const label = m[1]!.toLowerCase();
  if (label === 'cpu') return { kind: 'cpu' };
  if (label.startsWith('cu')) return { kind: 'cuda', cuda: cudaFromDigits(label.slice(2)) };
  return { kind: 'rocm', rocm: label.slice(4) || null };
}

export const requirementsDetector: Detector = {
  name: 'python-requirements',
  select: (tree: Tree) => tree.paths.filter((p) => isRequirementsFile(p) && tree.counts(p)),
  async detect(input: DetectorInput): Promise<Fact[]> {
    const facts: Fact[] = [];
    const done = new Set<string>();
    const queue = input.tree.paths
      .filter((p) => isRequirementsFile(p) && input.tree.counts(p))
      .map((p) => ({ path: p, dev: isDevFile(p), constraintsOnly: false }));
    while (queue.length > 0) {
      const item = queue.shift()!;
      if (done.has(item.path)) continue;
      done.add(item.path);
      let text = input.text(item.path);
      if (text === null && input.tree.has(item.path)) {
        await input.readMore([item.path]);
        text = input.text(item.path);
      }
      if (text === null) continue;
      const lines = logicalLines(text);
      let variant: Variant = null;
      for (const l of lines) {
        const index = /^(?:--index-url|--extra-index-url|-i|--find-links|-f)[\s=]+(\S+)/.exec(l.text);
        if (!index) continue;
        const v = indexVariant(index[1]!);
        if (!v) continue;
        const rule =
          v.kind === 'cuda' ? 'py.index.cuda' : v.kind === 'cpu' ? 'py.index.cpu' : 'py.index.rocm';
        const ev = seen(item.path, l.line, l.text, rule, 1);
        variant = { ...v, via: ev };
        if (item.dev || item.constraintsOnly) continue;
        if (v.kind === 'cuda') facts.push({ type: 'cuda', version: v.cuda, ev });
        if (v.kind === 'rocm') facts.push({ type: 'rocm', version: v.rocm, ev });
      }
      for (const l of lines) {
        const include = /^(-r|--requirement|-c|--constraint)[\s=]+(\S+)/.exec(l.text);
        if (include) {
          const target = joinPath(dirOf(item.path), include[2]!);
          const constraint = include[1] === '-c' || include[1] === '--constraint';
          if (input.tree.has(target)) {
            queue.push({
              path: target,
              dev: item.dev || isDevFile(target),
              constraintsOnly: constraint || item.constraintsOnly,
            });
          }
          continue;
        }
        // Options, editable installs and local paths name no package from an index.
        if (l.text.startsWith('-') || /^(\.|\/)/.test(l.text)) continue;
        if (item.constraintsOnly) continue;
        // A URL names its package by #egg=, its wheel or archive file, or its repository (git+https://…/name.git).
        const url = /^[a-z+]+:\/\//i.test(l.text) ? urlPackageName(l.text.split(/\s/)[0]!) : null;
        const req = /^[a-z+]+:\/\//i.test(l.text)
          ? url
            ? parseRequirement(url)
            : null
          : parseRequirement(l.text);
        if (!req) continue;
        const optional = !item.dev && isOptionalFile(item.path);
        const rule = item.dev
          ? 'py.requirements.dev'
          : optional
            ? 'py.requirements.optional'
            : 'py.requirements';
        facts.push(
          ...pythonPackageFacts(req, {
            scope: item.dev ? 'dev' : optional ? 'optional' : 'main',
            group: item.dev ? (/test/i.test(item.path) ? 'test' : 'dev') : optional ? 'optional' : null,
            ev: seen(item.path, l.line, l.text, rule, item.dev || optional ? 2 : 1),
            indexVariant: variant,
          }),
        );
      }
      if (!item.dev) facts.push({ type: 'manifest', file: item.path, runtime: 'python' });
    }
    return facts;
  },
};

/** "requirements" + "../base.txt" → "base.txt"; normalises ./ and ../ segments. */
export function joinPath(dir: string, rel: string): string {
  const parts = rel.startsWith('/') ? [] : dir ? dir.split('/') : [];
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return parts.join('/');
}
