// Blazar's errors: {"error_code", "error_message", "error_name"} from handlers, {"error", "error_message"} from
// routing, Keystone's shape from its auth middleware. The only file that reads Blazar's wording.
import type { EnvbootError } from '@envboot/core';
import { keystoneMessage } from '../keystone/errors.js';
import { cloudError } from '../transport/errors.js';
import type { HttpFailure } from '../transport/types.js';

export function blazarMessage(failure: HttpFailure): string | null {
  const j = failure.json as { error_message?: unknown } | undefined;
  if (typeof j?.error_message === 'string' && j.error_message) return j.error_message;
  return keystoneMessage(failure);
}

/** Chameleon answers "no capacity" with a 500 (upstream with a 400 for floating IPs). */
const NOT_ENOUGH = /not enough (resources|hosts|floating ?ips|networks|devices)/i;
/** A lease longer than the site allows (7 days at Chameleon), refused with a 403. */
const TOO_LONG = /maximum lease duration|lease duration of/i;

/**
 * Why Blazar refused a lease create or update, from its wording (the status differs between Chameleon's code and
 * its production: 400 or 403 for the enforcement filters, 500 for hosts another reservation holds).
 */
export type LeaseRefusal = 'window' | 'too_long' | 'balance' | 'allocation_expiry' | 'blocked';

const REFUSALS: ReadonlyArray<[RegExp, LeaseRefusal]> = [
  [/can only be extended within/i, 'window'],
  [/must be less than or equal to the maximum lease duration/i, 'too_long'],
  [/project expiration date/i, 'allocation_expiry'],
  [/would spend [\d.]+ (more )?SUs/i, 'balance'],
  [NOT_ENOUGH, 'blocked'],
];

export function leaseRefusal(message: string | null): LeaseRefusal | null {
  if (!message) return null;
  return REFUSALS.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

export function classify(failure: HttpFailure): EnvbootError {
  const message = blazarMessage(failure);
  const { status } = failure;
  const refusal = status === 400 || status === 403 || status === 500 ? leaseRefusal(message) : null;
  // Blazar's own words and their meaning, in details, for the commands that explain a refusal.
  const details = refusal ? { refusal, blazar_message: message } : undefined;
  if ((status === 500 || status === 400) && message && NOT_ENOUGH.test(message)) {
    return cloudError(failure, message, {
      code: 'INSUFFICIENT_CAPACITY',
      retryable: true,
      hint: 'Ask for fewer nodes, another node type, or a later start (envboot capacity finds the earliest window that fits).',
      details,
    });
  }
  if (status === 403 && message && TOO_LONG.test(message)) {
    return cloudError(failure, message, {
      hint: 'A Chameleon lease lasts at most 7 days; reserve a shorter window and extend it within its last 48 hours.',
      details,
    });
  }
  return cloudError(failure, message, { details });
}
