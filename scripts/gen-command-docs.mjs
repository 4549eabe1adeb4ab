// Writes the flags table of every command into docs/commands/<name>.md, from the built command definitions.
// Run after `npm run build`; apps/envboot/test/docs.test.ts fails when a page is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { STEPS, flagsTable, withFlags } from '../apps/envboot/dist/main.js';

for (const step of STEPS) {
  const file = new URL(`../docs/commands/${step.name}.md`, import.meta.url);
  const page = readFileSync(file, 'utf8');
  const updated = withFlags(page, step.name, flagsTable(step));
  if (updated !== page) {
    writeFileSync(file, updated);
    console.log(`updated docs/commands/${step.name}.md`);
  }
}
