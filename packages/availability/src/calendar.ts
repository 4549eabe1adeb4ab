// A site's reservation calendar as busy intervals per host, and the questions capacity asks of it.
import type { Filter } from './filter.js';
import { matches } from './filter.js';

/** [start, end) in epoch milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export interface CalendarHost {
  /** Blazar's host id (allocations' resource_id). */
  id: string;
  /** The node's uid (Blazar hypervisor_hostname). */
  uuid: string;
  hostname: string | null;
  node_type: string | null;
  /** Extra capabilities and host columns, as the filter language sees them. */
  capabilities: Readonly<Record<string, unknown>>;
  /** Whether Blazar may give the host out at all. */
  reservable: boolean;
  /** Busy intervals, any order, may overlap. */
  busy: Interval[];
}

/** Busy intervals sorted by start with overlaps and touching intervals merged. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

/** Hosts that match the filter and that Blazar may reserve. */
export function candidates(hosts: readonly CalendarHost[], filter: Filter): CalendarHost[] {
  return hosts.filter((h) => h.reservable && matches(filter, h.capabilities));
}

export function isFree(host: CalendarHost, window: Interval): boolean {
  return !host.busy.some((b) => b.start < window.end && b.end > window.start);
}

/** The hosts free for the whole window. */
export function freeIn(hosts: readonly CalendarHost[], window: Interval): CalendarHost[] {
  return hosts.filter((h) => isFree(h, window));
}
