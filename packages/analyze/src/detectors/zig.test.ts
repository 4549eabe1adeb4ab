import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../test/helpers/detect.js';
import { zigDetector } from './zig.js';

describe('build.zig.zon', () => {
  it('reads each dependency by the name the package gives it, and the minimum Zig', async () => {
    const facts = await factsOf(zigDetector, {
      'build.zig.zon': [
        '.{',
        '    .name = "zls",',
        '    .version = "0.12.0",',
        '    .minimum_zig_version = "0.12.0-dev.3381+7057bffc1",',
        '    .dependencies = .{',
        '        .known_folders = .{',
        '            .url = "https://github.com/ziglibs/known-folders/archive/0ad514d.tar.gz",',
        '            .hash = "1220afb4",',
        '        },',
        '        .@"diffz" = .{ .url = "https://github.com/ziglibs/diffz/archive/ef45c0.tar.gz", .hash = "122089" },',
        '    },',
        '    .paths = .{ "" },',
        '}',
      ].join('\n'),
    });
    expect(ofType(facts, 'package').map((p) => [p.ecosystem, p.name])).toEqual([
      ['zig', 'known_folders'],
      ['zig', 'diffz'],
    ]);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual([['zig', '0.12']]);
    expect(ofType(facts, 'manifest')[0]).toMatchObject({ runtime: 'zig', project: 'zls' });
  });
});
