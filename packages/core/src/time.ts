// UTC instants: parsing the dates people write ("YYYY-MM-DD HH:MM" and ISO 8601), and the envelope's format.
import { UsageError } from './errors.js';

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?$/i;

/**
 * An instant from "YYYY-MM-DD HH:MM" (UTC, Blazar's format), with optional seconds and fraction, a T separator,
 * a Z or ±HH:MM offset, or a bare date (midnight UTC). Text without an offset is UTC, never local time.
 */
export function parseUtc(value: string, field = 'start'): Date {
  const match = DATE_TIME.exec(value.trim());
  if (!match) {
    throw new UsageError(`--${field} "${value}" is not a date; use "YYYY-MM-DD HH:MM" (UTC) or ISO 8601`, {
      field,
    });
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = match;
  const ms = Math.round(Number(`0.${frac}`) * 1000);
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const check = new Date(time);
  if (
    check.getUTCFullYear() !== Number(y) ||
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    check.getUTCHours() !== Number(h) ||
    check.getUTCMinutes() !== Number(mi)
  ) {
    throw new UsageError(`--${field} "${value}" is not a real date and time`, { field });
  }
  if (zone && /^[+-]/.test(zone)) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return new Date(time);
}

/** ISO 8601 UTC with a Z and no milliseconds: the envelope's timestamp format. */
export function isoUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The start of the minute that contains `date`. */
export function floorMinute(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 60_000) * 60_000);
}
