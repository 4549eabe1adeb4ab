import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { dartDetector } from './dart.js';

describe('pubspec.yaml', () => {
  it('reads dependencies (dev ones as dev, the Flutter SDK as flutter) and the Dart SDK', async () => {
    const facts = await factsOf(dartDetector, {
      'pubspec.yaml': [
        'name: field_notes',
        'environment:',
        "  sdk: '>=3.2.0 <4.0.0'",
        'dependencies:',
        '  flutter:',
        '    sdk: flutter',
        '  flutter_localizations:',
        '    sdk: flutter',
        '  provider: ^6.1.1',
        '  http: ^1.1.0',
        'dev_dependencies:',
        '  flutter_lints: ^3.0.0',
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.ecosystem, p.name, p.scope])).toEqual([
      ['pub', 'flutter', 'main'],
      ['pub', 'provider', 'main'],
      ['pub', 'http', 'main'],
      ['pub', 'flutter_lints', 'dev'],
    ]);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual([['dart', '3.2']]);
  });
});
