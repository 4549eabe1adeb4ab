// The closing line of `npm test` (scripts/test-summary.mjs) tells the truth: a suite that broke outside its tests
// counts as failed, skipped checks are shown, and a filtered run counts only the workspaces that were to run.
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, writeScope } from '../../../scripts/test-summary.mjs';

interface Suite {
  status: 'passed' | 'failed';
  tests: Array<'passed' | 'failed'>;
}

/** A repository root with workspaces a, b and c, and the jest results given for each (none: no results file). */
function root(results: Record<string, Suite[] | undefined>): string {
  const dir = mkdtempSync(join(tmpdir(), 'closing-line-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ workspaces: ['packages/*'] }));
  for (const name of ['a', 'b', 'c']) {
    const ws = join(dir, 'packages', name);
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'package.json'), JSON.stringify({ name, scripts: { test: 'jest' } }));
    const suites = results[name];
    if (!suites) continue;
    const count = (s: 'passed' | 'failed') => suites.flatMap((x) => x.tests).filter((t) => t === s).length;
    writeFileSync(
      join(ws, '.jest-results.json'),
      JSON.stringify({
        numPassedTests: count('passed'),
        numFailedTests: count('failed'),
        numPendingTests: 0,
        numTodoTests: 0,
        testResults: suites.map((s, i) => ({
          name: `${name}/suite-${i}.test.ts`,
          status: s.status,
          assertionResults: s.tests.map((status) => ({ status })),
        })),
      }),
    );
  }
  return dir;
}

describe('the closing line', () => {
  it('adds up passed and failed tests', () => {
    const dir = root({
      a: [{ status: 'passed', tests: ['passed', 'passed'] }],
      b: [{ status: 'failed', tests: ['passed', 'failed'] }],
      c: [{ status: 'passed', tests: ['passed'] }],
    });
    expect(summarize(dir)).toMatchObject({ passed: 4, failed: 1 });
  });

  it('counts a suite whose hook failed while its tests passed, and one that did not load', () => {
    const dir = root({
      a: [{ status: 'failed', tests: ['passed', 'passed'] }],
      b: [{ status: 'failed', tests: [] }],
      c: [{ status: 'passed', tests: ['passed'] }],
    });
    const s = summarize(dir);
    expect(s).toMatchObject({ passed: 3, failed: 2 });
    expect(s.notes.join('\n')).toMatch(/outside its tests/);
    expect(s.notes.join('\n')).toMatch(/failed to load/);
  });

  it('counts a workspace that wrote no results as failed', () => {
    const dir = root({
      a: [{ status: 'passed', tests: ['passed'] }],
      b: [{ status: 'passed', tests: ['passed'] }],
    });
    expect(summarize(dir)).toMatchObject({ passed: 2, failed: 1 });
  });

  it('with a scope, counts only the workspaces that were to run', () => {
    const dir = root({ a: [{ status: 'passed', tests: ['passed'] }] });
    writeScope(dir, ['packages/a']);
    expect(summarize(dir)).toMatchObject({ passed: 1, failed: 0 });
  });

  it('shows what other checks skipped', () => {
    const dir = root({
      a: [{ status: 'passed', tests: ['passed'] }],
      b: [{ status: 'passed', tests: ['passed'] }],
      c: [{ status: 'passed', tests: ['passed'] }],
    });
    mkdirSync(join(dir, '.test-results'));
    writeFileSync(
      join(dir, '.test-results', 'conformance.json'),
      JSON.stringify({ name: 'conformance', passed: 20, failed: 0, skipped: 1 }),
    );
    expect(summarize(dir)).toMatchObject({ passed: 23, failed: 0, skipped: 1 });
  });
});
