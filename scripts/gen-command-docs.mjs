// Writes the flags table of every command into docs/commands/<name>.md, from the built command definitions.
// Run after `npm run build`; apps/envboot/test/docs.test.ts fails when a page is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { STEPS, docPage, flagsTable, withFlags } from '../apps/envboot/dist/main.js';

for (const step of STEPS) {
  const file = new URL(`../${docPage(step.name)}`, import.meta.url);
  const page = readFileSync(file, 'utf8');
  const updated = withFlags(page, step.name, flagsTable(step));
  if (updated !== page) {
    writeFileSync(file, updated);
    console.log(`updated ${docPage(step.name)} (${step.name})`);
  }
}
