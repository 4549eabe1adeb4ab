// v3oidcpassword (Chameleon's openrc) and v3oidcaccesstoken: an access token from the identity provider, then
// Keystone's federation endpoint for an unscoped token, then a project-scoped token with its catalog.
import { AuthError, registerSecret } from '@envboot/core';
import type { OidcAccessTokenAuth, OidcPasswordAuth, Scope } from '../../config/types.js';
import { joinUrl } from '../../config/urls.js';
import { cloudError, genericMessage } from '../../transport/errors.js';
import type { HttpFailure } from '../../transport/types.js';
import type { KeystoneContext } from '../context.js';
import { classify as classifyKeystone } from '../errors.js';
import { federated, type Token } from '../tokens.js';
import { rescope } from './token.js';

// ---- wire types
interface WireDiscovery {
  token_endpoint?: string;
  grant_types_supported?: string[];
}
interface WireGrant {
  access_token?: string;
  id_token?: string;
  token_type?: string;
}
interface WireProjects {
  projects?: Array<{ id?: string; name?: string; enabled?: boolean }>;
}

// ---- errors: what the identity provider said ({"error", "error_description"} from Keycloak)
export function classifyProviderFailure(failure: HttpFailure) {
  const j = failure.json as { error?: unknown; error_description?: unknown } | undefined;
  const said =
    (typeof j?.error_description === 'string' && j.error_description) ||
    (typeof j?.error === 'string' && j.error) ||
    genericMessage(failure);
  if (failure.status === 400 || failure.status === 401 || failure.status === 403) {
    return cloudError(failure, said, {
      code: 'AUTH',
      message: `the identity provider refused the login (HTTP ${failure.status})${said ? `: ${said}` : ''}`,
      hint: "Check OS_USERNAME and OS_PASSWORD (Chameleon's CLI password, not your institution's), and OS_CLIENT_ID for this site.",
      retryable: false,
    });
  }
  return cloudError(failure, said);
}

// ---- operations
/** The identity provider's token endpoint, from its discovery document. */
export async function discoverTokenEndpoint(k: KeystoneContext, discoveryUrl: string): Promise<string> {
  const res = await k.http.request({
    service: 'identity-provider',
    op: 'oidc.discovery',
    method: 'GET',
    url: discoveryUrl,
    auth: false,
    authRequest: true,
    signal: k.signal,
    classify: classifyProviderFailure,
  });
  const doc = (res.body ?? {}) as WireDiscovery;
  if (typeof doc.token_endpoint !== 'string') {
    throw new AuthError(`the OIDC discovery document at ${discoveryUrl} names no token_endpoint`, {
      code: 'AUTH_CONFIG',
      field: 'OS_DISCOVERY_ENDPOINT',
    });
  }
  if (Array.isArray(doc.grant_types_supported) && !doc.grant_types_supported.includes('password')) {
    throw new AuthError('the identity provider does not offer the password grant that v3oidcpassword needs', {
      code: 'AUTH_CONFIG',
      field: 'OS_AUTH_TYPE',
      hint: 'Use an application credential instead (docs/configuration.md).',
    });
  }
  return doc.token_endpoint;
}

/** The resource-owner password grant; the client authenticates with HTTP Basic when it has a secret. */
export async function passwordGrant(
  k: KeystoneContext,
  auth: OidcPasswordAuth,
  tokenEndpoint: string,
): Promise<string> {
  const form: Record<string, string> = {
    grant_type: 'password',
    username: auth.username,
    password: auth.password,
    scope: auth.openidScope,
  };
  // The form carries the password URL-encoded: a provider that echoes the body back echoes it in that form.
  registerSecret(new URLSearchParams({ password: auth.password }).toString().slice('password='.length));
  const headers: Record<string, string> = {};
  if (auth.clientSecret) {
    const basic = Buffer.from(`${auth.clientId}:${auth.clientSecret}`).toString('base64');
    // The encoded form carries the client secret too.
    registerSecret(basic);
    headers.authorization = `Basic ${basic}`;
  } else {
    form.client_id = auth.clientId;
  }
  const res = await k.http.request({
    service: 'identity-provider',
    op: 'oidc.password_grant',
    method: 'POST',
    url: tokenEndpoint,
    form,
    headers,
    auth: false,
    authRequest: true,
    idempotent: true,
    signal: k.signal,
    classify: classifyProviderFailure,
  });
  const grant = (res.body ?? {}) as WireGrant;
  const token = grant[auth.accessTokenType];
  if (typeof token !== 'string' || !token) {
    throw new AuthError(`the identity provider's answer has no ${auth.accessTokenType}`, {
      code: 'AUTH',
      field: 'OS_ACCESS_TOKEN_TYPE',
    });
  }
  registerSecret(token);
  return token;
}

/** The projects an (unscoped) token may be scoped to. */
export async function listProjects(
  k: KeystoneContext,
  token: string,
): Promise<Array<{ id: string; name: string | null }>> {
  const res = await k.http.request({
    service: 'identity',
    op: 'keystone.auth.projects',
    method: 'GET',
    url: joinUrl(k.authUrl, 'auth/projects'),
    headers: { 'x-auth-token': token },
    auth: false,
    authRequest: true,
    signal: k.signal,
    classify: classifyKeystone,
  });
  return ((res.body as WireProjects | undefined)?.projects ?? [])
    .filter((p) => typeof p.id === 'string' && p.enabled !== false)
    .map((p) => ({ id: p.id!, name: p.name ?? null }));
}

/** A federated token scoped to the configured project, or to the user's only project when none is configured. */
export async function scopeFederated(
  k: KeystoneContext,
  unscoped: Token,
  scope: Scope | null,
): Promise<Token> {
  if (scope) return rescope(k, unscoped.value, scope);
  const projects = await listProjects(k, unscoped.value);
  if (projects.length === 1) return rescope(k, unscoped.value, { projectId: projects[0]!.id });
  throw new AuthError(
    projects.length === 0
      ? 'this account has no project on this site'
      : `this account has ${projects.length} projects; choose one with OS_PROJECT_ID or OS_PROJECT_NAME`,
    {
      code: 'AUTH_CONFIG',
      field: 'OS_PROJECT_ID',
      details: { projects: projects.map((p) => ({ id: p.id, name: p.name })) },
    },
  );
}

export async function authenticate(k: KeystoneContext, auth: OidcPasswordAuth): Promise<Token> {
  const endpoint = auth.accessTokenEndpoint ?? (await discoverTokenEndpoint(k, auth.discoveryEndpoint!));
  const accessToken = await passwordGrant(k, auth, endpoint);
  const unscoped = await federated(k, auth.identityProvider, auth.protocol, accessToken);
  return scopeFederated(k, unscoped, auth.scope);
}

export async function authenticateWithAccessToken(
  k: KeystoneContext,
  auth: OidcAccessTokenAuth,
): Promise<Token> {
  const unscoped = await federated(k, auth.identityProvider, auth.protocol, auth.accessToken);
  return scopeFederated(k, unscoped, auth.scope);
}
