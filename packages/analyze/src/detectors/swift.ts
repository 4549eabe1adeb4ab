// Swift: Package.swift, the packages a Swift package depends on (named by their repository, as SwiftPM names them)
// and the Swift tools version it needs.
import { seen, type Fact } from '../model.js';
import { packageFact } from './package-fact.js';
import { lineOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^Package\.swift$/;

/** `.package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.2.0")` and its other spellings. */
const DEPENDENCY = /\.package\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)/g;

export function swiftPackageFacts(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  const own = /\bPackage\s*\(\s*name:\s*"([^"]+)"/.exec(text)?.[1];
  facts.push({ type: 'manifest', file: path, runtime: 'swift', ...(own ? { project: own } : {}) });
  const tools = /^\/\/\s*swift-tools-version\s*:\s*(\d+\.\d+)/m.exec(text);
  if (tools)
    facts.push({
      type: 'runtime',
      name: 'swift',
      version: tools[1]!,
      range: null,
      ev: seen(path, 1, tools[0], 'swift.package', 1),
    });
  for (const m of text.matchAll(DEPENDENCY)) {
    const args = m[1]!;
    const url = /\burl:\s*"([^"]+)"/.exec(args)?.[1];
    if (!url) continue; // a local package (path:) is the project's own
    const name = /([^/]+?)(?:\.git)?\/?$/.exec(url)?.[1];
    if (!name) continue;
    const version =
      /\b(?:from|exact|upToNextMajor\(from|upToNextMinor\(from)\s*:\s*"([^"]+)"/.exec(args)?.[1] ?? null;
    facts.push(
      packageFact('swiftpm', name, version, seen(path, lineOf(text, m[0]), m[0], 'swift.package', 1)),
    );
  }
  return facts;
}

export const swiftDetector: Detector = {
  name: 'swift',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    return input.tree.envFiles(FILES).flatMap((path) => {
      const text = input.text(path);
      return text === null ? [] : swiftPackageFacts(path, text);
    });
  },
};
