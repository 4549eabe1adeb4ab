// Waiting for something that happens on its own (a timer in the simulator, a file written soon after a change):
// check again and again until it holds, instead of sleeping a fixed time that a busy machine may overrun.

export interface EventuallyOptions {
  /** Give up after this long (a bound only against hanging: generous, it is never the point). */
  timeoutMs?: number;
  /** Pause between checks. */
  intervalMs?: number;
}

/**
 * Runs `check` until it returns without throwing, and returns what it returned; after `timeoutMs` the last
 * failure is thrown, so the test reports what was not so.
 */
export async function eventually<T>(
  check: () => T | Promise<T>,
  { timeoutMs = 20_000, intervalMs = 10 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() >= deadline) throw err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
