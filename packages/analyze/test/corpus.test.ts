// The labelled corpus (test/corpus): every label is well-formed and names files that are there, the held-out set is
// a fifth of the corpus or more and spans its kinds, and every repository analyses and plans (against CHI@UC) without failing. How accurate the
// analysis is on it is not checked here: `npm run analyze-accuracy` reports that.
import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openRepository } from '@envboot/git-source';
import { detect } from '../src/detectors/index.js';
import { inferRequirements } from '../src/infer/requirements.js';
import { plan } from '../src/plan/plan.js';
import { ucCatalog } from './helpers/catalog.js';
import { inVersionSpec, KINDS, labelProblems, readLabels, unlabelledRepos } from './corpus/corpus.mjs';
import { gitEnv, limits, log, tempDir } from './helpers/env.js';

const CORPUS = fileURLToPath(new URL('./corpus/', import.meta.url));
const labels = readLabels(CORPUS);

describe('the corpus labels', () => {
  it('has at least 80 repositories, each with a label', () => {
    expect(labels.length).toBeGreaterThanOrEqual(80);
    expect(unlabelledRepos(CORPUS)).toEqual([]);
  });

  it.each(labels.map((l) => [l.name, l] as const))('%s is well-formed', (_name, label) => {
    expect(labelProblems(label, CORPUS)).toEqual([]);
  });

  it('holds out a fifth of the repositories or more, across the kinds', () => {
    const heldOut = labels.filter((l) => l.set === 'held-out');
    expect(heldOut.length * 5).toBeGreaterThanOrEqual(labels.length);
    expect(new Set(heldOut.map((l) => l.kind)).size).toBeGreaterThanOrEqual(KINDS.length - 2);
  });

  it('covers every kind', () => {
    expect([...new Set(labels.map((l) => l.kind))].sort()).toEqual([...KINDS].sort());
  });
});

// The next held-out set, while it is built (test/corpus/next): well-formed labels over files that are there. It is
// neither analysed nor scored until it joins the corpus, so that its first score is taken on rules nobody tuned on it.
const NEXT = fileURLToPath(new URL('./corpus/next/', import.meta.url));
const nextLabels = existsSync(`${NEXT}labels`) ? readLabels(NEXT) : [];

describe('the next held-out set, while it is built', () => {
  it('names repositories the corpus does not hold yet, each with a label', () => {
    const taken = new Set(labels.map((l) => l.source.repo.toLowerCase()));
    expect(nextLabels.filter((l) => taken.has(l.source.repo.toLowerCase())).map((l) => l.name)).toEqual([]);
    expect(nextLabels.filter((l) => labels.some((c) => c.name === l.name)).map((l) => l.name)).toEqual([]);
    if (nextLabels.length) expect(unlabelledRepos(NEXT)).toEqual([]);
  });

  it('has well-formed labels, each held out', () => {
    expect(nextLabels.flatMap((l) => labelProblems(l, NEXT).map((p) => `${l.name}: ${p}`))).toEqual([]);
    expect(nextLabels.filter((l) => l.set !== 'held-out').map((l) => l.name)).toEqual([]);
  });
});

describe('version specs', () => {
  it('take the same major.minor, or an answer inside a range', () => {
    expect(inVersionSpec('12.1', '12.1')).toBe(true);
    expect(inVersionSpec('3.10.4', '3.10')).toBe(true);
    expect(inVersionSpec('3.1', '3.10')).toBe(false);
    expect(inVersionSpec('11.8', { min: '11.6' })).toBe(true);
    expect(inVersionSpec('11.3', { min: '11.6' })).toBe(false);
    expect(inVersionSpec('3.12', { min: '3.8', max: '3.11' })).toBe(false);
    expect(inVersionSpec('12', { min: '11.8', max: '12.4' })).toBe(true);
    expect(inVersionSpec('11', { min: '11.6' })).toBe(false);
    expect(inVersionSpec(null, '3.10')).toBe(false);
  });
});

const uc = ucCatalog();

describe('every corpus repository analyses and plans without failing', () => {
  it.each(labels.map((l) => l.name))('%s', async (name) => {
    const repo = await openRepository(
      { kind: 'local', path: `${CORPUS}repos/${name}`, display: name },
      {
        ref: null,
        workdir: null,
        cacheDir: tempDir('envboot-corpus-'),
        gitClient: 'native',
        git: gitEnv(),
        limits: limits(),
        maxFiles: 100_000,
        log,
      },
    );
    const found = await detect(repo.files);
    const req = inferRequirements(found.facts, found.languages);
    expect(found.warnings).toEqual([]);
    expect(typeof req.gpu.needed).toBe('boolean');
    // Against the real CHI@UC catalog: a stated need larger than any node gives the largest fit with a reason.
    const planned = plan(req, uc, { maxNodes: 4 });
    expect(planned.node_type).toEqual(expect.any(String));
    expect(planned.reasons.length).toBeGreaterThan(0);
  });
});
