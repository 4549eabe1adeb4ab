// Packages the knowledge base knows, declared in go.mod (require) and in Maven or Gradle builds (dependencies):
// Go modules by path, Java libraries by artifactId (or groupId:artifactId where the knowledge base lists that).
// A Maven test scope or a Gradle test configuration is a test dependency.
import { knownPackage } from '../knowledge/catalog.js';
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { lineOf } from './text.js';

function packageFact(
  ecosystem: 'go' | 'maven',
  name: string,
  version: string | null,
  test: boolean,
  ev: ReturnType<typeof seen>,
): Fact {
  return {
    type: 'package',
    ecosystem,
    name,
    extras: [],
    version,
    scope: test ? 'dev' : 'main',
    group: test ? 'test' : null,
    conditional: false,
    variant: null,
    ev,
  };
}

/**
 * `require path v1.2.3` and the lines of `require ( … )` blocks: the module's direct requirements, known to the
 * knowledge base or not (a module path names what it is). `// indirect` ones are only there for others' sake.
 */
export function goModPackages(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  const lines = text.split(/\r?\n/);
  let inBlock = false;
  lines.forEach((raw, i) => {
    if (/\/\/\s*indirect\b/.test(raw)) return;
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (/^require\s*\($/.test(line)) return void (inBlock = true);
    if (inBlock && line === ')') return void (inBlock = false);
    const m = inBlock ? /^(\S+)\s+(v\S+)/.exec(line) : /^require\s+(\S+)\s+(v\S+)/.exec(line);
    if (!m) return;
    facts.push(packageFact('go', m[1]!, m[2]!, false, seen(path, i + 1, raw, 'go.mod', 1)));
  });
  return facts;
}

/** The knowledge base's name for a Maven coordinate: groupId:artifactId when listed so, else the artifactId. */
function javaName(group: string | null, artifact: string | null): string | null {
  if (!artifact) return null;
  const full = `${group}:${artifact}`;
  if (knownPackage('java', full)) return full;
  return knownPackage('java', artifact) ? artifact : null;
}

/** <dependency> elements of a pom.xml, and `implementation 'g:a:v'`-style lines of a Gradle build. */
export function jvmPackages(path: string, text: string): Fact[] {
  const facts: Fact[] = [];
  const rule: RuleId = path.endsWith('pom.xml') ? 'java.maven' : 'java.gradle';
  if (rule === 'java.maven') {
    for (const m of text.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
      const tag = (t: string) => new RegExp(`<${t}>\\s*([^<\\s]+)\\s*</${t}>`).exec(m[1]!)?.[1] ?? null;
      const name = javaName(tag('groupId'), tag('artifactId'));
      if (!name) continue;
      const line = lineOf(text, `<artifactId>${tag('artifactId')}</artifactId>`);
      facts.push(
        packageFact('maven', name, tag('version'), tag('scope') === 'test', seen(path, line, name, rule, 1)),
      );
    }
    return facts;
  }
  const GRADLE = /^\s*(\w+)\s*\(?\s*["']([\w.-]+):([\w.-]+)(?::([\w.+-]+))?["']/;
  text.split(/\r?\n/).forEach((raw, i) => {
    const m = GRADLE.exec(raw);
    if (!m) return;
    const name = javaName(m[2]!, m[3]!);
    if (!name) return;
    const test = /^test/i.test(m[1]!);
    facts.push(packageFact('maven', name, m[4] ?? null, test, seen(path, i + 1, raw, rule, 1)));
  });
  return facts;
}
