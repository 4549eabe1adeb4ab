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
});
