// Durations as people type them: 90 (minutes, as the original tools took), 90m, 4h, 2d, 1h30m.
import { UsageError } from './errors.js';

const UNIT_MINUTES: Record<string, number> = { m: 1, h: 60, d: 1440, w: 10080 };
/** Ten years: longer than any lease, search or wait; beyond it dates stop being dates (1e18 days). */
const MAX_MINUTES = 10 * 366 * 1440;

/** Minutes in a duration; throws a UsageError naming `field` when it is not a positive whole number of minutes. */
export function parseDuration(value: unknown, field = 'duration'): number {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value > MAX_MINUTES)
      throw new UsageError(`--${field} ${value} is longer than ten years`, { field });
    if (Number.isInteger(value) && value > 0) return value;
    throw new UsageError(`--${field} must be a positive whole number of minutes, got ${value}`, { field });
  }
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  if (/^\d+$/.test(text)) return parseDuration(Number(text), field);
  const parts = [...text.matchAll(/(\d+)\s*([mhdw])/g)];
  const consumed = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || consumed.replace(/\s/g, '') !== text.replace(/\s/g, '')) {
    throw new UsageError(
      `--${field} "${String(value)}" is not a duration; use minutes (90) or 90m, 4h, 2d, 1h30m`,
      {
        field,
      },
    );
  }
  const minutes = parts.reduce((sum, p) => sum + Number(p[1]) * (UNIT_MINUTES[p[2]!] ?? 0), 0);
  if (minutes <= 0) throw new UsageError(`--${field} must be longer than zero`, { field });
  if (minutes > MAX_MINUTES)
    throw new UsageError(`--${field} ${String(value)} is longer than ten years`, { field });
  return minutes;
}

/** The shortest exact spelling of a number of minutes: 90 → "90m", 240 → "4h", 2880 → "2d". */
export function formatDuration(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
