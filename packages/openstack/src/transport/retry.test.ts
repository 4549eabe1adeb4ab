import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RETRY, backoffMs, retryDelay } from './retry.js';

describe('retry delays', () => {
  it('doubles with jitter between half and the whole step, up to the cap', () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, DEFAULT_RETRY, low))).toEqual([
      250, 500, 1000, 2000, 4000, 4000,
    ]);
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, DEFAULT_RETRY, high))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000,
    ]);
    expect(backoffMs(1, { ...DEFAULT_RETRY, delayScale: 0.01 }, high)).toBe(5);
  });

  it('waits what Retry-After says, goes at once after a renewal, and not at all when got says no', () => {
    const response = {};
    expect(
      retryDelay(
        { attemptCount: 1, error: { name: 'HTTPError', response }, retryAfter: 3000, computedValue: 3000 },
        DEFAULT_RETRY,
      ),
    ).toBe(3000);
    expect(
      retryDelay({ attemptCount: 1, error: { name: 'RetryError' }, computedValue: 1 }, DEFAULT_RETRY),
    ).toBe(1);
    expect(
      retryDelay(
        { attemptCount: 4, error: { name: 'HTTPError', response }, computedValue: 0 },
        DEFAULT_RETRY,
      ),
    ).toBe(0);
  });
});
