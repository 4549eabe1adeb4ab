// Dart and Flutter: pubspec.yaml, the packages an app or package depends on (dev_dependencies as dev; the Flutter
// SDK as flutter) and the Dart SDK it needs.
import { seen, type Fact } from '../model.js';
import { packageFact } from './package-fact.js';
import { isRecord, lineOf, yamlOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^pubspec\.yaml$/;

export function pubspecFacts(path: string, text: string, doc: Record<string, unknown>): Fact[] {
  const own = typeof doc.name === 'string' ? doc.name : null;
  const facts: Fact[] = [{ type: 'manifest', file: path, runtime: 'dart', ...(own ? { project: own } : {}) }];
  const ev = (needle: string) => seen(path, lineOf(text, needle), needle, 'dart.pubspec', 1);
  const sdk = isRecord(doc.environment) ? doc.environment.sdk : null;
  const lowest = typeof sdk === 'string' ? /(\d+\.\d+)/.exec(sdk)?.[1] : undefined;
  if (lowest)
    facts.push({ type: 'runtime', name: 'dart', version: lowest, range: sdk as string, ev: ev('sdk:') });
  for (const [key, dev] of [
    ['dependencies', false],
    ['dev_dependencies', true],
  ] as const) {
    const deps = doc[key];
    if (!isRecord(deps)) continue;
    for (const [name, spec] of Object.entries(deps)) {
      // flutter: {sdk: flutter} is the Flutter SDK; flutter_test and the like are parts of it.
      if (isRecord(spec) && 'sdk' in spec && name !== 'flutter') continue;
      const version = typeof spec === 'string' ? spec : null;
      facts.push(packageFact('pub', name, version, ev(`${name}:`), dev ? 'dev' : 'main', dev ? 'dev' : null));
    }
  }
  return facts;
}

export const dartDetector: Detector = {
  name: 'dart',
  select: (tree) => tree.envFiles(FILES),
  async detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      const doc = await yamlOf(text, path, input.warn);
      if (isRecord(doc)) facts.push(...pubspecFacts(path, text, doc));
    }
    return facts;
  },
};
