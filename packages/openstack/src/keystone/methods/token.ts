// v3token: an existing token exchanged for a scoped one (with its catalog). Also how a federated, unscoped token
// becomes a project token.
import type { Scope, TokenAuth } from '../../config/types.js';
import type { KeystoneContext } from '../context.js';
import { authBody, issue, tokenIdentity, type Token } from '../tokens.js';

export function tokenBody(token: string, scope: Scope | null) {
  return authBody(['token'], tokenIdentity(token), scope);
}

export function rescope(k: KeystoneContext, token: string, scope: Scope | null): Promise<Token> {
  return issue(k, tokenBody(token, scope), 'keystone.auth.token');
}

export function authenticate(k: KeystoneContext, auth: TokenAuth): Promise<Token> {
  return rescope(k, auth.token, auth.scope);
}
