// When `count` hosts are free together for a whole window: the earliest start from `from` on, checking only
// the moments a host can become free (now, and each reservation's end).
import type { Interval } from './catalog.js';

export function earliestStart(
  calendars: Interval[][],
  count: number,
  durationMs: number,
  from: number,
  horizonMs: number,
): number | null {
  if (count < 1 || calendars.length < count) return null;
  const starts = [from, ...calendars.flat().map((i) => i.end)]
    .filter((t) => t >= from && t <= from + horizonMs)
    .sort((a, b) => a - b);
  for (const t of starts) {
    const end = t + durationMs;
    let free = 0;
    for (const busy of calendars) {
      if (!busy.some((b) => b.start < end && b.end > t)) free++;
      if (free >= count) return t;
    }
  }
  return null;
}
