// The schema files of schemas/, loaded once for the generators and for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const schemasDir = fileURLToPath(new URL('../schemas/', import.meta.url));

/** Every schema file as { file, name, schema }, in a stable order. */
export function loadSchemas() {
  return readdirSync(schemasDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      name: file.replace(/\.json$/, ''),
      schema: JSON.parse(readFileSync(new URL(file, `file://${schemasDir}`), 'utf8')),
    }));
}

/** "capacity" → "Capacity", "lease-deletion" → "LeaseDeletion". */
export function pascal(name) {
  return name.replace(/(^|[-_])([a-z])/g, (_m, _s, c) => c.toUpperCase());
}
