// How long lease-status waits for a lease, and how often it looks: a lease that starts later changes nothing until
// its start, so the wait is as long as the start is far, and the polls are few until the start is near.
import { UsageError, isoUtc } from '@envboot/core';
import { formatElapsed } from '@envboot/core/cli';

/** How long a lease may take to become ACTIVE once its start has come (Blazar prepares the hosts meanwhile). */
export const ACTIVATION_SECONDS = 900;
/** Wake this long before the start, and poll briskly from then on. */
export const LEAD_MS = 30_000;
/** Farther from the start than this, sleep half the distance and look again (a lease can be moved or deleted). */
export const FAR_MS = 10 * 60_000;

/** The seconds a wait needs for a lease that starts in `untilStartMs`: until the start, and ACTIVATION_SECONDS more. */
export function neededSeconds(untilStartMs: number): number {
  return Math.ceil(Math.max(0, untilStartMs) / 1000) + ACTIVATION_SECONDS;
}

/**
 * The bound of the wait, in seconds: for --wait alone, what the lease's start needs; an explicit bound is kept,
 * unless the lease starts after it ends, which is said at once instead of after waiting it out. `now` may be behind
 * the cloud's clock by up to `clockSlackMs` (it is known from a Date header, to the second): a start is refused only
 * when it is beyond the bound however far behind `now` is.
 */
export function waitBoundSeconds(
  wait: number | 'start',
  lease: { name: string; status: string; start: string },
  now: number,
  clockSlackMs = 0,
): number {
  const start = Date.parse(lease.start);
  const untilStart = lease.status === 'PENDING' ? Math.max(0, start - now) : 0;
  if (wait === 'start') return neededSeconds(untilStart);
  if (untilStart - clockSlackMs > wait * 1000) {
    const needed = neededSeconds(untilStart);
    throw new UsageError(
      `lease ${lease.name} starts in ${formatElapsed(untilStart)} (${isoUtc(new Date(start))}), after --wait ${wait} would end`,
      {
        field: 'wait',
        hint: `Wait with --wait ${needed} (its start and ${ACTIVATION_SECONDS / 60} minutes to become ACTIVE), or --wait alone, which waits as long as its start asks.`,
        details: {
          starts_at: isoUtc(new Date(start)),
          starts_in_seconds: Math.ceil(untilStart / 1000),
          wait_seconds: wait,
          needed_seconds: needed,
        },
      },
    );
  }
  return wait;
}

/**
 * Cloud time to sleep before looking at a lease that starts in `untilStartMs`: until LEAD_MS before the start, in
 * halves while it is farther than FAR_MS; 0 (the usual brisk polling) once the start is near or past.
 */
export function quietMs(untilStartMs: number): number {
  if (untilStartMs <= LEAD_MS) return 0;
  return untilStartMs - LEAD_MS <= FAR_MS ? untilStartMs - LEAD_MS : untilStartMs / 2;
}
