import { describe, expect, it } from '@jest/globals';
import { ACTIVATION_SECONDS, LEAD_MS, quietMs, waitBoundSeconds } from './schedule.js';

const MIN = 60_000;
const now = Date.UTC(2026, 10, 25, 10, 0);
const lease = (status: string, startsInMs: number) => ({
  name: 'l',
  status,
  start: new Date(now + startsInMs).toISOString(),
});

describe('waitBoundSeconds', () => {
  it('for --wait alone, waits until the start and the time to become ACTIVE', () => {
    expect(waitBoundSeconds('start', lease('PENDING', 17 * MIN + 45_000), now)).toBe(
      1065 + ACTIVATION_SECONDS,
    );
    expect(waitBoundSeconds('start', lease('PENDING', -MIN), now)).toBe(ACTIVATION_SECONDS);
    expect(waitBoundSeconds('start', lease('STARTING', 5 * MIN), now)).toBe(ACTIVATION_SECONDS);
  });

  it('keeps an explicit bound the start fits in, and refuses one it does not, with the bound to use', () => {
    expect(waitBoundSeconds(600, lease('PENDING', 5 * MIN), now)).toBe(600);
    expect(waitBoundSeconds(60, lease('ACTIVE', -MIN), now)).toBe(60);
    expect(() => waitBoundSeconds(600, lease('PENDING', 17 * MIN + 45_000), now)).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        field: 'wait',
        message: expect.stringContaining('starts in 17m45s'),
        hint: expect.stringContaining(`--wait ${1065 + ACTIVATION_SECONDS}`),
      }),
    );
  });

  it('refuses a bound only when the start is beyond it however far behind the clock is', () => {
    // Against a simulator at 600×, the cloud's clock is known to within 600 s.
    expect(waitBoundSeconds(120, lease('PENDING', 10 * MIN), now, 600_000)).toBe(120);
    expect(() => waitBoundSeconds(120, lease('PENDING', 13 * MIN), now, 600_000)).toThrow();
  });
});

describe('quietMs', () => {
  it('sleeps until near the start, in halves while it is far, and not at all once it is near', () => {
    expect(quietMs(3 * 60 * MIN)).toBe(90 * MIN);
    expect(quietMs(8 * MIN)).toBe(8 * MIN - LEAD_MS);
    expect(quietMs(LEAD_MS)).toBe(0);
    expect(quietMs(-MIN)).toBe(0);
  });

  it('looks a handful of times on the way to a start three hours away', () => {
    let left = 3 * 60 * MIN;
    let looks = 0;
    for (let q = quietMs(left); q > 0; q = quietMs(left)) {
      left -= q;
      looks += 1;
    }
    expect(looks).toBeLessThanOrEqual(8);
    expect(left).toBe(LEAD_MS);
  });
});
