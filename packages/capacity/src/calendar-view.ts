// `capacity --view calendar`: free hosts per node type from now to the end of the horizon as a compact text chart,
// so a person can see when to book. One character per time bucket; its height is the share of the type's hosts
// that are free; the counts beside it say how many.
import type { Timeline } from '@envboot/availability';

const LEVELS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
const BUCKETS_H = [1, 2, 3, 4, 6, 12, 24];
const H = 3_600_000;

/** The smallest bucket (in hours) that fits the horizon into `columns` characters. */
export function chooseBucketHours(horizonMs: number, columns: number, wanted: 'hour' | 'day' | null): number {
  if (wanted === 'hour') return 1;
  if (wanted === 'day') return 24;
  return BUCKETS_H.find((h) => Math.ceil(horizonMs / (h * H)) <= columns) ?? 24;
}

function glyph(free: number, total: number): string {
  if (total === 0 || free === 0) return LEVELS[0]!;
  return LEVELS[Math.max(1, Math.round((free / total) * (LEVELS.length - 1)))]!;
}

function utc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The chart: a row per node type with its hosts free now and at the fewest (free/total), then a bar per bucket from
 * now (the first column, marked "now") to the end of the horizon, its height the share of the type's hosts free.
 */
export function renderCalendar(t: Timeline, site: string): string {
  const label = Math.max(9, ...t.rows.map((r) => r.node_type.length));
  const hours = t.bucketMs / H;
  const first = t.starts[0] ?? 0;
  const end = (t.starts[t.starts.length - 1] ?? first) + t.bucketMs;
  const count = (free: number, total: number) => `${free}/${total}`.padStart(8);
  const lines = [
    `Free hosts at ${site}, ${hours === 24 ? 'per day' : `per ${hours} h`}, from now (${utc(first)} UTC) to ${utc(end)} UTC`,
    `${'node type'.padEnd(label)} ${'free now'.padStart(8)} ${'fewest'.padStart(8)}`,
  ];
  for (const row of t.rows) {
    const bars = row.free.map((f) => glyph(f, row.total)).join('');
    const fewest = Math.min(row.free_now, ...row.free);
    lines.push(
      `${row.node_type.padEnd(label)} ${count(row.free_now, row.total)} ${count(fewest, row.total)}  │${bars}│`,
    );
  }
  // A tick under the first column (now) and under the first bucket of each UTC day after it; "now" and the dates
  // under them, a date left out where it would overlap the label before it.
  const newDay = (s: number) => hours >= 24 || new Date(s).getUTCHours() < hours;
  const ticks = t.starts.map((s, i) => (i === 0 || newDay(s) ? '┬' : '─')).join('');
  const margin = ' '.repeat(label + 20);
  lines.push(`${margin}└${ticks}┘`);
  const labels: string[] = [];
  let cursor = 0;
  t.starts.forEach((s, i) => {
    if ((i === 0 || newDay(s)) && i >= cursor) {
      const text = i === 0 ? 'now' : new Date(s).toISOString().slice(5, 10);
      labels.push(' '.repeat(i - cursor) + text);
      cursor = i + text.length + 1;
      labels.push(' ');
    }
  });
  lines.push(`${margin} ${labels.join('')}`.trimEnd());
  lines.push(`${margin} █ all free  ▄ about half  ▁ a few  (blank) none; counts are free/total hosts`);
  return `${lines.join('\n')}\n`;
}
