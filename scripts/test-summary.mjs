// Adds up every test result of this run and prints the closing line CI reads: `tests: N passed, N failed`.
// Sources: each workspace's .jest-results.json (a suite that failed outside its tests — it did not load, or a
// beforeAll/afterAll failed — counts as a failed test; a workspace that was to run but wrote no results file counts
// as one failure), and .test-results/*.json written by other checks ({ "name", "passed", "failed", "skipped" }:
// lint, the real-client conformance run, …). `npm test -- --filter=…` records which workspaces were to run in
// .test-results/scope.json; without it, every workspace with a test script was.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function workspaces(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return pkg.workspaces
    .flatMap((pattern) => {
      const base = pattern.replace(/\/\*$/, '');
      return existsSync(join(root, base))
        ? readdirSync(join(root, base)).map((d) => join(root, base, d))
        : [];
    })
    .filter((dir) => existsSync(join(dir, 'package.json')));
}

const SCOPE = 'scope.json';

/** Records the workspaces (directories relative to the root) this run of the tests covers. */
export function writeScope(root, directories) {
  mkdirSync(join(root, '.test-results'), { recursive: true });
  writeFileSync(join(root, '.test-results', SCOPE), `${JSON.stringify(directories)}\n`);
}

function inScope(root) {
  const file = join(root, '.test-results', SCOPE);
  return existsSync(file) ? new Set(JSON.parse(readFileSync(file, 'utf8')).map((d) => join(root, d))) : null;
}

export function resultFiles(root) {
  const scope = inScope(root);
  const tested = workspaces(root).filter(
    (dir) =>
      JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.test && (!scope || scope.has(dir)),
  );
  const extraDir = join(root, '.test-results');
  return {
    tested,
    jest: tested.map((dir) => join(dir, '.jest-results.json')),
    extra: existsSync(extraDir)
      ? readdirSync(extraDir)
          .filter((f) => f.endsWith('.json') && f !== SCOPE)
          .map((f) => join(extraDir, f))
      : [],
  };
}

export function summarize(root) {
  const { tested, extra } = resultFiles(root);
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const notes = [];
  for (const dir of tested) {
    const file = join(dir, '.jest-results.json');
    if (!existsSync(file)) {
      failed += 1;
      notes.push(`${dir}: no test results (the suite did not run)`);
      continue;
    }
    const r = JSON.parse(readFileSync(file, 'utf8'));
    // A suite jest marks failed while none of its tests failed broke outside them: it did not load, or a
    // beforeAll/afterAll hook failed.
    const brokenSuites = r.testResults.filter(
      (t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'),
    );
    passed += r.numPassedTests;
    failed += r.numFailedTests + brokenSuites.length;
    skipped += r.numPendingTests + r.numTodoTests;
    for (const s of brokenSuites) {
      const why = s.assertionResults.length === 0 ? 'failed to load' : 'failed outside its tests (a hook)';
      notes.push(`${s.name}: ${why}`);
    }
  }
  for (const file of extra) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.passed ?? 0;
    failed += r.failed ?? 0;
    skipped += r.skipped ?? 0;
    if (r.failed) notes.push(`${r.name ?? file}: ${r.failed} failed`);
  }
  return { passed, failed, skipped, notes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { passed, failed, skipped, notes } = summarize(root);
  for (const note of notes) console.log(`  ${note}`);
  if (skipped) console.log(`  (${skipped} skipped)`);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}
