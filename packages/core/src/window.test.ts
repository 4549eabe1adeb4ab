import { describe, expect, it } from '@jest/globals';
import { UsageError } from './errors.js';
import { resolveWindow } from './window.js';

const now = new Date('2026-11-25T19:16:30Z');
const rules = { now, defaultDurationMinutes: 60, maxMinutes: 10080 };

describe('resolveWindow', () => {
  it('starts now by default, for the default duration', () => {
    expect(resolveWindow({}, rules)).toEqual({
      start: now,
      end: new Date('2026-11-25T20:16:30Z'),
      durationMinutes: 60,
      startIsNow: true,
    });
    expect(resolveWindow({ start: 'now', duration: '4h' }, rules).durationMinutes).toBe(240);
  });

  it('reads a UTC start and an end', () => {
    const w = resolveWindow({ start: '2026-11-26 10:00', end: '2026-11-26 12:30' }, rules);
    expect(w.start.toISOString()).toBe('2026-11-26T10:00:00.000Z');
    expect(w.durationMinutes).toBe(150);
    expect(w.startIsNow).toBe(false);
  });

  it('accepts a start in the current minute, as clients send it', () => {
    expect(resolveWindow({ start: '2026-11-25 19:16' }, rules).start.toISOString()).toBe(
      '2026-11-25T19:16:00.000Z',
    );
  });

  it.each([
    [{ start: '2026-11-25 19:15' }, 'start', /in the past/],
    [{ duration: '8d' }, 'duration', /longer than the site allows \(7d\)/],
    [{ duration: '0' }, 'duration', /positive/],
    [{ duration: '1h', end: '2026-11-26 10:00' }, 'end', /not both/],
    [{ start: '2026-11-26 10:00', end: '2026-11-26 09:00' }, 'end', /after the start/],
    [{ start: 'next tuesday' }, 'start', /not a date/],
  ])('refuses %p', (flags, field, message) => {
    try {
      resolveWindow(flags, rules);
      throw new Error('expected a usage error');
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      expect((err as UsageError).field).toBe(field);
      expect((err as UsageError).message).toMatch(message);
    }
  });
});
