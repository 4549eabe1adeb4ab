// Wire oddities normalised once: dates in three formats, numbers and booleans sent as strings, envelope keys.
import { CloudError } from './cloud-error.js';

const DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * ISO 8601 with a Z, from any date OpenStack sends: Blazar's "2017-12-26T12:00:00.000000" and
 * "2017-12-27 10:00:00" (UTC without a zone), and proper ISO strings. Unparseable or empty → null.
 */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const m = DATE.exec(value.trim());
  if (!m) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : new Date(t).toISOString().replace(/\.000Z$/, 'Z');
  }
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac, zone] = m;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return new Date(t).toISOString().replace(/\.000Z$/, 'Z');
}

/** A number from a number or a numeric string; null otherwise. */
export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

/** A boolean from true/false, "True"/"false", "1"/"0", "yes"/"no"; null otherwise. */
export function bool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(v)) return true;
    if (['false', '0', 'no', 'off', ''].includes(v)) return false;
  }
  return null;
}

export function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** The object under `key` of a response body ({"lease": {…}}), or a clear error when the answer lacks it. */
export function unwrap<T>(body: unknown, key: string, service: string): T {
  const inner = (body as Record<string, unknown> | undefined)?.[key];
  if (inner === undefined || inner === null || typeof inner !== 'object') {
    throw new CloudError('CLOUD_API', `${service} answered without "${key}" in the body`, {
      cloud: { service, status: null, request_id: null, method: null, path: null },
    });
  }
  return inner as T;
}

/** The list under `key`, or [] when absent. */
export function list<T>(body: unknown, key: string): T[] {
  const inner = (body as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(inner) ? (inner as T[]) : [];
}
