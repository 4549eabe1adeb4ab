// waitFor: poll an operation until a condition holds, fails, or time runs out (an AWS-style waiter). Delays grow
// exponentially with jitter and are counted in cloud time, so the simulator's fast clock shortens them.
import { EnvbootError, TimeoutError, type ErrorCode } from '@envboot/core';
import { sleepReal } from './clock.js';

export interface WaitProgress {
  attempt: number;
  /** Cloud time waited so far. */
  elapsedMs: number;
}

export interface WaitOptions<T> {
  until: (value: T) => boolean;
  /** True (or a reason) when the value can never reach `until`: the wait stops at once. */
  failWhen?: (value: T) => boolean | string;
  /** Cloud time to wait at most. */
  timeoutMs: number;
  /** First delay between polls (cloud time, default 5 s), doubled up to maxIntervalMs (default 30 s). */
  intervalMs?: number;
  maxIntervalMs?: number;
  signal?: AbortSignal;
  onProgress?: (value: T, progress: WaitProgress) => void;
  /** Supplies timeScale: a Cloud, or a service client's clock. */
  cloud?: { timeScale: number } | { clock: { timeScale: number } };
  /** What is being waited for, for messages ("lease 6c1…"). */
  what?: string;
  /** The error code when failWhen fires (default CLOUD_API; LEASE_FAILED, SERVER_FAILED, …). */
  failCode?: ErrorCode;
  /** A short description of a value for messages and error details (default: its status). */
  describe?: (value: T) => string;
  /** The shortest real delay between polls, whatever the time scale (default 20 ms). */
  minRealDelayMs?: number;
  /**
   * When the value says how long nothing will change (a lease that starts in two days), the cloud time to wait
   * before the next poll; the usual delay is used when this is shorter or null. After such a quiet period the
   * delays start again from intervalMs: the change is due.
   */
  quietFor?: (value: T) => number | null;
}

function scaleOf(cloud: WaitOptions<unknown>['cloud']): number {
  if (!cloud) return 1;
  return 'clock' in cloud ? cloud.clock.timeScale : cloud.timeScale;
}

function defaultDescribe(value: unknown): string {
  const status = (value as { status?: unknown } | null)?.status;
  return typeof status === 'string' ? status : (JSON.stringify(value)?.slice(0, 200) ?? String(value));
}

export async function waitFor<T>(poll: () => Promise<T>, options: WaitOptions<T>): Promise<T> {
  const describe = options.describe ?? defaultDescribe;
  const what = options.what ?? 'the resource';
  const first = options.intervalMs ?? 5_000;
  const max = Math.max(first, options.maxIntervalMs ?? 30_000);
  const floor = options.minRealDelayMs ?? 20;
  let elapsed = 0;
  let attempt = 0;
  /** Polls since the wait began or since the last quiet period: the delay doubles with each. */
  let brisk = 0;
  let last: T | undefined;
  let seen = false;
  for (;;) {
    attempt += 1;
    try {
      last = await poll();
      seen = true;
    } catch (err) {
      // A transient failure (already retried by the transport) does not end the wait; anything else does.
      if (!(err instanceof EnvbootError) || !err.retryable || err.code === 'INTERRUPTED') throw err;
    }
    if (seen) {
      const value = last as T;
      options.onProgress?.(value, { attempt, elapsedMs: elapsed });
      if (options.until(value)) return value;
      const failed = options.failWhen?.(value);
      if (failed) {
        throw new EnvbootError(
          options.failCode ?? 'CLOUD_API',
          `${what} ${typeof failed === 'string' ? failed : `went to ${describe(value)}`}`,
          { details: { last: describe(value), waited_ms: Math.round(elapsed) } },
        );
      }
    }
    if (elapsed >= options.timeoutMs) {
      throw new TimeoutError(
        `${what} did not get there within ${Math.round(options.timeoutMs / 1000)} s${seen ? `; last seen: ${describe(last as T)}` : ''}`,
        {
          details: {
            last: seen ? describe(last as T) : null,
            waited_ms: Math.round(elapsed),
            polls: attempt,
          },
          hint: 'Wait longer (a longer timeout), or check the resource and run the command again.',
        },
      );
    }
    const step = Math.min(max, first * 2 ** Math.min(brisk, 16));
    const jittered = step / 2 + Math.random() * (step / 2);
    const quiet = seen ? (options.quietFor?.(last as T) ?? 0) : 0;
    brisk = quiet > jittered ? 0 : brisk + 1;
    const cloudDelay = Math.min(Math.max(jittered, quiet), options.timeoutMs - elapsed);
    const scale = scaleOf(options.cloud);
    const real = Math.max(floor, cloudDelay * scale);
    await sleepReal(real, options.signal);
    const metrics = (options.cloud as { metrics?: { waited_ms?: number } } | undefined)?.metrics;
    if (metrics) metrics.waited_ms = Math.round((metrics.waited_ms ?? 0) + real);
    elapsed += Math.max(cloudDelay, floor / scale);
  }
}
