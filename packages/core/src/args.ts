// Flag values that several commands share, checked with messages that name the flag.
import { UsageError } from './errors.js';

/**
 * The most of anything a command makes one by one (hosts, servers, floating IPs): more than any Chameleon site has,
 * and few enough that a typo (--count 1000000000) is refused instead of sending a billion requests.
 */
export const MAX_COUNT = 1000;

/** A flag's value as given; yargs has already turned a non-number given to a number flag into NaN. */
function shown(value: unknown): string {
  return typeof value === 'number' && Number.isNaN(value)
    ? 'something that is not a number'
    : JSON.stringify(value);
}

/** A whole number from min to max, or null when the flag was not given. */
export function wholeNumber(value: unknown, flag: string, min = 1, max = MAX_COUNT): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, got ${shown(value)}`, {
      field: flag,
    });
  }
  return n;
}

/** Whether a flag that takes an optional value was given without one (`--wait`): a string flag is then ''. */
export function givenBare(value: unknown): boolean {
  return value === '' || value === true;
}

/**
 * Seconds for a flag that may be given bare: absent → null, bare (`--wait`) → `whenBare`, `--wait 120` → 120.
 */
export function optionalSeconds(value: unknown, flag: string, whenBare: number | null): number | null {
  if (value === undefined || value === null || value === false) return null;
  if (givenBare(value)) return whenBare;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || n < 0) {
    throw new UsageError(`--${flag} must be a number of seconds, got ${shown(value)}`, {
      field: flag,
    });
  }
  return n;
}
