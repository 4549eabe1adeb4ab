// Every command has a page in docs/commands/ whose flags table matches its definition.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '@envboot/testkit';
import { STEPS, docPage, flagsTable, withFlags } from '../src/main.js';

describe('docs/commands', () => {
  it.each(STEPS.map((s) => [s.name, s] as const))(
    '%s.md lists every flag (node scripts/gen-command-docs.mjs)',
    (name, step) => {
      const page = readFileSync(`${REPO_ROOT}${docPage(name)}`, 'utf8');
      expect(withFlags(page, name, flagsTable(step))).toBe(page);
    },
  );

  it.each(STEPS.map((s) => [s.name, s] as const))(
    '%s --help has at least two examples, one a pipeline',
    (_name, step) => {
      expect(step.examples.length).toBeGreaterThanOrEqual(2);
      expect(step.examples.some(([cmd]) => cmd.includes('|'))).toBe(true);
    },
  );
});

describe('docs/reliability.md, the shipped artifact', () => {
  const doc = readFileSync(`${REPO_ROOT}docs/reliability.md`, 'utf8');
  const table = /<!-- shipped-artifact -->\n([\s\S]*?)<!-- \/shipped-artifact -->/.exec(doc)?.[1] ?? '';
  const rows = table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| feature') && !line.startsWith('| ---'))
    .map((line) => line.split(' | ').at(-1)!.replace(/ \|$/, ''));

  it('lists the features', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it.each(rows)('names a test that exists: %s', (cell) => {
    const [, file, name] = /^`([^`]+)` › (.+)$/.exec(cell) ?? [];
    expect(file).toBeDefined();
    const source = readFileSync(`${REPO_ROOT}${file}`, 'utf8');
    // Names are written as in the source, where quotes may be escaped or of another kind.
    const plain = (s: string) => s.replace(/\\'/g, "'").replace(/[`"']/g, '');
    expect(plain(source)).toContain(plain(name!));
  });
});
