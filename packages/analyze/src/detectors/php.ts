// PHP: composer.json, the packages a project requires (require-dev as dev) and the PHP it requires. Every direct
// requirement is reported: a Packagist name (vendor/package) says what it is.
import { seen, type Fact } from '../model.js';
import { packageFact } from './package-fact.js';
import { isRecord, jsonOf, lineOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^composer\.json$/;
/** Requirements that are the platform, not packages: PHP itself, its extensions and libraries, Composer's API. */
const PLATFORM =
  /^(?:php(?:-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(?:-plugin|-runtime)?-api)$/i;

export function composerFacts(path: string, text: string, doc: Record<string, unknown>): Fact[] {
  const facts: Fact[] = [];
  const ev = (needle: string) => seen(path, lineOf(text, needle), needle, 'php.composer', 1);
  const own = typeof doc.name === 'string' ? doc.name : null;
  facts.push({ type: 'manifest', file: path, runtime: 'php', ...(own ? { project: own } : {}) });
  for (const [key, dev] of [
    ['require', false],
    ['require-dev', true],
  ] as const) {
    const deps = doc[key];
    if (!isRecord(deps)) continue;
    for (const [name, version] of Object.entries(deps)) {
      const constraint = typeof version === 'string' ? version : null;
      if (/^php$/i.test(name) && !dev && constraint) {
        const lowest = /(\d+\.\d+)/.exec(constraint)?.[1] ?? null;
        facts.push({ type: 'runtime', name: 'php', version: lowest, range: constraint, ev: ev(`"${name}"`) });
      }
      if (PLATFORM.test(name) || !name.includes('/')) continue;
      facts.push(
        packageFact('packagist', name, constraint, ev(`"${name}"`), dev ? 'dev' : 'main', dev ? 'dev' : null),
      );
    }
  }
  return facts;
}

export const phpDetector: Detector = {
  name: 'php',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    return input.tree.envFiles(FILES).flatMap((path) => {
      const text = input.text(path);
      const doc = text === null ? null : jsonOf(text, path, input.warn);
      return text !== null && isRecord(doc) ? composerFacts(path, text, doc) : [];
    });
  },
};
