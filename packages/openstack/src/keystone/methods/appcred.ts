// v3applicationcredential: id + secret, or name + secret + user. Never a scope: the credential carries its project.
import type { ApplicationCredentialAuth } from '../../config/types.js';
import type { KeystoneContext } from '../context.js';
import { applicationCredentialIdentity, authBody, issue, type Token } from '../tokens.js';

export function applicationCredentialBody(auth: ApplicationCredentialAuth) {
  return authBody(['application_credential'], applicationCredentialIdentity(auth));
}

export function authenticate(k: KeystoneContext, auth: ApplicationCredentialAuth): Promise<Token> {
  return issue(k, applicationCredentialBody(auth), 'keystone.auth.application_credential');
}
