// What the terminal renderings share: colour (or none), visible width, wrapping, tables, times and counts.
// Everything here is pure: no environment, no streams, no clock.

/** How a rendering may look: the terminal's width and whether colour is wanted. */
export interface RenderOptions {
  /** Columns of the terminal (80 when it does not say). */
  columns: number;
  /** ANSI colour: only when the terminal has colours and NO_COLOR is unset. */
  color: boolean;
  /** The name people know a site id by ("CHI@UC"), from the command's cloud context; else the id is shown. */
  siteName?: SiteNames;
}

export type SiteNames = (id: string) => string;

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  red(text: string): string;
  cyan(text: string): string;
  /** A status word coloured by what it means: done (green), under way (yellow), gone wrong (red). */
  status(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

const GOOD = /^(active|completed|cleaned|deleted|done|fits|ok|available|already_deleted)$/i;
const UNDER_WAY =
  /^(pending|starting|build|building|running|planned|dry_run|dry run|requested|simulated|partial|interrupted|nothing_to_do|down)$/i;
const BAD = /^(error|failed|deleted_with_error|terminated|shutoff|unavailable)$/i;

export function style(color: boolean): Style {
  const bold = color ? sgr(1, 22) : plain;
  const dim = color ? sgr(2, 22) : plain;
  const green = color ? sgr(32, 39) : plain;
  const yellow = color ? sgr(33, 39) : plain;
  const red = color ? sgr(31, 39) : plain;
  const cyan = color ? sgr(36, 39) : plain;
  return {
    bold,
    dim,
    green,
    yellow,
    red,
    cyan,
    status: (text) =>
      GOOD.test(text) ? green(text) : UNDER_WAY.test(text) ? yellow(text) : BAD.test(text) ? red(text) : text,
  };
}

// eslint-disable-next-line no-control-regex -- terminal escape sequences are what is measured around
const ANSI = /\u001b\[[0-9;]*m/g;
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/** Columns `text` takes on a terminal: escape sequences take none, CJK and emoji two. */
export function width(text: string): number {
  const visible = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  if (/^[\x20-\x7e]*$/.test(visible)) return visible.length;
  let n = 0;
  for (const char of visible) {
    if (ZERO_WIDTH.test(char)) continue;
    n += WIDE.test(char) ? 2 : 1;
  }
  return n;
}

/** `text` cut to `max` columns, ending in "…" when it was longer. For plain text (no escape sequences). */
export function truncate(text: string, max: number): string {
  if (width(text) <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = width(char);
    if (used + w > max - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

/** `text` cut to `max` columns from the start, beginning with "…" when it was longer. */
export function truncateStart(text: string, max: number): string {
  if (width(text) <= max) return text;
  const reversed = truncate([...text].reverse().join(''), max);
  return [...reversed].reverse().join('');
}

export function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

export function padStart(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text))) + text;
}

/**
 * `text` in lines of at most `columns`, the first starting with `first`, the others with `rest` (a hanging
 * indent). Words are never split: one longer than the line (a URL, a path) gets a line of its own, whole, so that it
 * can still be copied.
 */
export function wrap(text: string, columns: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = empty ? line + word : `${line} ${word}`;
    if (empty || width(candidate) <= columns) {
      line = candidate;
      empty = false;
    } else {
      lines.push(line);
      line = rest + word;
    }
  }
  lines.push(line);
  return lines;
}

/** Label and value on one line, the value wrapped under itself: "  lease     render-demo …". */
export function field(
  label: string,
  value: string,
  columns: number,
  labelWidth = 10,
  indent = '  ',
): string[] {
  const head = `${indent}${padEnd(label, labelWidth)} `;
  return wrap(value, columns, head, ' '.repeat(width(head)));
}

export interface Column {
  header: string;
  align?: 'left' | 'right';
  /** This column gives up width first when the table is too wide (its cells are cut with "…"). */
  shrink?: boolean;
  /** Left out when the others do not fit comfortably; the highest number goes first. */
  drop?: number;
  /** Which end of a cell too long is cut (default the end; `start` keeps the end, e.g. of a path). */
  cut?: 'start' | 'end';
}

/**
 * A table with a header row, columns two spaces apart, fitted to `columns`: the shrinkable columns are cut (with
 * "…") when the whole is too wide. Cells are plain text; `paint` colours a cell after it is laid out.
 */
export function table(
  columns: Column[],
  rows: string[][],
  maxWidth: number,
  options: { indent?: string; paint?: (text: string, row: number, column: number) => string; s?: Style } = {},
): string[] {
  const indent = options.indent ?? '  ';
  const natural = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const narrowest = (least: number) => (i: number) =>
    columns[i]!.shrink ? Math.min(natural[i]!, Math.max(least, width(columns[i]!.header))) : natural[i]!;
  // A shrinkable column may be cut to 8 columns, but a column is rather dropped than cut below 12.
  const floor = narrowest(8);
  const comfortable = narrowest(12);
  const fits = (kept: number[], w: (i: number) => number) =>
    width(indent) + kept.reduce((sum, i) => sum + w(i), 0) + 2 * (kept.length - 1) <= maxWidth;
  // Columns that may go are left out, highest `drop` first, while the others do not fit comfortably.
  let kept = columns.map((_, i) => i);
  const droppable = kept
    .filter((i) => columns[i]!.drop !== undefined)
    .sort((a, b) => columns[b]!.drop! - columns[a]!.drop!);
  while (!fits(kept, comfortable) && droppable.length > 0) {
    const gone = droppable.shift()!;
    kept = kept.filter((i) => i !== gone);
  }
  // Then the shrinkable columns give up width, the widest first, down to their floor.
  const widths = [...natural];
  while (!fits(kept, (i) => widths[i]!)) {
    const widest = kept
      .filter((i) => columns[i]!.shrink && widths[i]! > floor(i))
      .sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) break;
    widths[widest]! -= 1;
  }
  const cell = (text: string, i: number) => {
    const cut = columns[i]!.cut === 'start' ? truncateStart(text, widths[i]!) : truncate(text, widths[i]!);
    return columns[i]!.align === 'right' ? padStart(cut, widths[i]!) : padEnd(cut, widths[i]!);
  };
  const line = (cells: string[]) => (indent + cells.join('  ')).trimEnd();
  const header = line(kept.map((i) => cell(columns[i]!.header, i)));
  const out = [options.s ? options.s.dim(header) : header];
  rows.forEach((row, r) => {
    out.push(
      line(
        kept.map((i) => {
          const laid = cell(row[i] ?? '', i);
          if (!options.paint) return laid;
          // Colour the text, not the padding after it (so that trimming and alignment stay right).
          const text = laid.trimStart().trimEnd();
          const start = laid.indexOf(text);
          return laid.slice(0, start) + options.paint(text, r, i) + laid.slice(start + text.length);
        }),
      ),
    );
  });
  return out;
}

