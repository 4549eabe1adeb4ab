// Zig: build.zig.zon, the dependencies a package fetches (by the names it gives them) and the Zig it needs.
import { seen, type Fact } from '../model.js';
import { packageFact } from './package-fact.js';
import { lineOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^build\.zig\.zon$/;

export function zigFacts(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  const own = /^\s*\.name\s*=\s*(?:"([^"]+)"|\.@?"?([\w-]+)"?)/m.exec(text);
  const project = own?.[1] ?? own?.[2];
  facts.push({ type: 'manifest', file: path, runtime: 'zig', ...(project ? { project } : {}) });
  const zig = /\.minimum_zig_version\s*=\s*"(\d+\.\d+)(?:\.\d+)?[^"]*"/.exec(text);
  if (zig)
    facts.push({
      type: 'runtime',
      name: 'zig',
      version: zig[1]!,
      range: null,
      ev: seen(path, lineOf(text, zig[0]), zig[0], 'zig.build', 1),
    });
  // The entries one level inside `.dependencies = .{ … }`: `.known_folders = .{ .url = …, .hash = … }`.
  const start = /\.dependencies\s*=\s*\.\{/.exec(text);
  if (!start) return facts;
  let depth = 1;
  const body = text.slice(start.index + start[0].length);
  let i = 0;
  for (; i < body.length && depth > 0; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (depth === 1 && body[i] === '.') {
      const m = /^\.(?:@"([^"]+)"|([A-Za-z_][\w]*))\s*=\s*\.\{/.exec(body.slice(i));
      if (m) {
        const line = seen(path, lineOf(text, m[0]), m[0], 'zig.build', 1);
        facts.push(packageFact('zig', m[1] ?? m[2]!, null, line));
      }
    }
  }
  return facts;
}

export const zigDetector: Detector = {
  name: 'zig',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    return input.tree.envFiles(FILES).flatMap((path) => {
      const text = input.text(path);
      return text === null ? [] : zigFacts(path, text);
    });
  },
};
