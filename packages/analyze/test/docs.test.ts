// docs/commands/analyze.md lists every rule the analysis applies, with its example.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { REPO_ROOT } from '@envboot/testkit';
import { RULES } from '../src/rules.js';

const page = readFileSync(`${REPO_ROOT}docs/commands/analyze.md`, 'utf8');

describe('docs/commands/analyze.md', () => {
  it.each(Object.entries(RULES))('lists %s with its example', (id, rule) => {
    const row = page.split('\n').find((l) => l.startsWith(`| \`${id}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(rule.example.replace(/\|/g, '\\|').replace(/`/g, "'"));
    expect(row).toContain(`| ${rule.priority} |`);
  });
});
