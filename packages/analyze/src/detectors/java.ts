// The JDK: pom.xml compiler release/source/target or java.version, Gradle toolchains and sourceCompatibility,
// .java-version and .sdkmanrc.
import { seen, type Fact } from '../model.js';
import type { RuleId } from '../rules.js';
import { jvmPackages } from './jvm-go-packages.js';
import { lineOf } from './text.js';
import type { Detector } from './types.js';

const FILES = /^(pom\.xml|build\.gradle(\.kts)?|\.java-version|\.sdkmanrc)$/;

const PATTERNS: Array<[RegExp, RuleId]> = [
  [/<maven\.compiler\.release>\s*(\d+)\s*</, 'java.maven'],
  [/<release>\s*(\d+)\s*<\/release>/, 'java.maven'],
  [/<java\.version>\s*(?:1\.)?(\d+)\s*</, 'java.maven'],
  [/<maven\.compiler\.source>\s*(?:1\.)?(\d+)\s*</, 'java.maven'],
  [/<maven\.compiler\.target>\s*(?:1\.)?(\d+)\s*</, 'java.maven'],
  [/languageVersion(?:\.set\(|\s*=\s*)\s*JavaLanguageVersion\.of\(\s*(\d+)\s*\)/, 'java.gradle'],
  [/jvmToolchain\(\s*(\d+)\s*\)/, 'java.gradle'],
  [/sourceCompatibility\s*=\s*(?:JavaVersion\.VERSION_(?:1_)?(\d+)|['"]?(?:1\.)?(\d+))/, 'java.gradle'],
  [/^java=(\d+)/m, 'java.version-file'],
  [/^(?:\D*-)?(?:1\.)?(\d+)(?:\.\d+)*/m, 'java.version-file'],
];

export const javaDetector: Detector = {
  name: 'java',
  select: (tree) => tree.envFiles(FILES),
  detect(input) {
    const facts: Fact[] = [];
    for (const path of input.tree.envFiles(FILES)) {
      const text = input.text(path);
      if (text === null) continue;
      const versionFile = /\.(java-version|sdkmanrc)$/.test(path);
      if (!versionFile)
        facts.push({ type: 'manifest', file: path, runtime: 'java' }, ...jvmPackages(path, text));
      let found = false;
      for (const [re, rule] of PATTERNS) {
        if ((rule === 'java.version-file') !== versionFile) continue;
        const m = re.exec(text);
        if (!m) continue;
        const v = m[1] ?? m[2]!;
        facts.push({
          type: 'runtime',
          name: 'java',
          version: v,
          range: `>=${v}`,
          ev: seen(path, lineOf(text, m[0].split('\n')[0]!), m[0], rule, 1),
        });
        found = true;
        break;
      }
      if (!found && !versionFile) {
        facts.push({
          type: 'runtime',
          name: 'java',
          version: null,
          range: null,
          ev: seen(path, 1, path, path.endsWith('pom.xml') ? 'java.maven' : 'java.gradle', 2),
        });
      }
    }
    return facts;
  },
};
