// Nova's errors: {"<faultName>": {"code", "message"}} (itemNotFound, badRequest, conflictingRequest, overLimit, …).
import type { EnvbootError } from '@envboot/core';
import { keystoneMessage } from '../keystone/errors.js';
import { cloudError } from '../transport/errors.js';
import type { HttpFailure } from '../transport/types.js';

export function novaMessage(failure: HttpFailure): string | null {
  const j = failure.json as Record<string, unknown> | undefined;
  if (j && typeof j === 'object') {
    for (const value of Object.values(j)) {
      const message = (value as { message?: unknown } | null)?.message;
      if (typeof message === 'string' && message) return message;
    }
  }
  return keystoneMessage(failure);
}

export function classify(failure: HttpFailure): EnvbootError {
  const message = novaMessage(failure);
  const quota = failure.status === 403 && message !== null && /quota/i.test(message);
  return cloudError(
    failure,
    message,
    quota ? { hint: 'The project is out of quota for this resource.' } : {},
  );
}
