// Gemfile and *.gemspec: the gems a Ruby project declares (those the knowledge base knows). Development and test
// gems (add_development_dependency, a Gemfile group of development or test) are dev dependencies.
import { recognisedPackage } from '../knowledge/catalog.js';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { isDevGroup } from './text.js';
import type { Detector } from './types.js';

const FILES = /^(Gemfile|[^/]+\.gemspec)$/;

function gemFact(name: string, version: string | null, dev: boolean, ev: ReturnType<typeof seen>): Fact {
  return {
    type: 'package',
    ecosystem: 'rubygems',
    name,
    extras: [],
    version,
    scope: dev ? 'dev' : 'main',
    group: dev ? 'development' : null,
    conditional: false,
    variant: null,
    ev,
  };
}

/**
 * `spec.add_dependency "thor", "~> 1.0"`, `add_runtime_dependency`, `add_development_dependency`; generated gemspecs
 * write the name as `%q<haml>` and the version in a list (`[">= 3.0"]`).
 */
export function gemspecPackages(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const m =
      /^\s*\w+\.add_(runtime_|development_)?dependency\s*\(?\s*(?:["']([\w.-]+)["']|%q<([\w.-]+)>)(?:\s*,\s*\[?\s*["']([^"']+)["'])?/.exec(
        raw,
      );
    const name = m ? (m[2] ?? m[3])! : null;
    if (!m || !name || !recognisedPackage('ruby', name)) return;
    facts.push(gemFact(name, m[4] ?? null, m[1] === 'development_', rubySeen(path, i, raw, 'ruby.gemspec')));
  });
  return facts;
}

/** `gem "rails", "~> 7.1"` lines of a Gemfile; inside `group :development, :test do … end` they are dev. */
export function gemfilePackages(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  const groups: boolean[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '');
    const group = /^\s*group\s+(.+?)\s+do\b/.exec(line);
    if (group) {
      const names = [...group[1]!.matchAll(/:(\w+)|["'](\w+)["']/g)].map((g) => g[1] ?? g[2]!);
      groups.push(names.length > 0 && names.every((n) => isDevGroup(n)));
      return;
    }
    if (/^\s*end\b/.test(line) && groups.length) return void groups.pop();
    const m = /^\s*gem\s+["']([\w.-]+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line);
    if (!m || !recognisedPackage('ruby', m[1]!)) return;
    const dev = groups.some(Boolean) || /\bgroups?:\s*\[?\s*:(?:development|test)\b/.test(line);
    facts.push(gemFact(m[1]!, m[2] ?? null, dev, rubySeen(path, i, raw, 'ruby.gemfile')));
  });
  return facts;
}

function rubySeen(path: string, index: number, raw: string, rule: RuleId) {
  return seen(path, index + 1, raw.trim(), rule, 1);
}

export const rubyDetector: Detector = {
  name: 'ruby',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      // A gemspec publishes the gem it names (s.name = "vagrant", %q{brakeman}).
      const gem = path.endsWith('.gemspec')
        ? /\.name\s*=\s*(?:["']([\w.-]+)["']|%q\{([\w.-]+)\})/.exec(text)
        : null;
      const project = gem ? (gem[1] ?? gem[2]) : undefined;
      facts.push(
        { type: 'manifest', file: path, runtime: 'ruby', ...(project ? { project } : {}) },
        ...(path.endsWith('.gemspec') ? gemspecPackages(path, text) : gemfilePackages(path, text)),
      );
    }
    return facts;
  },
};
