// `capacity --view calendar`: free hosts per node type over the horizon as a compact text chart, so a person can
// see when to book. One character per time bucket; its height is the share of the type's hosts that are free.
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

export function renderCalendar(t: Timeline, site: string): string {
  const label = Math.max(9, ...t.rows.map((r) => r.node_type.length));
  const hours = t.bucketMs / H;
  const first = t.starts[0] ?? 0;
  const end = (t.starts[t.starts.length - 1] ?? first) + t.bucketMs;
  const lines = [
    `Free hosts at ${site}, ${hours === 24 ? 'per day' : `per ${hours} h`}, ${utc(first)} → ${utc(end)} UTC`,
    `${'node type'.padEnd(label)} total  free now`,
  ];
  for (const row of t.rows) {
    const bars = row.free.map((f) => glyph(f, row.total)).join('');
    lines.push(
      `${row.node_type.padEnd(label)} ${String(row.total).padStart(5)}  ${String(row.free[0] ?? 0).padStart(8)}   │${bars}│`,
    );
  }
  // A tick under the first bucket of each UTC day, labelled with the date every few days.
  const ticks = t.starts.map((s) => (new Date(s).getUTCHours() < hours || hours >= 24 ? '┬' : '─')).join('');
  lines.push(`${' '.repeat(label + 18)} └${ticks}┘`);
  const dates: string[] = [];
  let cursor = 0;
  t.starts.forEach((s, i) => {
    const d = new Date(s);
    if ((d.getUTCHours() < hours || hours >= 24) && i >= cursor) {
      const text = d.toISOString().slice(5, 10);
      dates.push(' '.repeat(i - cursor) + text);
      cursor = i + text.length + 1;
      dates.push(' ');
    }
  });
  lines.push(`${' '.repeat(label + 19)} ${dates.join('')}`.trimEnd());
  lines.push(`${' '.repeat(label + 19)} █ all free  ▄ about half  ▁ a few  (blank) none`);
  return `${lines.join('\n')}\n`;
}
