// Neutron's errors: {"NeutronError": {"type", "message", "detail"}}.
import type { EnvbootError } from '@envboot/core';
import { keystoneMessage } from '../keystone/errors.js';
import { cloudError } from '../transport/errors.js';
import type { HttpFailure } from '../transport/types.js';

export function neutronMessage(failure: HttpFailure): string | null {
  const e = (failure.json as { NeutronError?: { message?: unknown; type?: unknown } } | undefined)
    ?.NeutronError;
  if (typeof e?.message === 'string' && e.message) return e.message;
  return keystoneMessage(failure);
}

function neutronType(failure: HttpFailure): string | null {
  const t = (failure.json as { NeutronError?: { type?: unknown } } | undefined)?.NeutronError?.type;
  return typeof t === 'string' ? t : null;
}

export function classify(failure: HttpFailure): EnvbootError {
  const type = neutronType(failure);
  const details = type ? { neutron_type: type } : undefined;
  if (type === 'ExternalIpAddressExhausted' || type === 'IpAddressGenerationFailure') {
    return cloudError(failure, neutronMessage(failure), {
      code: 'INSUFFICIENT_CAPACITY',
      retryable: true,
      details,
      hint: 'The floating IP pool is exhausted; reserve floating IPs with the lease (virtual:floatingip) instead.',
    });
  }
  return cloudError(failure, neutronMessage(failure), details ? { details } : {});
}
