import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { swiftDetector } from './swift.js';

describe('Package.swift', () => {
  it('reads each package dependency by its repository name, and the tools version', async () => {
    const facts = await factsOf(swiftDetector, {
      'Package.swift': [
        '// swift-tools-version:5.9',
        'import PackageDescription',
        'let package = Package(',
        '    name: "SwiftLint",',
        '    dependencies: [',
        '        .package(url: "https://github.com/apple/swift-argument-parser.git", .upToNextMinor(from: "1.2.1")),',
        '        .package(url: "https://github.com/jpsim/SourceKitten.git", exact: "0.35.0"),',
        '        .package(url: "https://github.com/jpsim/Yams", from: "5.0.6"),',
        '        .package(path: "../Shared"),',
        '    ]',
        ')',
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.ecosystem, p.name, p.version])).toEqual([
      ['swiftpm', 'swift-argument-parser', '1.2.1'],
      ['swiftpm', 'SourceKitten', '0.35.0'],
      ['swiftpm', 'Yams', '5.0.6'],
    ]);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual([['swift', '5.9']]);
    expect(ofType(facts, 'manifest')[0]).toMatchObject({ runtime: 'swift', project: 'SwiftLint' });
  });
});
