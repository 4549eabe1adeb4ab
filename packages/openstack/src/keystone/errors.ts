// Keystone's errors: {"error": {"code", "title", "message"}}. Failing to get a token is an authentication
// problem whatever the status (Keystone answers an unknown application credential with 404).
import type { EnvbootError } from '@envboot/core';
import { cloudError, genericMessage } from '../transport/errors.js';
import type { HttpFailure } from '../transport/types.js';

export function keystoneMessage(failure: HttpFailure): string | null {
  const error = (failure.json as { error?: { message?: unknown } } | undefined)?.error;
  return typeof error?.message === 'string' ? error.message : genericMessage(failure);
}

/** Any Keystone call made with a token (projects, catalog). */
export function classify(failure: HttpFailure): EnvbootError {
  return cloudError(failure, keystoneMessage(failure));
}

/** A token request (password, application credential, federation, rescoping). */
export function classifyAuthFailure(failure: HttpFailure): EnvbootError {
  const { status } = failure;
  if (status === null || status >= 500 || status === 429)
    return cloudError(failure, keystoneMessage(failure));
  const message = keystoneMessage(failure);
  if (status === 400) {
    return cloudError(failure, message, {
      code: 'AUTH_CONFIG',
      hint: 'Keystone could not read the credentials: check OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_NAME and the project settings.',
    });
  }
  return cloudError(failure, message, {
    code: 'AUTH',
    message: `Keystone refused the credentials (HTTP ${status})${message ? `: ${message}` : ''}`,
    hint:
      status === 404
        ? 'The application credential (or user) does not exist on this cloud: check OS_APPLICATION_CREDENTIAL_ID and the site.'
        : 'Check the password or secret, the user and the project; an openrc is specific to one site.',
    retryable: false,
  });
}
