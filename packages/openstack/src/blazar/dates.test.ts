import { describe, expect, it } from '@jest/globals';
import { formatDate } from './dates.js';

describe('formatDate', () => {
  it('writes Blazar\'s "YYYY-MM-DD HH:MM" in UTC, seconds dropped', () => {
    expect(formatDate(new Date('2026-11-25T19:16:59.900Z'))).toBe('2026-11-25 19:16');
  });
});
