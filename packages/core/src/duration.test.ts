import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from './duration.js';
import { UsageError } from './errors.js';

describe('parseDuration', () => {
  it.each([
    [90, 90],
    ['90', 90],
    ['90m', 90],
    ['4h', 240],
    ['2d', 2880],
    ['1w', 10080],
    ['1h30m', 90],
    [' 2H ', 120],
  ])('%p is %p minutes', (input, minutes) => {
    expect(parseDuration(input)).toBe(minutes);
  });

  it.each([0, -5, 1.5, '', 'soon', '4x', '0h', 'h', '4h banana'])(
    'rejects %p with a usage error naming the flag',
    (input) => {
      expect(() => parseDuration(input, 'duration')).toThrow(UsageError);
      try {
        parseDuration(input, 'duration');
      } catch (err) {
        expect((err as UsageError).field).toBe('duration');
        expect((err as UsageError).message).toContain('--duration');
      }
    },
  );
});

describe('formatDuration', () => {
  it('uses the largest exact unit', () => {
    expect(formatDuration(90)).toBe('90m');
    expect(formatDuration(240)).toBe('4h');
    expect(formatDuration(2880)).toBe('2d');
  });
});
