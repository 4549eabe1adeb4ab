// Retry policy as data: which methods, statuses and network errors are retried, and how long to wait.
// A creating POST is never retried here; its resource looks itself up by name instead (see blazar/leases.ts).
import type { Method } from 'got';
import type { RetryPolicy } from './types.js';

/** Methods that can be repeated without changing the result. */
export const IDEMPOTENT_METHODS: Method[] = ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'];

/** Not 500: Blazar answers "not enough hosts" with a 500, and repeating it only repeats the refusal. */
export const RETRY_STATUSES = [429, 502, 503, 504];

/** Network failures worth another try: the connection dropped, timed out, was refused, or DNS hiccuped. */
export const RETRY_ERROR_CODES = [
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNREFUSED',
  'EAI_AGAIN',
  'EPIPE',
  'ENETUNREACH',
];

export const DEFAULT_RETRY: RetryPolicy = {
  limit: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  delayScale: 1,
};

/** Exponential backoff with jitter: half the step plus a random part of the other half. */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(1, Math.round((step / 2 + random() * (step / 2)) * policy.delayScale));
}

interface DelayInput {
  attemptCount: number;
  error: { name: string; response?: unknown };
  retryAfter?: number;
  computedValue: number;
}

/**
 * got's `calculateDelay`: got has already applied the rules above (computedValue 0 = do not retry, including a
 * Retry-After beyond maxRetryAfterMs); we only choose the wait.
 */
export function retryDelay(input: DelayInput, policy: RetryPolicy): number {
  // A retry that a hook asked for (the token renewal) goes at once.
  if (input.error.name === 'RetryError') return 1;
  if (input.computedValue === 0) return 0;
  if (input.retryAfter !== undefined && input.error.response) {
    return Math.max(1, Math.round(input.retryAfter * policy.delayScale));
  }
  return backoffMs(input.attemptCount, policy);
}

/** The got `retry` option for a policy. */
export function gotRetryOptions(
  policy: RetryPolicy,
  idempotentPost: boolean,
  onDelay: (ms: number, error: unknown) => void,
) {
  return {
    limit: policy.limit,
    methods: idempotentPost ? [...IDEMPOTENT_METHODS, 'POST' as Method] : [...IDEMPOTENT_METHODS],
    statusCodes: RETRY_STATUSES,
    errorCodes: RETRY_ERROR_CODES,
    maxRetryAfter: policy.maxRetryAfterMs,
    calculateDelay: (input: DelayInput) => {
      const ms = retryDelay(input, policy);
      onDelay(ms, input.error);
      return ms;
    },
  };
}
