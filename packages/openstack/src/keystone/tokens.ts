// Keystone v3 tokens: POST /v3/auth/tokens bodies out, the token (from X-Subject-Token) and its catalog in.
import { AuthError, registerSecret } from '@envboot/core';
import type { Scope, UserRef } from '../config/types.js';
import { joinUrl } from '../config/urls.js';
import type { HttpResponse } from '../transport/types.js';
import { parseCatalog, type Catalog, type WireCatalogEntry } from './catalog.js';
import type { KeystoneContext } from './context.js';
import { classifyAuthFailure } from './errors.js';

// ---- urls
export const path = {
  tokens: () => 'auth/tokens',
  federated: (idp: string, protocol: string) =>
    `OS-FEDERATION/identity_providers/${encodeURIComponent(idp)}/protocols/${encodeURIComponent(protocol)}/auth`,
};

// ---- wire types
interface WireNamed {
  id?: string;
  name?: string;
  domain?: { id?: string; name?: string };
}
export interface WireToken {
  methods?: string[];
  expires_at?: string;
  issued_at?: string;
  user?: WireNamed;
  project?: WireNamed;
  catalog?: WireCatalogEntry[];
}
type WireIdentity = Record<string, unknown>;

// ---- public types
export interface Principal {
  id: string;
  name: string | null;
  domainId: string | null;
  domainName: string | null;
}

export interface Token {
  /** The token itself (registered as a secret the moment it arrives). */
  value: string;
  expiresAt: string;
  /** When to stop using it, on this machine's clock (the server's lifetime, scaled to the simulator's speed). */
  localExpiresAt: number;
  /** Its whole lifetime on this machine's clock, to decide how early to renew. */
  lifetimeMs: number;
  methods: string[];
  user: Principal;
  project: Principal | null;
  catalog: Catalog;
}

// ---- body builders
function userBody(ref: UserRef): Record<string, unknown> {
  if (ref.userId) return { id: ref.userId };
  const domain = ref.userDomainId ? { id: ref.userDomainId } : { name: ref.userDomainName };
  return { name: ref.username, domain };
}

export function scopeBody(scope: Scope | null): Record<string, unknown> | undefined {
  if (!scope) return undefined;
  if (scope.projectId) return { project: { id: scope.projectId } };
  if (scope.projectName) {
    const domain = scope.projectDomainId ? { id: scope.projectDomainId } : { name: scope.projectDomainName };
    return { project: { name: scope.projectName, domain } };
  }
  if (scope.domainId) return { domain: { id: scope.domainId } };
  if (scope.domainName) return { domain: { name: scope.domainName } };
  return undefined;
}

export function authBody(methods: string[], identity: WireIdentity, scope?: Scope | null) {
  const s = scopeBody(scope ?? null);
  return { auth: { identity: { methods, ...identity }, ...(s ? { scope: s } : {}) } };
}

export function passwordIdentity(ref: UserRef, password: string): WireIdentity {
  return { password: { user: { ...userBody(ref), password } } };
}

export function applicationCredentialIdentity(
  cred: UserRef & { id?: string; name?: string; secret: string },
) {
  if (cred.id) return { application_credential: { id: cred.id, secret: cred.secret } };
  return { application_credential: { name: cred.name, secret: cred.secret, user: userBody(cred) } };
}

export function tokenIdentity(token: string): WireIdentity {
  return { token: { id: token } };
}

// ---- parsers
function principal(w: WireNamed | undefined): Principal | null {
  if (!w?.id) return null;
  return {
    id: w.id,
    name: w.name ?? null,
    domainId: w.domain?.id ?? null,
    domainName: w.domain?.name ?? null,
  };
}

/**
 * The token of a Keystone answer. Its lifetime is the server's own expires_at − issued_at, counted from when the
 * answer arrived, so a skewed clock on either side never makes us use a token after it expired. Token lifetimes
 * are real time, also on the simulator (whose services alone run on its fast clock).
 */
export function parseToken(res: HttpResponse, receivedAt: number): Token {
  const value = res.headers['x-subject-token'];
  const token = (res.body as { token?: WireToken } | undefined)?.token;
  if (typeof value !== 'string' || !value || !token) {
    throw new AuthError('Keystone answered without a token (no X-Subject-Token header or token body)', {
      code: 'AUTH',
      details: { status: res.status, request_id: res.requestId },
    });
  }
  registerSecret(value);
  const expires = Date.parse(token.expires_at ?? '');
  const issued = Date.parse(token.issued_at ?? '');
  const serverLifetime = Number.isFinite(expires)
    ? expires - (Number.isFinite(issued) ? issued : Date.now())
    : 3_600_000;
  const lifetimeMs = Math.max(0, serverLifetime);
  const user = principal(token.user);
  if (!user) throw new AuthError('Keystone returned a token without a user', { code: 'AUTH' });
  return {
    value,
    expiresAt: Number.isFinite(expires)
      ? new Date(expires).toISOString()
      : new Date(receivedAt + lifetimeMs).toISOString(),
    localExpiresAt: receivedAt + lifetimeMs,
    lifetimeMs,
    methods: token.methods ?? [],
    user,
    project: principal(token.project),
    catalog: parseCatalog(token.catalog),
  };
}

// ---- operations
/** POST /v3/auth/tokens: one request for a token and its catalog. */
export async function issue(k: KeystoneContext, body: unknown, op: string): Promise<Token> {
  const res = await k.http.request({
    service: 'identity',
    op,
    method: 'POST',
    url: joinUrl(k.authUrl, path.tokens()),
    json: body,
    auth: false,
    authRequest: true,
    idempotent: true,
    ok: [200, 201],
    signal: k.signal,
    classify: classifyAuthFailure,
  });
  return parseToken(res, k.now());
}

/** The unscoped token of a federated login, from an identity provider's access token. */
export async function federated(
  k: KeystoneContext,
  idp: string,
  protocol: string,
  accessToken: string,
): Promise<Token> {
  const res = await k.http.request({
    service: 'identity',
    op: 'keystone.federation.auth',
    method: 'POST',
    url: joinUrl(k.authUrl, path.federated(idp, protocol)),
    headers: { authorization: `Bearer ${accessToken}` },
    auth: false,
    authRequest: true,
    idempotent: true,
    ok: [200, 201],
    signal: k.signal,
    classify: classifyAuthFailure,
  });
  return parseToken(res, k.now());
}
