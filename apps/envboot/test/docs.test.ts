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
