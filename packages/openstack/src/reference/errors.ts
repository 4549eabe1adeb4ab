// The reference API (Chameleon's resource discovery) needs no token; its errors are plain HTTP.
import type { EnvbootError } from '@envboot/core';
import { cloudError, genericMessage } from '../transport/errors.js';
import type { HttpFailure } from '../transport/types.js';

export function classify(failure: HttpFailure): EnvbootError {
  return cloudError(failure, genericMessage(failure));
}
