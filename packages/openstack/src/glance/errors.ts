// Glance's errors are WebOb text or HTML ("404 Not Found\n\nThe resource could not be found."), sometimes JSON.
import type { EnvbootError } from '@envboot/core';
import { keystoneMessage } from '../keystone/errors.js';
import { cloudError, plainText } from '../transport/errors.js';
import type { HttpFailure } from '../transport/types.js';

export function glanceMessage(failure: HttpFailure): string | null {
  if (failure.json !== undefined) return keystoneMessage(failure);
  const text = plainText(failure.text);
  // Drop the status line WebOb repeats ("404 Not Found The resource…").
  return text?.replace(/^\d{3}\s+[A-Za-z ]+?\s{1,}(?=[A-Z])/, '').trim() || text;
}

export function classify(failure: HttpFailure): EnvbootError {
  return cloudError(failure, glanceMessage(failure));
}
