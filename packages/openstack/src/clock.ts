// Cloud time. Against the simulator, a minute of cloud time may pass in a tenth of a second: every client-side
// wait (polling, not HTTP retry backoff) is multiplied by timeScale, which the simulator announces itself.
import { InterruptedError } from '@envboot/core';

export interface CloudClock {
  /** Real time per unit of cloud time: 1 on a real cloud, 1/speed after the simulator said its speed. */
  readonly timeScale: number;
  /** Wait `cloudMs` of cloud time. */
  sleep(cloudMs: number, signal?: AbortSignal): Promise<void>;
}

/** Waits `ms` of real time; rejects with INTERRUPTED when the signal fires. */
export function sleepReal(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new InterruptedError());
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      signal?.removeEventListener('abort', abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(new InterruptedError());
    }
    signal?.addEventListener('abort', abort, { once: true });
  });
}

export function createClock(initialScale = 1): CloudClock & { setSpeed(speed: number): void } {
  let scale = initialScale;
  return {
    get timeScale() {
      return scale;
    },
    setSpeed(speed: number) {
      if (Number.isFinite(speed) && speed > 0) scale = 1 / speed;
    },
    sleep(cloudMs, signal) {
      return sleepReal(cloudMs * scale, signal);
    },
  };
}
