// Free hosts per time bucket and node type: what `capacity --view calendar` draws.
import type { CalendarHost } from './calendar.js';

export interface Timeline {
  bucketMs: number;
  starts: number[];
  /** Per node type: its hosts, those free at `from` itself, and those free for the whole of each bucket. */
  rows: Array<{ node_type: string; total: number; free_now: number; free: number[] }>;
}

/** For each node type, how many hosts are free at `from`, and for the whole of each bucket in [from, until). */
export function timeline(
  hosts: readonly CalendarHost[],
  from: number,
  until: number,
  bucketMs: number,
): Timeline {
  const starts: number[] = [];
  for (let t = from; t < until; t += bucketMs) starts.push(t);
  const byType = new Map<string, CalendarHost[]>();
  for (const h of hosts) {
    const key = h.node_type ?? '(unknown)';
    byType.set(key, [...(byType.get(key) ?? []), h]);
  }
  const rows = [...byType.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([node_type, group]) => ({
      node_type,
      total: group.length,
      free_now: group.filter((h) => h.reservable && !h.busy.some((b) => b.start <= from && b.end > from))
        .length,
      free: starts.map((s) => {
        const e = s + bucketMs;
        return group.filter((h) => h.reservable && !h.busy.some((b) => b.start < e && b.end > s)).length;
      }),
    }));
  return { bucketMs, starts, rows };
}
