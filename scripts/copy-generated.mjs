// tsc does not copy plain .js sources: put the generated validators next to the compiled code.
import { copyFileSync, mkdirSync } from 'node:fs';

const from = new URL('../packages/core/src/generated/', import.meta.url);
const to = new URL('../packages/core/dist/generated/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const file of ['validators.js', 'validators.d.ts']) copyFileSync(new URL(file, from), new URL(file, to));
