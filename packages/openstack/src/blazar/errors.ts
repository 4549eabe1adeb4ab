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

export function classify(failure: HttpFailure): EnvbootError {
  const message = blazarMessage(failure);
  const { status } = failure;
  if ((status === 500 || status === 400) && message && NOT_ENOUGH.test(message)) {
    return cloudError(failure, message, {
      code: 'INSUFFICIENT_CAPACITY',
      retryable: true,
      hint: 'Ask for fewer nodes, another node type, or a later start (envboot capacity finds the earliest window that fits).',
    });
  }
  if (status === 403 && message && TOO_LONG.test(message)) {
    return cloudError(failure, message, {
      hint: 'A Chameleon lease lasts at most 7 days; reserve a shorter window and extend it within its last 48 hours.',
    });
  }
  return cloudError(failure, message);
}
