import { describe, expect, it } from '@jest/globals';
import { waitFor } from './wait.js';

function sequence<T>(values: T[]) {
  let i = 0;
  const calls = { count: 0 };
  const poll = async () => {
    calls.count += 1;
    return values[Math.min(i++, values.length - 1)]!;
  };
  return { poll, calls };
}

describe('waitFor', () => {
  it('polls until the condition holds, reporting progress', async () => {
    const { poll, calls } = sequence([{ status: 'PENDING' }, { status: 'STARTING' }, { status: 'ACTIVE' }]);
    const seen: string[] = [];
    const value = await waitFor(poll, {
      until: (l) => l.status === 'ACTIVE',
      timeoutMs: 60_000,
      intervalMs: 1,
      onProgress: (l) => seen.push(l.status),
      minRealDelayMs: 1,
    });
    expect(value.status).toBe('ACTIVE');
    expect(calls.count).toBe(3);
    expect(seen).toEqual(['PENDING', 'STARTING', 'ACTIVE']);
  });

  it('stops at once on failure, with the given code and the last state', async () => {
    const { poll, calls } = sequence([{ status: 'PENDING' }, { status: 'ERROR' }, { status: 'ACTIVE' }]);
    await expect(
      waitFor(poll, {
        until: (l) => l.status === 'ACTIVE',
        failWhen: (l) => l.status === 'ERROR',
        timeoutMs: 60_000,
        intervalMs: 1,
        what: 'lease exp-1',
        failCode: 'LEASE_FAILED',
        minRealDelayMs: 1,
      }),
    ).rejects.toMatchObject({
      code: 'LEASE_FAILED',
      message: 'lease exp-1 went to ERROR',
      details: { last: 'ERROR' },
    });
    expect(calls.count).toBe(2);
  });

  it('times out in cloud time: a fast simulator clock shortens the real wait', async () => {
    const { poll } = sequence([{ status: 'BUILD' }]);
    const started = Date.now();
    const err = await waitFor(poll, {
      until: (s) => s.status === 'ACTIVE',
      timeoutMs: 10 * 60_000, // ten minutes of cloud time
      intervalMs: 5_000,
      cloud: { timeScale: 1 / 6000 }, // 6000× faster: 100 ms of real time
      minRealDelayMs: 1,
    }).catch((e: Error) => e);
    expect(err).toMatchObject({ code: 'TIMEOUT', details: { last: 'BUILD' } });
    // Far below the ten minutes it would take unscaled, however busy the machine.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('keeps waiting through transient errors, but not through others', async () => {
    const { EnvbootError } = await import('@envboot/core');
    let n = 0;
    const value = await waitFor(
      async () => {
        n += 1;
        if (n === 1) throw new EnvbootError('NETWORK', 'blip');
        return { status: 'ACTIVE' };
      },
      { until: (s) => s.status === 'ACTIVE', timeoutMs: 1_000, intervalMs: 1, minRealDelayMs: 1 },
    );
    expect(value.status).toBe('ACTIVE');
    await expect(
      waitFor(
        async () => {
          throw new EnvbootError('NOT_FOUND', 'gone');
        },
        { until: () => true, timeoutMs: 1_000 },
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stops when the signal fires', async () => {
    const controller = new AbortController();
    const { poll } = sequence([{ status: 'BUILD' }]);
    setTimeout(() => controller.abort(), 50);
    await expect(
      waitFor(poll, { until: () => false, timeoutMs: 60_000, intervalMs: 10_000, signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'INTERRUPTED' });
  });

  it('sleeps through a quiet period the value announces instead of polling through it', async () => {
    // A lease that starts in 10 minutes: one poll now, the next just before it starts.
    const { poll, calls } = sequence([{ status: 'PENDING' }, { status: 'ACTIVE' }]);
    const value = await waitFor(poll, {
      until: (s) => s.status === 'ACTIVE',
      quietFor: (s) => (s.status === 'PENDING' ? 600_000 : null),
      timeoutMs: 3_600_000,
      intervalMs: 5_000,
      cloud: { timeScale: 0.0001 },
    });
    expect(value.status).toBe('ACTIVE');
    expect(calls.count).toBe(2);
  });

  it('polls briskly again after a quiet period, from the first interval', async () => {
    // Ten polls push the delay to its cap; then a quiet period; then the first interval again.
    const states = [
      ...Array.from({ length: 10 }, () => ({ status: 'BUILD', quiet: null })),
      { status: 'PENDING', quiet: 600_000 },
      { status: 'STARTING', quiet: null },
      { status: 'ACTIVE', quiet: null },
    ];
    const { poll } = sequence(states);
    const at: number[] = [];
    await waitFor(poll, {
      until: (s) => s.status === 'ACTIVE',
      quietFor: (s) => s.quiet,
      timeoutMs: 3_600_000,
      intervalMs: 4_000,
      maxIntervalMs: 64_000,
      cloud: { timeScale: 0.00001 },
      minRealDelayMs: 0,
      onProgress: (_s, p) => at.push(p.elapsedMs),
    });
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    expect(gaps[9]).toBeGreaterThanOrEqual(32_000); // capped backoff before the quiet period
    expect(gaps[10]).toBe(600_000); // the quiet period
    expect(gaps[11]).toBeLessThanOrEqual(4_000); // brisk again: within the first interval
  });
});
