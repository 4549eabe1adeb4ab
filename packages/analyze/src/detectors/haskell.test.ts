import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType, warningsOf } from '../../test/helpers/detect.js';
import { haskellDetector } from './haskell.js';

const CABAL = `cabal-version: 2.4
name:          lintdocker
version:       2.12.0
tested-with:   GHC == 9.4.7, GHC == 9.2.8

library
  exposed-modules: Lint
  build-depends:
      base >=4.8 && <5
    , aeson
    , megaparsec >=9.0
    , ShellCheck >=0.8.0

executable lintdocker
  main-is:       Main.hs
  build-depends: base, lintdocker, optparse-applicative >=0.14

test-suite spec
  type:          exitcode-stdio-1.0
  build-depends: base, hspec, aeson
`;

describe('Haskell packages', () => {
  it('reads every build-depends of a .cabal file, tests as test, without base or the package itself', async () => {
    const facts = await factsOf(haskellDetector, { 'lintdocker.cabal': CABAL });
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope, p.group ?? null, p.ev.line])).toEqual([
      ['aeson', 'main', null, 10],
      ['megaparsec', 'main', null, 11],
      ['ShellCheck', 'main', null, 12],
      ['optparse-applicative', 'main', null, 16],
      ['hspec', 'dev', 'test', 20],
    ]);
    expect(ofType(facts, 'manifest')).toEqual([
      { type: 'manifest', file: 'lintdocker.cabal', runtime: 'haskell', project: 'lintdocker' },
    ]);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual([['haskell', '9.2.8']]);
  });

  it("reads hpack's package.yaml, and no other package.yaml", async () => {
    const facts = await factsOf(haskellDetector, {
      'package.yaml':
        'name: tool\ndependencies:\n  - base >= 4.7 && < 5\n  - text\nexecutables:\n  tool:\n    main: Main.hs\n    dependencies:\n      - optparse-applicative\ntests:\n  spec:\n    dependencies:\n      - hspec\n',
    });
    expect(ofType(facts, 'package').map((p) => [p.name, p.scope])).toEqual([
      ['text', 'main'],
      ['optparse-applicative', 'main'],
      ['hspec', 'dev'],
    ]);
    const other = await factsOf(haskellDetector, { 'package.yaml': 'title: not hpack\nitems: [1, 2]\n' });
    expect(other).toEqual([]);
  });

  it('warns of a package.yaml that does not parse only beside Haskell code', async () => {
    const broken = 'name: tool\ndependencies: [text\n';
    expect(await warningsOf(haskellDetector, { 'package.yaml': broken })).toEqual([]);
    const warnings = await warningsOf(haskellDetector, {
      'package.yaml': broken,
      'app/Main.hs': 'main = pure ()\n',
    });
    expect(warnings.map((w) => w.file)).toEqual(['package.yaml']);
  });
});
