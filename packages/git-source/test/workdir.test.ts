// --workdir names something that is not a directory (a file, a device): INVALID_INPUT before any fetch, not an
// INTERNAL error from mkdir.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { openRepository } from '../src/open.js';
import { parseRepoSpec } from '../src/spec.js';
import { gitEnv, limits, log, tempDir } from './helpers/env.js';

const spec = parseRepoSpec('http://127.0.0.1:1/none.git', {
  allowHttpLoopback: true,
  isDirectory: () => false,
  resolvePath: (p) => p,
});

describe('--workdir that is not a directory', () => {
  const file = join(tempDir('envboot-workdir-'), 'a-file');
  writeFileSync(file, 'x');

  it.each([
    ['a device', '/dev/null'],
    ['a file', file],
  ])('%s', async (_what, workdir) => {
    await expect(
      openRepository(spec, {
        ref: null,
        workdir,
        cacheDir: tempDir('envboot-cache-'),
        gitClient: 'native',
        git: gitEnv(),
        limits: limits(),
        maxFiles: 1000,
        log,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'workdir',
      message: expect.stringContaining('not a directory'),
    });
  });
});
