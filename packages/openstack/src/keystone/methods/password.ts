// v3password: user (by id, or by name with its domain) and password, scoped in the same request.
import type { PasswordAuth } from '../../config/types.js';
import type { KeystoneContext } from '../context.js';
import { authBody, issue, passwordIdentity, type Token } from '../tokens.js';

export function passwordBody(auth: PasswordAuth) {
  return authBody(['password'], passwordIdentity(auth, auth.password), auth.scope);
}

export function authenticate(k: KeystoneContext, auth: PasswordAuth): Promise<Token> {
  return issue(k, passwordBody(auth), 'keystone.auth.password');
}
