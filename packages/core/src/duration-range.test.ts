import { describe, expect, it } from '@jest/globals';
import { parseDuration } from './duration.js';

describe('durations beyond any use', () => {
  it('are refused (999999999999999999d made capacity compute an invalid date: INTERNAL)', () => {
    for (const value of ['999999999999999999d', '9999999999', 1e12, '5300000h']) {
      expect(() => parseDuration(value, 'within')).toThrow(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          field: 'within',
          message: expect.stringContaining('ten years'),
        }),
      );
    }
    expect(parseDuration('3650d', 'within')).toBe(3650 * 1440);
  });
});
