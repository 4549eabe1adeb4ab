// The bounds every fetch works under: a byte cap and a deadline, both ending in a clear error.
import { EnvbootError, TimeoutError } from '@envboot/core';

export interface FetchLimits {
  /** Bytes the repository may take on disk (and over the wire) before the fetch is stopped. */
  maxBytes: number;
  /** Epoch ms after which the fetch is stopped. */
  deadline: number;
  /** Set on Ctrl-C. */
  signal?: AbortSignal;
  /** For the messages. */
  timeoutMs: number;
}

export function tooBig(maxBytes: number, seen?: number): EnvbootError {
  return new EnvbootError(
    'REPO_UNAVAILABLE',
    `the repository is larger than the ${formatBytes(maxBytes)} limit${seen ? ` (${formatBytes(seen)} so far)` : ''}`,
    {
      hint: 'Raise --max-size, or analyse a local checkout with --repo <directory>.',
      details: { max_bytes: maxBytes },
    },
  );
}

export function timedOut(limits: FetchLimits, what: string): TimeoutError {
  return new TimeoutError(`${what} did not finish within ${Math.round(limits.timeoutMs / 1000)} s`, {
    hint: 'Raise --timeout, or try again when the Git server is faster.',
    retryable: true,
  });
}

export function remainingMs(limits: FetchLimits, now = Date.now()): number {
  return Math.max(0, limits.deadline - now);
}

export function formatBytes(n: number): string {
  if (n >= 2 ** 30) return `${(n / 2 ** 30).toFixed(1)} GiB`;
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MiB`;
  if (n >= 2 ** 10) return `${(n / 2 ** 10).toFixed(0)} KiB`;
  return `${n} B`;
}

/** "500m", "2g", "800k", "1.5GB", "1048576" → bytes. */
export function parseSize(value: unknown, field = 'max-size'): number {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/.exec(text);
  if (!m) {
    throw new EnvbootError(
      'INVALID_INPUT',
      `--${field} "${String(value)}" is not a size; use e.g. 500m or 2g`,
      {
        field,
      },
    );
  }
  const unit = (m[2] ?? 'b')[0]!;
  const factor = unit === 'k' ? 2 ** 10 : unit === 'm' ? 2 ** 20 : unit === 'g' ? 2 ** 30 : 1;
  const bytes = Math.round(Number(m[1]) * factor);
  if (bytes <= 0) throw new EnvbootError('INVALID_INPUT', `--${field} must be more than zero`, { field });
  return bytes;
}
