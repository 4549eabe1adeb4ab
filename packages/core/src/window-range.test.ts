import { describe, expect, it } from '@jest/globals';
import { resolveWindow } from './window.js';

const rules = { now: new Date('2026-11-25T12:00:00Z'), defaultDurationMinutes: 60, maxMinutes: 10080 };

describe('a window too far ahead', () => {
  it('is refused when it would end after the last date Blazar and the envelopes can write (year 9999)', () => {
    expect(() => resolveWindow({ start: '9999-12-31 23:59' }, rules)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'start',
        message: expect.stringContaining('too far ahead'),
      }),
    );
    expect(resolveWindow({ start: '9999-12-31 22:59' }, rules).end.toISOString()).toBe(
      '9999-12-31T23:59:00.000Z',
    );
  });
});