/** "CHI@UC", or "CHI@UC (local simulator)": the site's name as `names` knows it, else the id as given. */
export function siteName(id: string | null | undefined, names?: SiteNames): string {
  if (!id) return 'the site';
  return names?.(id) ?? id;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function parts(iso: string): { day: string; time: string } | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return {
    day: `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`,
    time: `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`,
  };
}

/** "2026-12-06 13:39 UTC" (Blazar's leases are in UTC; so is what is shown). */
export function when(iso: string | null | undefined): string {
  if (!iso) return 'unknown';
  const p = parts(iso);
  return p ? `${p.day} ${p.time} UTC` : iso;
}

/** "2026-12-06 13:39 to 16:39 UTC", or "2026-12-06 13:39 to 2026-12-08 13:39 UTC" across days. */
export function span(start: string | null | undefined, end: string | null | undefined): string {
  const a = start ? parts(start) : null;
  const b = end ? parts(end) : null;
  if (!a || !b) return `${when(start)} to ${when(end)}`;
  return a.day === b.day
    ? `${a.day} ${a.time} to ${b.time} UTC`
    : `${a.day} ${a.time} to ${b.day} ${b.time} UTC`;
}

/** 90 → "1h30m", 240 → "4h", 8640 → "6d", 2 → "2m". */
export function minutes(total: number | null | undefined): string {
  if (total === null || total === undefined || !Number.isFinite(total)) return 'unknown';
  const m = Math.round(total);
  if (m >= 1440 && m % 60 === 0) {
    const d = Math.floor(m / 1440);
    const h = (m % 1440) / 60;
    return h ? `${d}d${h}h` : `${d}d`;
  }
  if (m >= 60) return m % 60 ? `${Math.floor(m / 60)}h${pad2(m % 60)}m` : `${m / 60}h`;
  return `${m}m`;
}

/** 1843 → "1.8 s", 420 → "420 ms", 125000 → "2m05s". */
export function elapsed(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}m${pad2(s % 60)}s`;
}

/** "1 host", "2 hosts"; `many` when the plural is not an s. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A list in prose: "a", "a and b", "a, b and c". */
export function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The first 8 characters of a UUID, as OpenStack's own tools abbreviate them. */
export function shortId(id: string | null | undefined): string {
  if (!id) return '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(0, 8) : id;
}

/** A word as sh reads it: as it is when it is plain, else in single quotes (a lease named "my lease"). */
export function shellWord(word: string): string {
  return /^[\w.@%+=:,/-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * "Label: command" on one line when it fits; otherwise the label, and the command whole on a line of its own (a
 * command is never wrapped: it is there to be copied).
 */
export function command(label: string, cmd: string, columns: number): string[] {
  const one = `${label} ${cmd}`;
  return width(one) <= columns ? [one] : [label, cmd];
}

/** Lines joined into one rendering, ending in a newline. */
export function lines(...groups: Array<string | string[] | null | undefined | false>): string {
  return `${groups.flatMap((g) => (g === null || g === undefined || g === false ? [] : g)).join('\n')}\n`;
}
