// The earliest window in which N hosts are free for a given duration: an interval sweep, not a scan of time steps.
//
// For each host, the set of start times t for which [t, t + duration) is free is a union of closed intervals:
// from the end of one reservation to the start of the next minus the duration. The earliest t at which N of these
// sets overlap is found by sorting their endpoints and sweeping once: O(R log R) for R reservations.
import type { CalendarHost, Interval } from './calendar.js';
import { mergeIntervals } from './calendar.js';

export interface EarliestQuery {
  /** How many hosts must be free together. */
  count: number;
  durationMs: number;
  /** Earliest allowed start (epoch ms). */
  from: number;
  /** Latest allowed start (epoch ms): the search horizon. */
  until: number;
  /** Start times are rounded up to this step (Blazar works in whole minutes). */
  stepMs?: number;
}

export interface EarliestWindow {
  start: number;
  end: number;
  /** Every host free for the whole window (at least `count`). */
  hosts: CalendarHost[];
}

/** Start times at which a host is free for `durationMs`, clipped to [from, until]; closed intervals. */
export function freeStarts(host: CalendarHost, durationMs: number, from: number, until: number): Interval[] {
  const out: Interval[] = [];
  let cursor = from;
  for (const busy of mergeIntervals(host.busy)) {
    if (busy.end <= cursor) continue;
    const lastStart = Math.min(busy.start - durationMs, until);
    if (lastStart >= cursor) out.push({ start: cursor, end: lastStart });
    cursor = Math.max(cursor, busy.end);
    if (cursor > until) return out;
  }
  if (cursor <= until) out.push({ start: cursor, end: until });
  return out;
}

export function earliestWindow(hosts: readonly CalendarHost[], query: EarliestQuery): EarliestWindow | null {
  const step = query.stepMs ?? 60_000;
  const from = Math.ceil(query.from / step) * step;
  if (query.count < 1 || hosts.length < query.count || from > query.until) return null;

  // +1 where a host's free-start interval opens, -1 just after it closes. Starts are minute-aligned (they are
  // reservation ends or `from`), so the first time the count reaches N is a valid Blazar start.
  const events: Array<[time: number, delta: 1 | -1]> = [];
  for (const host of hosts) {
    for (const free of freeStarts(host, query.durationMs, from, query.until)) {
      const start = Math.ceil(free.start / step) * step;
      if (start > free.end) continue;
      events.push([start, 1], [free.end, -1]);
    }
  }
  // At equal times, openings come first: the intervals are closed.
  events.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let open = 0;
  for (const [time, delta] of events) {
    open += delta;
    if (delta === 1 && open >= query.count) {
      const window = { start: time, end: time + query.durationMs };
      return {
        ...window,
        hosts: hosts.filter((h) => !h.busy.some((b) => b.start < window.end && b.end > window.start)),
      };
    }
  }
  return null;
}
