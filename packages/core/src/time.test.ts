import { describe, expect, it } from '@jest/globals';
import { floorMinute, isoUtc, parseUtc } from './time.js';

describe('parseUtc', () => {
  it.each([
    ['2026-11-25 19:16', '2026-11-25T19:16:00.000Z'],
    ['2026-11-25 19:16:30', '2026-11-25T19:16:30.000Z'],
    ['2026-11-25T19:16:30Z', '2026-11-25T19:16:30.000Z'],
    ['2026-11-25T19:16:30.123456Z', '2026-11-25T19:16:30.123Z'],
    ['2026-11-25T19:16:30.000000', '2026-11-25T19:16:30.000Z'],
    ['2026-11-25T21:16:30+02:00', '2026-11-25T19:16:30.000Z'],
    ['2026-11-25T14:16-0500', '2026-11-25T19:16:00.000Z'],
    ['2026-11-25', '2026-11-25T00:00:00.000Z'],
  ])('reads %p as UTC', (input, iso) => {
    expect(parseUtc(input).toISOString()).toBe(iso);
  });

  it.each(['tomorrow', '2026-13-01 10:00', '2026-02-30 10:00', '2026-11-25 25:00', '25/11/2026'])(
    'rejects %p',
    (input) => {
      expect(() => parseUtc(input, 'start')).toThrow(/--start/);
    },
  );
});

describe('formatting', () => {
  it('writes envelope timestamps with a Z and no milliseconds', () => {
    expect(isoUtc(new Date('2026-11-25T19:16:59.900Z'))).toBe('2026-11-25T19:16:59Z');
  });

  it('floors to the minute', () => {
    expect(floorMinute(new Date('2026-11-25T19:16:59.900Z')).toISOString()).toBe('2026-11-25T19:16:00.000Z');
  });
});
