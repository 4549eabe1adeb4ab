// Work due at a virtual time (a lease starting, a server finishing its boot). Each object registers when it next
// needs attention; tick() hands due objects, one transition at a time and in time order, to their service. The
// state is brought up to date before every request, and a real timer (scaled by the clock speed) also wakes up at
// the next due time so that transitions happen, and are logged, even when nobody is asking.
import type { VirtualClock } from './clock.js';

/** Moves object `key` one transition forward at virtual time `at`; returns when it is next due, if ever. */
export type Step = (key: string, at: number) => number | undefined;

interface Entry {
  at: number;
  key: string;
}

/** Longest real wait of the timer (it re-arms itself), so clock jumps are never missed for long. */
const MAX_TIMER_MS = 30_000;

export class Scheduler {
  readonly #heap: Entry[] = [];
  readonly #clock: VirtualClock;
  readonly #steps = new Map<string, Step>();
  #timer: NodeJS.Timeout | undefined;
  #closed = false;
  #ticking = false;
  readonly #unsubscribe: () => void;

  constructor(clock: VirtualClock) {
    this.#clock = clock;
    this.#unsubscribe = clock.onChange(() => {
      this.tick();
    });
  }

  /** Objects whose key starts with `prefix:` are stepped by `step`. */
  register(prefix: string, step: Step): void {
    this.#steps.set(prefix, step);
  }

  /** Wake object `key` at virtual time `at`. Waking an object twice is harmless: steps check the state. */
  wake(key: string, at: number | undefined): void {
    if (at === undefined || this.#closed) return;
    this.#push({ at, key });
    if (this.#heap[0]?.key === key && this.#heap[0].at === at) this.#arm();
  }

  /** Process everything due up to now. */
  tick(): void {
    if (this.#ticking || this.#closed) return;
    this.#ticking = true;
    try {
      const now = this.#clock.nowMs();
      let top = this.#heap[0];
      // A guard against a step that keeps asking for the same instant; real work never comes close.
      let budget = 1_000_000;
      while (top && top.at <= now && budget-- > 0) {
        this.#pop();
        const prefix = top.key.slice(0, top.key.indexOf(':'));
        const next = this.#steps.get(prefix)?.(top.key.slice(prefix.length + 1), top.at);
        if (next !== undefined) this.#push({ at: Math.max(next, top.at), key: top.key });
        top = this.#heap[0];
      }
    } finally {
      this.#ticking = false;
    }
    this.#arm();
  }

  /** The next due time, if any. */
  get nextDue(): number | undefined {
    return this.#heap[0]?.at;
  }

  close(): void {
    this.#closed = true;
    this.#unsubscribe();
    if (this.#timer) clearTimeout(this.#timer);
  }

  #arm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const next = this.#heap[0];
    if (!next || this.#closed) return;
    const delay = Math.min(MAX_TIMER_MS, Math.ceil(this.#clock.realDelayUntil(next.at)));
    this.#timer = setTimeout(() => this.tick(), delay);
    this.#timer.unref();
  }

  #push(entry: Entry): void {
    const h = this.#heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]!.at <= h[i]!.at) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  #pop(): void {
    const h = this.#heap;
    const last = h.pop()!;
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l]!.at < h[m]!.at) m = l;
      if (r < h.length && h[r]!.at < h[m]!.at) m = r;
      if (m === i) break;
      [h[m], h[i]] = [h[i]!, h[m]!];
      i = m;
    }
  }
}
