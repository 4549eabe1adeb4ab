import { describe, expect, it } from '@jest/globals';
import { loadSeed } from './seed.js';

describe('a seed file named on the command line', () => {
  it('is read within a bound: a device that never ends is refused, not read until memory runs out', () => {
    expect(() => loadSeed('/dev/zero')).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'seed',
        message: 'cannot read --seed /dev/zero: it holds more than 64 MiB',
      }),
    );
  });
});
