// A stand-in for Chameleon's Keycloak (so that an openrc with OS_AUTH_TYPE=v3oidcpassword works): the realm's
// discovery document, a password-grant token endpoint, and Keystone's federated login that accepts its access
// tokens (unscoped token first, then a rescope with the token method).
import { randomBytes } from 'node:crypto';
import { header, json, ReplyError, type Reply, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { keystoneError, unauthorized } from './errors.js';
import { renderToken } from './tokens.js';

export const OIDC_REALM_PATH = '/auth/realms/chameleon';
export const OIDC_CLIENT_ID = 'keystone-sim';
export const OIDC_CLIENT_SECRET = 'none';
export const IDENTITY_PROVIDER = 'chameleon';
export const PROTOCOL = 'openid';
const ACCESS_TOKEN_SECONDS = 300;

interface AccessToken {
  userId: string;
  /** Wall-clock ms. */
  expiresAt: number;
}

export class OidcProvider {
  readonly #tokens = new Map<string, AccessToken>();

  issue(
    userId: string,
    username: string,
    issuer: string,
    wallNow: number,
  ): { token: string; expiresIn: number } {
    const now = Math.floor(wallNow / 1000);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = [
      b64({ alg: 'RS256', typ: 'JWT', kid: 'sim' }),
      b64({
        exp: now + ACCESS_TOKEN_SECONDS,
        iat: now,
        iss: issuer,
        sub: userId,
        typ: 'Bearer',
        azp: OIDC_CLIENT_ID,
        preferred_username: username,
      }),
      randomBytes(64).toString('base64url'),
    ].join('.');
    if (this.#tokens.size > 10_000) this.#tokens.clear();
    this.#tokens.set(token, { userId, expiresAt: wallNow + ACCESS_TOKEN_SECONDS * 1000 });
    return { token, expiresIn: ACCESS_TOKEN_SECONDS };
  }

  userFor(token: string, wallNow: number): string | undefined {
    const t = this.#tokens.get(token);
    return t && t.expiresAt > wallNow ? t.userId : undefined;
  }
}

const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
});

function clientOf(req: SimRequest, form: URLSearchParams): { id?: string; secret?: string } {
  const auth = header(req, 'authorization');
  if (auth?.toLowerCase().startsWith('basic ')) {
    const decoded = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return colon < 0
      ? { id: dec(decoded) }
      : { id: dec(decoded.slice(0, colon)), secret: dec(decoded.slice(colon + 1)) };
  }
  return { id: form.get('client_id') ?? undefined, secret: form.get('client_secret') ?? undefined };
}

async function federatedLogin(req: SimRequest, world: World): Promise<Reply> {
  if (req.params.idp !== IDENTITY_PROVIDER) {
    throw new ReplyError(keystoneError(404, `Could not find Identity Provider: ${req.params.idp}.`));
  }
  if (req.params.protocol !== PROTOCOL) {
    throw new ReplyError(
      keystoneError(
        404,
        `Could not find federated protocol ${req.params.protocol} for Identity Provider: ${IDENTITY_PROVIDER}.`,
      ),
    );
  }
  const auth = header(req, 'authorization') ?? '';
  const bearer = /^bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
  const userId = bearer ? world.oidc.userFor(bearer, world.clock.wallMs()) : undefined;
  if (!userId) throw unauthorized();
  const info = world.tokens.issue(userId, {
    methods: [PROTOCOL],
    projectId: null,
    federated: { identityProvider: IDENTITY_PROVIDER, protocol: PROTOCOL },
  });
  return json(201, renderToken(info, null), { 'X-Subject-Token': info.id });
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: `${OIDC_REALM_PATH}/.well-known/openid-configuration`,
    service: 'oidc',
    handler: (_req, world) => {
      const issuer = `${world.base}${OIDC_REALM_PATH}`;
      const oidc = `${issuer}/protocol/openid-connect`;
      return json(200, {
        issuer,
        authorization_endpoint: `${oidc}/auth`,
        token_endpoint: `${oidc}/token`,
        introspection_endpoint: `${oidc}/token/introspect`,
        userinfo_endpoint: `${oidc}/userinfo`,
        end_session_endpoint: `${oidc}/logout`,
        jwks_uri: `${oidc}/certs`,
        device_authorization_endpoint: `${oidc}/auth/device`,
        grant_types_supported: [
          'authorization_code',
          'implicit',
          'refresh_token',
          'password',
          'client_credentials',
          'urn:ietf:params:oauth:grant-type:device_code',
        ],
        response_types_supported: [
          'code',
          'none',
          'id_token',
          'token',
          'id_token token',
          'code id_token',
          'code token',
          'code id_token token',
        ],
        subject_types_supported: ['public', 'pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        scopes_supported: ['openid', 'profile', 'email'],
      });
    },
  },
  {
    method: 'POST',
    path: `${OIDC_REALM_PATH}/protocol/openid-connect/token`,
    service: 'oidc',
    handler: (req, world) => {
      const form = new URLSearchParams(req.body);
      const client = clientOf(req, form);
      if (
        client.id !== OIDC_CLIENT_ID ||
        (client.secret !== undefined && client.secret !== OIDC_CLIENT_SECRET)
      ) {
        return oauthError(401, 'invalid_client', 'Invalid client or Invalid client credentials');
      }
      if (form.get('grant_type') !== 'password') {
        return oauthError(400, 'unsupported_grant_type', 'Unsupported grant_type');
      }
      const username = form.get('username') ?? '';
      const user = [...world.directory.users.values()].find((u) => u.name === username);
      if (!user || form.get('password') !== user.password) {
        return oauthError(401, 'invalid_grant', 'Invalid user credentials');
      }
      const issuer = `${world.base}${OIDC_REALM_PATH}`;
      const access = world.oidc.issue(user.id, user.name, issuer, world.clock.wallMs());
      return json(200, {
        access_token: access.token,
        expires_in: access.expiresIn,
        refresh_expires_in: 1800,
        refresh_token: randomBytes(48).toString('base64url'),
        token_type: 'Bearer',
        id_token: access.token,
        'not-before-policy': 0,
        session_state: randomBytes(16).toString('hex'),
        scope: form.get('scope') ?? 'openid profile',
      });
    },
  },
  {
    method: 'POST',
    path: '/v3/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth',
    service: 'identity',
    handler: federatedLogin,
  },
  {
    method: 'GET',
    path: '/v3/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth',
    service: 'identity',
    handler: federatedLogin,
  },
];
