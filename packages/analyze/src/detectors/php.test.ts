import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType, warningsOf } from '../../test/helpers/detect.js';
import { phpDetector } from './php.js';

describe('composer.json', () => {
  it('reads every required package (dev ones as dev) without the platform, and the PHP it requires', async () => {
    const facts = await factsOf(phpDetector, {
      'composer.json': JSON.stringify(
        {
          name: 'acme/deploy',
          require: { php: '^8.1', 'ext-json': '*', 'symfony/console': '^6.4', 'guzzlehttp/guzzle': '^7.0' },
          'require-dev': { 'phpunit/phpunit': '^10.5' },
        },
        null,
        2,
      ),
    });
    expect(ofType(facts, 'package').map((p) => [p.ecosystem, p.name, p.version, p.scope])).toEqual([
      ['packagist', 'symfony/console', '^6.4', 'main'],
      ['packagist', 'guzzlehttp/guzzle', '^7.0', 'main'],
      ['packagist', 'phpunit/phpunit', '^10.5', 'dev'],
    ]);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version, r.range])).toEqual([
      ['php', '8.1', '^8.1'],
    ]);
    expect(ofType(facts, 'manifest')).toEqual([
      { type: 'manifest', file: 'composer.json', runtime: 'php', project: 'acme/deploy' },
    ]);
  });

  it('warns about a composer.json that does not parse', async () => {
    const warnings = await warningsOf(phpDetector, { 'composer.json': '{ "require": ' });
    expect(warnings.map((w) => w.file)).toEqual(['composer.json']);
  });
});
