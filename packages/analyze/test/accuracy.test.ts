// Accuracy on the fixture repositories, each cloned over real HTTP from a local git http-backend: every
// expected field must match. A naive guess ("GPU if a GPU framework is named anywhere") is scored alongside,
// to show what the rules add.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Requirements } from '@envboot/core';
import { openRepository, parseRepoSpec } from '@envboot/git-source';
import { createBareRepo, startGitServer, type GitServer } from '@envboot/testkit';
import { detect } from '../src/detectors/index.js';
import { inferRequirements } from '../src/infer/requirements.js';
import { RULE_IDS } from '../src/rules.js';
import { EXPECTED } from './fixtures/expected.js';
import { gitEnv, limits, log, tempDir } from './helpers/env.js';
import { score, type Check } from './helpers/score.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/repos/', import.meta.url));
const names = readdirSync(FIXTURES).sort();
let server: GitServer;
const results = new Map<string, { req: Requirements; checks: Check[]; text: string }>();

async function analyse(
  name: string,
  source: 'native' | 'isomorphic' | 'local' = 'native',
): Promise<Requirements> {
  const spec =
    source === 'local'
      ? ({ kind: 'local', path: `${FIXTURES}${name}`, display: name } as const)
      : parseRepoSpec(server.repoUrl(name), {
          allowHttpLoopback: true,
          isDirectory: () => false,
          resolvePath: (p) => p,
        });
  const repo = await openRepository(spec, {
    ref: null,
    workdir: null,
    cacheDir: tempDir('envboot-cache-'),
    gitClient: source === 'local' ? 'native' : source,
    git: gitEnv(),
    limits: limits(),
    maxFiles: 100_000,
    log,
  });
  const found = await detect(repo.files);
  return inferRequirements(found.facts, found.languages);
}

/** Every file's text, for the naive guess. */
function allText(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(`${d}/${e.name}`);
      else out.push(readFileSync(`${d}/${e.name}`, 'utf8'));
    }
  };
  walk(dir);
  return out.join('\n');
}

beforeAll(async () => {
  const root = tempDir('envboot-fixtures-');
  await Promise.all(names.map((name) => createBareRepo(root, { name, dir: `${FIXTURES}${name}` })));
  server = await startGitServer({ root });
  for (const name of names) {
    const req = await analyse(name);
    results.set(name, { req, checks: score(req, EXPECTED[name]!), text: allText(`${FIXTURES}${name}`) });
  }
  // About 200 git processes: a busy machine may take minutes, and nothing here is about speed.
}, 600_000);

afterAll(async () => {
  await server?.close();
});

it('has at least 30 fixture repositories, each with an expectation', () => {
  expect(names.length).toBeGreaterThanOrEqual(30);
  expect(Object.keys(EXPECTED).sort()).toEqual(names);
});

describe('each fixture, cloned over HTTP', () => {
  it.each(names)('%s', (name) => {
    const failed = results.get(name)!.checks.filter((c) => !c.ok);
    expect(failed).toEqual([]);
  });
});

it('scores far better than a naive guess on whether a GPU is needed', () => {
  let ours = 0;
  let naive = 0;
  const fields = new Map<string, [number, number]>();
  for (const [name, r] of results) {
    const truth = EXPECTED[name]!.gpu.needed;
    if (r.req.gpu.needed === truth) ours++;
    if (/\b(torch|tensorflow|jax|cuda|cupy)\b/i.test(r.text) === truth) naive++;
    for (const c of r.checks) {
      const key =
        c.field.startsWith('rule') || c.field.startsWith('no rule')
          ? 'evidence rules'
          : c.field.split('.')[0]!;
      const [ok, all] = fields.get(key) ?? [0, 0];
      fields.set(key, [ok + (c.ok ? 1 : 0), all + 1]);
    }
  }
  const table = [...fields.entries()].map(([f, [ok, all]]) => `  ${f.padEnd(16)} ${ok}/${all}`).join('\n');
  console.log(`gpu.needed: rules ${ours}/${results.size}, naive guess ${naive}/${results.size}\n${table}`);
  expect(ours).toBe(results.size);
  expect(naive).toBeLessThan(ours);
});

it('exercises most rules across the fixtures, and only known ones', () => {
  const fired = new Set<string>();
  for (const r of results.values()) {
    for (const e of [
      ...r.req.evidence,
      ...r.req.gpu.evidence,
      ...r.req.frameworks.flatMap((f) => f.evidence ?? []),
    ])
      fired.add(e.rule!);
  }
  for (const rule of fired) expect(RULE_IDS).toContain(rule);
  expect(fired.size).toBeGreaterThanOrEqual(Math.floor(RULE_IDS.length * 0.75));
});

it('reaches the same conclusions from a local directory and from either Git client', async () => {
  for (const name of names) expect(await analyse(name, 'local')).toEqual(results.get(name)!.req);
  for (const name of [
    'conda-cudatoolkit',
    'monorepo',
    'requirements-includes',
    'notebook-only',
    'cpp-cmake-cuda',
  ]) {
    expect(await analyse(name, 'isomorphic')).toEqual(results.get(name)!.req);
  }
}, 60_000);
