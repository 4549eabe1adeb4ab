import { describe, expect, it } from '@jest/globals';
import { factsOf, ofType } from '../../../test/helpers/detect.js';
import { versionFilesDetector } from './version-files.js';

describe('version files', () => {
  it.each([
    [{ 'runtime.txt': 'python-3.10\n' }, [['python', '3.10']]],
    [{ 'runtime.txt': 'r-4.2-2023-01-01\n' }, [['r', '4.2']]],
    [{ 'runtime.txt': 'r-2023-01-01\n' }, [['r', null]]],
    [{ '.python-version': '3.11.4\n' }, [['python', '3.11.4']]],
    [
      { '.tool-versions': 'nodejs 20.11.0\npython 3.12.1\ngolang 1.22.0\n' },
      [
        ['node', '20.11.0'],
        ['python', '3.12.1'],
        ['go', '1.22.0'],
      ],
    ],
    [
      { 'mise.toml': '[tools]\npython = "3.11"\nnode = ["20", "18"]\n' },
      [
        ['python', '3.11'],
        ['node', '20'],
      ],
    ],
  ])('%j', async (files, expected) => {
    const facts = await factsOf(versionFilesDetector, files);
    expect(ofType(facts, 'runtime').map((r) => [r.name, r.version])).toEqual(expected);
  });
});
