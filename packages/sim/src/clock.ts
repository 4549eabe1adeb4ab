// The simulator's virtual clock: it runs `speed` times faster than the wall clock and never behind it.
// now = anchorVirtual + (wall − anchorWall) × speed; speed ≥ 1 and advance() only moves forward, so the offset
// from the wall clock never decreases.
import { UsageError } from '@envboot/core';

export const MAX_SPEED = 1_000_000;

export interface ClockOptions {
  speed?: number;
  /** Virtual time to start from (ms since the epoch); default and minimum: the wall clock. */
  start?: number;
  /** The wall clock (tests). */
  wall?: () => number;
}

export function checkSpeed(speed: unknown, field = 'speed'): number {
  const n = typeof speed === 'string' && speed.trim() !== '' ? Number(speed) : speed;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 1 || n > MAX_SPEED) {
    throw new UsageError(
      `${field} must be a number from 1 to ${MAX_SPEED} (the virtual clock never runs slower than the wall clock), got ${String(speed)}`,
      { field },
    );
  }
  return n;
}

export class VirtualClock {
  readonly #wall: () => number;
  #anchorWall: number;
  #anchorVirtual: number;
  #speed: number;
  readonly #listeners = new Set<() => void>();

  constructor(options: ClockOptions = {}) {
    this.#wall = options.wall ?? Date.now;
    this.#speed = checkSpeed(options.speed ?? 1);
    this.#anchorWall = this.#wall();
    this.#anchorVirtual = Math.max(options.start ?? this.#anchorWall, this.#anchorWall);
  }

  /** Virtual time in ms since the epoch. */
  nowMs(): number {
    return this.read().now;
  }

  /** Virtual and wall time from one reading of the wall clock (their difference is exact at any speed). */
  read(): { now: number; wall: number } {
    const wall = this.#wall();
    return { now: this.#anchorVirtual + (wall - this.#anchorWall) * this.#speed, wall };
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  wallMs(): number {
    return this.#wall();
  }

  get speed(): number {
    return this.#speed;
  }

  /** Virtual ms ahead of the wall clock (never negative, never decreasing). */
  get offsetMs(): number {
    const { now, wall } = this.read();
    return now - wall;
  }

  setSpeed(factor: number): void {
    const speed = checkSpeed(factor);
    this.#rebase();
    this.#speed = speed;
    this.#changed();
  }

  /** Jump forward by `ms` of virtual time (idle waits fast-forwarded). */
  advance(ms: number): void {
    if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0) {
      throw new UsageError(
        `the clock only moves forward: advance takes a number of ms ≥ 0, got ${String(ms)}`,
        {
          field: 'advance',
        },
      );
    }
    this.#rebase();
    this.#anchorVirtual += ms;
    this.#changed();
  }

  /** Real ms until the virtual clock reads `at` (0 when it already does). */
  realDelayUntil(at: number): number {
    return Math.max(0, (at - this.nowMs()) / this.#speed);
  }

  /** Called after every speed change or jump (the scheduler re-arms its timer). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #rebase(): void {
    const wall = this.#wall();
    this.#anchorVirtual = this.#anchorVirtual + (wall - this.#anchorWall) * this.#speed;
    this.#anchorWall = wall;
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
