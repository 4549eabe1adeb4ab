// A stand-in for Chameleon's Keycloak (so that an openrc with OS_AUTH_TYPE=v3oidcpassword, and ccauth's
// v3chameleonoidc, work): the realm's discovery document, the device authorization endpoint, a token endpoint
// (password, refresh_token and device_code grants), and Keystone's federated login that accepts its access tokens
// (unscoped token first, then a rescope with the token method). The realm's state is in oidc-realm.ts.
import { header, json, ReplyError, type Reply, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { keystoneError, unauthorized } from './errors.js';
import {
  CLIENTS as OidcProviderClients,
  DEVICE_CODE_GRANT,
  OauthError,
  type OidcClient,
} from './oidc-realm.js';
import { renderToken } from './tokens.js';

export const OIDC_REALM_PATH = '/auth/realms/chameleon';

export { OidcProvider, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, DEVICE_CLIENT_ID } from './oidc-realm.js';
export const IDENTITY_PROVIDER = 'chameleon';
export const PROTOCOL = 'openid';

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

const issuerOf = (world: World) => `${world.base}${OIDC_REALM_PATH}`;
const nowOf = (world: World) => ({ wall: world.clock.wallMs(), virtual: world.clock.nowMs() });

/** The client a request authenticates as, or Keycloak's 401 invalid_client. */
function authenticClient(req: SimRequest, form: URLSearchParams): OidcClient | Reply {
  const given = clientOf(req, form);
  const client = given.id === undefined ? undefined : OidcProviderClients.find((c) => c.id === given.id);
  const secretOk =
    client?.secret === null
      ? given.secret === undefined || given.secret === ''
      : given.secret === undefined || given.secret === client?.secret;
  if (!client || !secretOk)
    return oauthError(401, 'invalid_client', 'Invalid client or Invalid client credentials');
  return client;
}

function grantReply(fn: () => unknown): Reply {
  try {
    return json(200, fn());
  } catch (err) {
    if (err instanceof OauthError) return oauthError(err.status, err.error, err.description);
    throw err;
  }
}

function tokenEndpoint(req: SimRequest, world: World): Reply {
  const form = new URLSearchParams(req.body);
  const client = authenticClient(req, form);
  if (!('grants' in client)) return client;
  const grantType = form.get('grant_type') ?? '';
  if (!client.grants.includes(grantType)) {
    return grantType === 'password' || grantType === DEVICE_CODE_GRANT || grantType === 'refresh_token'
      ? oauthError(400, 'unauthorized_client', `Client not allowed for ${grantType} grant`)
      : oauthError(400, 'unsupported_grant_type', 'Unsupported grant_type');
  }
  const scope = form.get('scope') ?? 'openid profile';
  const issuer = issuerOf(world);
  switch (grantType) {
    case 'password': {
      const username = form.get('username') ?? '';
      const user = [...world.directory.users.values()].find((u) => u.name === username);
      if (!user || form.get('password') !== user.password) {
        return oauthError(401, 'invalid_grant', 'Invalid user credentials');
      }
      return grantReply(() =>
        world.oidc.login({ id: user.id, username: user.name }, client.id, scope, issuer, nowOf(world)),
      );
    }
    case 'refresh_token':
      return grantReply(() =>
        world.oidc.refresh(form.get('refresh_token') ?? '', client.id, scope, issuer, nowOf(world)),
      );
    default:
      return grantReply(() =>
        world.oidc.pollDeviceLogin(form.get('device_code') ?? '', client.id, issuer, nowOf(world)),
      );
  }
}

/** RFC 8628 §3.1-3.2: a device code for the client, and the code the user types in the browser. */
function deviceAuthorization(req: SimRequest, world: World): Reply {
  const form = new URLSearchParams(req.body);
  const client = authenticClient(req, form);
  if (!('grants' in client)) return client;
  if (!client.grants.includes(DEVICE_CODE_GRANT)) {
    return oauthError(
      400,
      'unauthorized_client',
      'Client is not allowed to initiate OAuth 2.0 Device Authorization Grant. The flow is disabled for the client.',
    );
  }
  const login = world.oidc.startDeviceLogin(client.id, form.get('scope') ?? 'openid', world.clock.wallMs());
  const page = `${issuerOf(world)}/device`;
  return json(200, {
    device_code: login.deviceCode,
    user_code: login.userCode,
    verification_uri: page,
    verification_uri_complete: `${page}?user_code=${login.userCode}`,
    expires_in: Math.round((login.expiresAt - world.clock.wallMs()) / 1000),
    interval: login.intervalS,
  });
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
  const holder = bearer ? world.oidc.holderOf(bearer, world.clock.wallMs()) : undefined;
  // The site maps the federated user by preferred_username, as Chameleon's mapping does.
  const local = holder
    ? ([...world.directory.users.values()].find((u) => u.name === holder.username) ??
      world.directory.users.get(holder.id))
    : undefined;
  if (!local) throw unauthorized();
  const userId = local.id;
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
    handler: tokenEndpoint,
  },
  {
    method: 'POST',
    path: `${OIDC_REALM_PATH}/protocol/openid-connect/auth/device`,
    service: 'oidc',
    handler: deviceAuthorization,
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
