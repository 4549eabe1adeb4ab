// v3chameleonoidc (ccauth) and v3oidcdeviceauthz (keystoneauth): an access token from a refresh-token grant, or,
// the first time, from the device authorization grant (RFC 8628) approved by the user in a browser; then Keystone's
// federated login and a rescope to the project. v3chameleonoidc keeps the refresh token in ccauth's file; the
// other keeps it in this process only.
import { AuthError, EnvbootError, registerSecret } from '@envboot/core';
import type { OidcDeviceAuth } from '../../config/types.js';
import { sleepReal } from '../../clock.js';
import { cloudError, genericMessage } from '../../transport/errors.js';
import type { HttpFailure } from '../../transport/types.js';
import type { DeviceLoginPrompt, KeystoneContext } from '../context.js';
import { readRefreshToken, withLoginLock, writeRefreshToken } from '../login-file.js';
import { federated, type Token } from '../tokens.js';
import { scopeFederated } from './oidc.js';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** RFC 8628 §3.5: each slow_down adds five seconds to the polling interval. */
const SLOW_DOWN_MS = 5_000;
const DEFAULT_INTERVAL_S = 5;

// ---- wire types
interface WireDiscovery {
  token_endpoint?: unknown;
  device_authorization_endpoint?: unknown;
  grant_types_supported?: unknown;
}
interface WireDeviceAuthorization {
  device_code?: unknown;
  user_code?: unknown;
  verification_uri?: unknown;
  verification_uri_complete?: unknown;
  expires_in?: unknown;
  interval?: unknown;
}
export interface WireGrant {
  access_token?: unknown;
  id_token?: unknown;
  refresh_token?: unknown;
}
interface WireOauthError {
  error?: unknown;
  error_description?: unknown;
}

const LOG_IN_AGAIN = 'Log in again with `envboot login` (or `ccauth login`), then run this again.';

function providerSaid(failure: HttpFailure): string | null {
  const j = failure.json as WireOauthError | undefined;
  return (
    (typeof j?.error_description === 'string' && j.error_description) ||
    (typeof j?.error === 'string' && j.error) ||
    genericMessage(failure)
  );
}

function classify(failure: HttpFailure) {
  const said = providerSaid(failure);
  const j = failure.json as WireOauthError | undefined;
  const oauth =
    failure.status === 400 && typeof j?.error === 'string'
      ? {
          oauth_error: j.error,
          oauth_description: typeof j.error_description === 'string' ? j.error_description : '',
        }
      : undefined;
  if (failure.status === 400 || failure.status === 401 || failure.status === 403) {
    return cloudError(failure, said, {
      code: 'AUTH',
      message: `the identity provider refused the login (HTTP ${failure.status})${said ? `: ${said}` : ''}`,
      hint: 'Check OS_CLIENT_ID (Chameleon: chi-cli-device-token) and OS_DISCOVERY_ENDPOINT.',
      retryable: false,
      ...(oauth ? { details: oauth } : {}),
    });
  }
  return cloudError(failure, said);
}

/** An OAuth error answer (HTTP 400 {"error", "error_description"}), which the grants read rather than fail on. */
interface OauthAnswer {
  error: string;
  description: string;
}

// ---- endpoints
export interface ProviderEndpoints {
  token: string;
  device: string | null;
  grantTypes: string[] | null;
}

/** The token and device endpoints: the configured ones, else the discovery document's. */
export async function providerEndpoints(
  k: KeystoneContext,
  auth: OidcDeviceAuth,
): Promise<ProviderEndpoints> {
  if (!auth.discoveryEndpoint) {
    return { token: auth.accessTokenEndpoint!, device: auth.deviceAuthorizationEndpoint, grantTypes: null };
  }
  const res = await k.http.request({
    service: 'identity-provider',
    op: 'oidc.discovery',
    method: 'GET',
    url: auth.discoveryEndpoint,
    auth: false,
    authRequest: true,
    signal: k.signal,
    classify,
  });
  const doc = (res.body && typeof res.body === 'object' ? res.body : {}) as WireDiscovery;
  const token =
    auth.accessTokenEndpoint ?? (typeof doc.token_endpoint === 'string' ? doc.token_endpoint : null);
  if (!token) {
    throw new AuthError(`the OIDC discovery document at ${auth.discoveryEndpoint} names no token_endpoint`, {
      code: 'AUTH_CONFIG',
      field: 'OS_DISCOVERY_ENDPOINT',
    });
  }
  const device =
    auth.deviceAuthorizationEndpoint ??
    (typeof doc.device_authorization_endpoint === 'string' ? doc.device_authorization_endpoint : null);
  const grantTypes = Array.isArray(doc.grant_types_supported)
    ? doc.grant_types_supported.filter((g): g is string => typeof g === 'string')
    : null;
  return { token, device, grantTypes };
}

