// Elixir: mix.exs, the deps a project declares (`{:jason, "~> 1.4"}`; those `only: :test` or `only: [:dev, :test]`
// are for tests and development) and the Elixir it requires. Every direct dependency is reported: Hex names say
// what they are.
import { seen, type Fact, type FactOf } from '../model.js';
import { lineOf } from './text.js';
import { packageFact } from './package-fact.js';
import type { Detector } from './types.js';

const FILES = /^mix\.exs$/;

/** `{:name, "~> 1.0"}`, `{:name, "~> 1.0", only: :test}`, `{:name, github: "org/repo"}`: one dependency each. */
const DEP = /\{\s*:([a-z_][\w]*)\s*(?:,\s*"([^"]*)")?([^{}]*)\}/g;

export function mixPackages(path: string, text: string): Fact[] {
  // Only the deps list: the tuples of the function that defines it (defp deps do … end).
  const body = /\bdefp?\s+deps\b[\s\S]*?\bend\b/.exec(text);
  if (!body) return [];
  const facts: Fact[] = [];
  for (const m of body[0].matchAll(DEP)) {
    const only = /\bonly:\s*(\[[^\]]*\]|:\w+)/.exec(m[3] ?? '')?.[1] ?? null;
    const forDev = only !== null && !/:prod\b/.test(only);
    const scope: FactOf<'package'>['scope'] = forDev ? 'dev' : 'main';
    const group = forDev ? (/:test\b/.test(only!) && !/:dev\b/.test(only!) ? 'test' : 'dev') : null;
    facts.push(
      packageFact(
        'hex',
        m[1]!,
        m[2] ?? null,
        seen(path, lineOf(text, m[0]), m[0], 'elixir.mix', 1),
        scope,
        group,
      ),
    );
  }
  return facts;
}

export const elixirDetector: Detector = {
  name: 'elixir',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      const app = /\bapp:\s*:([a-z_]\w*)/.exec(text)?.[1];
      facts.push({ type: 'manifest', file: path, runtime: 'elixir', ...(app ? { project: app } : {}) });
      facts.push(...mixPackages(path, text));
      // elixir: "~> 1.14": the lowest Elixir it runs on.
      const elixir = /\belixir:\s*"[~>= ]*(\d+\.\d+(?:\.\d+)?)[^"]*"/.exec(text);
      if (elixir)
        facts.push({
          type: 'runtime',
          name: 'elixir',
          version: elixir[1]!,
          range: null,
          ev: seen(path, lineOf(text, elixir[0]), elixir[0], 'elixir.mix', 1),
        });
    }
    return facts;
  },
};
