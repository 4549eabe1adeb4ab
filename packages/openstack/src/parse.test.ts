import { describe, expect, it } from '@jest/globals';
import { bool, isoDate, num, unwrap } from './parse.js';

describe('wire values', () => {
  it('turns every date OpenStack sends into ISO 8601 with a Z', () => {
    expect(isoDate('2017-12-26T12:00:00.000000')).toBe('2017-12-26T12:00:00Z');
    expect(isoDate('2017-12-27 10:00:00')).toBe('2017-12-27T10:00:00Z');
    expect(isoDate('2018-01-15T22:14:05.123456Z')).toBe('2018-01-15T22:14:05.123Z');
    expect(isoDate('2026-11-25T20:00:00+02:00')).toBe('2026-11-25T18:00:00Z');
    expect(isoDate('2026-11-25 20:00')).toBe('2026-11-25T20:00:00Z');
    expect(isoDate('')).toBeNull();
    expect(isoDate(null)).toBeNull();
    expect(isoDate('not a date')).toBeNull();
  });

  it('reads numbers and booleans sent as strings', () => {
    expect(num('48')).toBe(48);
    expect(num(2)).toBe(2);
    expect(num('')).toBeNull();
    expect(num('x')).toBeNull();
    expect(bool('True')).toBe(true);
    expect(bool('false')).toBe(false);
    expect(bool('maybe')).toBeNull();
  });

  it('unwraps an envelope key, or says the answer lacks it', () => {
    expect(unwrap({ lease: { id: 'x' } }, 'lease', 'reservation')).toEqual({ id: 'x' });
    expect(() => unwrap({}, 'lease', 'reservation')).toThrow(expect.objectContaining({ code: 'CLOUD_API' }));
  });
});