// ---- requests
/** The client's credentials: HTTP Basic with a secret, else client_id in the form (a public client). */
function clientAuth(auth: OidcDeviceAuth, form: Record<string, string>): Record<string, string> {
  if (!auth.clientSecret) {
    form.client_id = auth.clientId;
    return {};
  }
  const basic = Buffer.from(`${auth.clientId}:${auth.clientSecret}`).toString('base64');
  registerSecret(basic);
  return { authorization: `Basic ${basic}` };
}

/** A form POST to the provider: its JSON answer, or the OAuth error it answered with (HTTP 400). */
async function postForm(
  k: KeystoneContext,
  auth: OidcDeviceAuth,
  url: string,
  op: string,
  form: Record<string, string>,
): Promise<{ body: unknown } | OauthAnswer> {
  const headers = clientAuth(auth, form);
  try {
    const res = await k.http.request({
      service: 'identity-provider',
      op,
      method: 'POST',
      url,
      form,
      headers,
      auth: false,
      authRequest: true,
      // Every grant here uses a code or token up (rotation): never sent twice.
      idempotent: false,
      signal: k.signal,
      classify,
    });
    return { body: res.body ?? {} };
  } catch (err) {
    const d = err instanceof EnvbootError ? err.details : null;
    if (typeof d?.oauth_error !== 'string') throw err;
    return { error: d.oauth_error, description: String(d.oauth_description ?? '') || d.oauth_error };
  }
}

/** The access token of a grant (the field access_token_type names); its refresh token registered as a secret. */
function accessTokenOf(auth: OidcDeviceAuth, grant: WireGrant): { access: string; refresh: string | null } {
  const access = grant[auth.accessTokenType];
  const refresh = typeof grant.refresh_token === 'string' && grant.refresh_token ? grant.refresh_token : null;
  registerSecret(refresh);
  if (typeof access !== 'string' || !access) {
    throw new AuthError(`the identity provider's answer has no ${auth.accessTokenType}`, {
      code: 'AUTH',
      field: 'OS_ACCESS_TOKEN_TYPE',
    });
  }
  registerSecret(access);
  return { access, refresh };
}

/** A refresh-token grant: the new tokens, or what the provider said when it refused (expired, revoked). */
export async function refreshGrant(
  k: KeystoneContext,
  auth: OidcDeviceAuth,
  tokenEndpoint: string,
  refreshToken: string,
): Promise<{ access: string; refresh: string | null } | { refused: string }> {
  registerSecret(refreshToken);
  registerSecret(encodeURIComponent(refreshToken));
  const res = await postForm(k, auth, tokenEndpoint, 'oidc.refresh_grant', {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    scope: auth.openidScope,
  });
  if ('error' in res) {
    const { error, description } = res;
    if (error === 'invalid_grant') return { refused: description };
    throw new AuthError(`the identity provider refused to renew the login: ${description || 'HTTP 400'}`, {
      code: 'AUTH',
      hint: LOG_IN_AGAIN,
      details: { error },
    });
  }
  return accessTokenOf(auth, res.body as WireGrant);
}

