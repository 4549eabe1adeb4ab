// A --persist path the simulator cannot use is bad input (INVALID_INPUT), not an internal error: a directory that
// does not exist, a directory, a device that never ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { start } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'sim-persist-path-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--persist paths that cannot be used', () => {
  it.each([
    [
      'in a directory that does not exist',
      join(dir, 'missing', 'state.json'),
      /cannot write --persist .*ENOENT/,
    ],
    ['a directory', dir, /cannot (read|write) --persist/],
    ['a device that never ends', '/dev/zero', /cannot read --persist \/dev\/zero: it holds more than/],
  ])('%s', async (_what, persist, message) => {
    await expect(start({ persist })).rejects.toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'persist',
        message: expect.stringMatching(message),
      }),
    );
  });
});
