// Flag values that several commands share, checked with messages that name the flag.
import { UsageError } from './errors.js';

/** A whole number ≥ min, or null when the flag was not given. */
export function wholeNumber(value: unknown, flag: string, min = 1): number | null {
  if (value === undefined || value === null || value === '') return null;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(
      `--${flag} must be a whole number of at least ${min}, got ${JSON.stringify(value)}`,
      {
        field: flag,
      },
    );
  }
  return n;
}

/**
 * Seconds for a flag that may be given bare: absent → null, bare (`--wait`) → `whenBare`, `--wait 120` → 120.
 */
export function optionalSeconds(value: unknown, flag: string, whenBare: number | null): number | null {
  if (value === undefined || value === null || value === false) return null;
  if (value === '' || value === true) return whenBare;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || n < 0) {
    throw new UsageError(`--${flag} must be a number of seconds, got ${JSON.stringify(value)}`, {
      field: flag,
    });
  }
  return n;
}