function positive(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** RFC 8628: ask for a code, show it, poll the token endpoint until the user approves (or the code expires). */
export async function deviceGrant(
  k: KeystoneContext,
  auth: OidcDeviceAuth,
  endpoints: ProviderEndpoints,
  prompt: (p: DeviceLoginPrompt) => void,
): Promise<{ access: string; refresh: string | null }> {
  if (endpoints.grantTypes && !endpoints.grantTypes.includes(DEVICE_CODE_GRANT)) {
    throw new AuthError('the identity provider does not offer the device authorization grant', {
      code: 'AUTH_CONFIG',
      field: 'OS_AUTH_TYPE',
      hint: 'Use an application credential instead (docs/configuration.md).',
    });
  }
  if (!endpoints.device) {
    throw new AuthError('the identity provider offers no device authorization endpoint', {
      code: 'AUTH_CONFIG',
      field: 'OS_DEVICE_AUTHORIZATION_ENDPOINT',
      hint: 'Set device_authorization_endpoint, or check OS_DISCOVERY_ENDPOINT.',
    });
  }
  const started = await postForm(k, auth, endpoints.device, 'oidc.device_authorization', {
    scope: auth.openidScope,
  });
  if ('error' in started) {
    const { description } = started;
    throw new AuthError(
      `the identity provider refused to start a device login: ${description || 'HTTP 400'}`,
      {
        code: 'AUTH',
        hint: 'Check OS_CLIENT_ID (Chameleon: chi-cli-device-token).',
      },
    );
  }
  const d = started.body as WireDeviceAuthorization;
  if (
    typeof d.device_code !== 'string' ||
    typeof d.user_code !== 'string' ||
    typeof d.verification_uri !== 'string'
  ) {
    throw new AuthError('the identity provider answered the device authorization without a code', {
      code: 'AUTH',
    });
  }
  const deviceCode = d.device_code;
  registerSecret(deviceCode);
  registerSecret(encodeURIComponent(deviceCode));
  const expiresIn = positive(d.expires_in, 600);
  let intervalMs = positive(d.interval, DEFAULT_INTERVAL_S) * 1000;
  prompt({
    verificationUri: d.verification_uri,
    verificationUriComplete:
      typeof d.verification_uri_complete === 'string' ? d.verification_uri_complete : null,
    userCode: d.user_code,
    expiresIn,
  });
  const deadline = k.now() + expiresIn * 1000;
  const sleep = k.sleep ?? sleepReal;
  for (;;) {
    if (k.now() >= deadline) throw codeExpired();
    await sleep(intervalMs, k.signal);
    const res = await postForm(k, auth, endpoints.token, 'oidc.device_code_grant', {
      grant_type: DEVICE_CODE_GRANT,
      device_code: deviceCode,
    });
    if (!('error' in res)) return accessTokenOf(auth, res.body as WireGrant);
    const { error, description } = res;
    if (error === 'authorization_pending') continue;
    if (error === 'slow_down') {
      intervalMs += SLOW_DOWN_MS;
      continue;
    }
    if (error === 'expired_token') throw codeExpired();
    if (error === 'access_denied') {
      throw new AuthError('the login was denied in the browser', {
        code: 'AUTH',
        hint: 'Run the command again and approve the login, with the account of your Chameleon project.',
      });
    }
    throw new AuthError(`the identity provider refused the device login: ${description || 'HTTP 400'}`, {
      code: 'AUTH',
      details: { error },
    });
  }
}

function codeExpired(): AuthError {
  return new AuthError('the login code expired before it was approved', {
    code: 'AUTH',
    hint: 'Run the command again and approve the login in the browser within the time shown.',
  });
}

// ---- the login
function loginRequired(auth: OidcDeviceAuth, refused: string | null): AuthError {
  const where = auth.refreshTokenFile ? ` (${auth.refreshTokenFile})` : '';
  if (refused !== null) {
    return new AuthError(
      `the Chameleon login has expired or was revoked${where}: the identity provider said "${refused}"`,
      { code: 'AUTH', hint: LOG_IN_AGAIN, details: { reason: 'login_expired' } },
    );
  }
  return new AuthError(
    `not logged in to Chameleon${auth.refreshTokenFile ? `: no login in ${auth.refreshTokenFile}` : ''}`,
    {
      code: 'AUTH',
      hint: auth.refreshTokenFile
        ? 'Log in once with `envboot login` (or `ccauth login`) at a terminal; later runs reuse that login.'
        : 'Run this at a terminal to log in in a browser, or use auth_type v3chameleonoidc with `envboot login`, which keeps the login between runs.',
      details: { reason: 'login_required' },
    },
  );
}

/** Refresh tokens of v3oidcdeviceauthz logins of this process (it writes no file), by provider and client. */
const processLogins = new Map<string, string>();

/** Forgets the logins held in this process (tests). */
export function forgetProcessLogins(): void {
  processLogins.clear();
}

/** A device login at the terminal, or the AUTH error that says how to log in when nobody is there. */
function deviceLoginOrFail(
  k: KeystoneContext,
  auth: OidcDeviceAuth,
  endpoints: ProviderEndpoints,
  refused: string | null,
) {
  if (!k.deviceLogin) throw loginRequired(auth, refused);
  return deviceGrant(k, auth, endpoints, k.deviceLogin);
}

/** An access token for the federated login, refreshing (and rotating) the stored login, or logging in anew. */
export async function accessToken(k: KeystoneContext, auth: OidcDeviceAuth): Promise<string> {
  const endpoints = await providerEndpoints(k, auth);
  const file = auth.refreshTokenFile;
  if (!file) {
    const key = `${endpoints.token}\0${auth.clientId}`;
    const held = processLogins.get(key);
    const refreshed = held ? await refreshGrant(k, auth, endpoints.token, held) : null;
    const grant =
      refreshed && !('refused' in refreshed)
        ? refreshed
        : await deviceLoginOrFail(k, auth, endpoints, refreshed?.refused ?? null);
    if (grant.refresh) processLogins.set(key, grant.refresh);
    return grant.access;
  }
  const refreshed = await withLoginLock(
    file,
    async () => {
      // Read under the lock: another process may have just rotated the token.
      const stored = auth.fresh ? null : readRefreshToken(file);
      if (!stored) return null;
      const r = await refreshGrant(k, auth, endpoints.token, stored);
      if (!('refused' in r)) writeRefreshToken(file, r.refresh ?? stored, k.now());
      return r;
    },
    k.signal,
  );
  if (refreshed && !('refused' in refreshed)) return refreshed.access;
  const grant = await deviceLoginOrFail(k, auth, endpoints, refreshed?.refused ?? null);
  if (grant.refresh) {
    const refresh = grant.refresh;
    await withLoginLock(file, async () => writeRefreshToken(file, refresh, k.now()), k.signal);
  }
  return grant.access;
}

export async function authenticate(k: KeystoneContext, auth: OidcDeviceAuth): Promise<Token> {
  const access = await accessToken(k, auth);
  const unscoped = await federated(k, auth.identityProvider, auth.protocol, access);
  return scopeFederated(k, unscoped, auth.scope);
}
