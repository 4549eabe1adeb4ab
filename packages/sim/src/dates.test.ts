import { describe, expect, it } from '@jest/globals';
import {
  apiDate,
  blazarDate,
  blazarStamp,
  keystoneDate,
  parseBlazarDate,
  parseBlazarRequestDate,
} from './dates.js';

const t = Date.UTC(2026, 10, 25, 19, 16, 2, 345);

describe('service date formats', () => {
  it('writes each service its own way', () => {
    expect(blazarDate(t)).toBe('2026-11-25T19:16:02.345000');
    expect(blazarStamp(t)).toBe('2026-11-25 19:16:02');
    expect(keystoneDate(t)).toBe('2026-11-25T19:16:02.000000Z');
    expect(apiDate(t)).toBe('2026-11-25T19:16:02Z');
  });

  it('reads Blazar request dates strictly', () => {
    expect(parseBlazarRequestDate('2026-11-25 19:16')).toBe(Date.UTC(2026, 10, 25, 19, 16));
    for (const bad of [
      '2026-11-25T19:16',
      '2026-11-25 19:16:00',
      '2026-02-30 10:00',
      '2026-11-25 24:00',
      'now',
      '',
    ]) {
      expect(parseBlazarRequestDate(bad)).toBeUndefined();
    }
  });

  it('reads the response format back', () => {
    expect(parseBlazarDate('2025-10-28T18:20:00.000000')).toBe(Date.UTC(2025, 9, 28, 18, 20));
    expect(parseBlazarDate(blazarDate(t))).toBe(t);
    expect(() => parseBlazarDate('soon')).toThrow(/not a Blazar date/);
  });
});
