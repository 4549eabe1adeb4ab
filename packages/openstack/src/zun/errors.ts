// Zun's errors: {"errors": [{"status", "code", "title", "detail", …}]}.
import type { EnvbootError } from '@envboot/core';
import { keystoneMessage } from '../keystone/errors.js';
import { cloudError } from '../transport/errors.js';
import type { HttpFailure } from '../transport/types.js';

export function zunMessage(failure: HttpFailure): string | null {
  const first = (failure.json as { errors?: Array<{ detail?: unknown; title?: unknown }> } | undefined)
    ?.errors?.[0];
  const text = first?.detail ?? first?.title;
  return typeof text === 'string' && text ? text : keystoneMessage(failure);
}

export function classify(failure: HttpFailure): EnvbootError {
  return cloudError(failure, zunMessage(failure));
}
