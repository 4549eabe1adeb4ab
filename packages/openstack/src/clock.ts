// Cloud time. Against the simulator, a minute of cloud time may pass in a tenth of a second: every client-side
// wait (polling, not HTTP retry backoff) is multiplied by timeScale, which the simulator announces itself.
import { InterruptedError } from '@envboot/core';

export interface CloudClock {
  /** Real time per unit of cloud time: 1 on a real cloud, 1/speed after the simulator said its speed. */
  readonly timeScale: number;
  /** Whether the cloud said it is the simulator (it announces its clock speed in every answer). */
  readonly simulated: boolean;
  /** Whether an answer has told the cloud's time yet (until then, now() is this machine's clock). */
  readonly synced: boolean;
  /**
   * The cloud's current time in ms, estimated from the last response's Date header (to the second) and the
   * speed; this machine's clock until a response arrived. The simulator's clock runs ahead of ours when fast.
   */
  now(): number;
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

export interface ClockObservation {
  /** X-Sim-Clock-Speed, when the server sent it. */
  speed: number | null;
  /** The Date header, in ms. */
  serverMs: number | null;
}

export function createClock(
  realNow: () => number = Date.now,
): CloudClock & { observe(o: ClockObservation): void } {
  let scale = 1;
  let simulated = false;
  let anchor: { server: number; local: number } | null = null;
  return {
    get timeScale() {
      return scale;
    },
    get simulated() {
      return simulated;
    },
    get synced() {
      return anchor !== null;
    },
    observe({ speed, serverMs }) {
      if (speed !== null && Number.isFinite(speed) && speed > 0) {
        scale = 1 / speed;
        simulated = true;
      }
      if (serverMs !== null && Number.isFinite(serverMs)) anchor = { server: serverMs, local: realNow() };
    },
    now() {
      if (!anchor) return realNow();
      return anchor.server + (realNow() - anchor.local) / scale;
    },
    sleep(cloudMs, signal) {
      return sleepReal(cloudMs * scale, signal);
    },
  };
}
