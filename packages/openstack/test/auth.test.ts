// Every auth method against a scripted Keystone, over real HTTP: the exact bodies sent, the request count, OIDC
// against an identity-provider stand-in served by this test, and token expiry honoured.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { blazar, type Cloud } from '../src/index.js';
import { processTokens } from '../src/token-cache/memory.js';
import { connectWith, newMetrics, rejection } from './support/connect.js';
import {
  appCredEnv,
  passwordEnv,
  scriptedCloud,
  type LoggedRequest,
  type ScriptedCloud,
} from './support/scripted-cloud.js';

const TOKENS = 'POST /v3/auth/tokens';
let server: ScriptedCloud;
const opened: Cloud[] = [];

beforeEach(async () => {
  server = await scriptedCloud();
});

afterEach(async () => {
  for (const c of opened.splice(0)) c.close();
  processTokens.clear();
  await server.close();
});

async function open(env: NodeJS.ProcessEnv, options: Parameters<typeof connectWith>[1] = {}) {
  const metrics = newMetrics();
  const cloud = await connectWith(env, { metrics, ...options });
  opened.push(cloud);
  return { cloud, metrics };
}

function bodies(key = TOKENS): unknown[] {
  return server.log.filter((r) => `${r.method} ${r.path.split('?')[0]}` === key).map((r) => r.json);
}

describe('v3password', () => {
  it('sends user and project by name with their domains, and gets a scoped token with one request', async () => {
    const { cloud, metrics } = await open(passwordEnv(server));
    const id = server.identity;
    expect(bodies()).toEqual([
      {
        auth: {
          identity: {
            methods: ['password'],
            password: { user: { name: id.username, domain: { name: 'Default' }, password: id.password } },
          },
          scope: { project: { name: id.projectName, domain: { name: 'Default' } } },
        },
      },
    ]);
    expect(metrics).toEqual({ requests: 1, auth_requests: 1, retries: 0 });
    expect(cloud.user).toMatchObject({ id: id.userId, name: 'demo' });
    expect(cloud.project).toMatchObject({ id: id.projectId, name: id.projectName });
  });

  it('sends ids when the openrc has ids', async () => {
    const id = server.identity;
    await open({
      OS_AUTH_URL: server.authUrl,
      OS_USER_ID: id.userId,
      OS_PASSWORD: id.password,
      OS_PROJECT_ID: id.projectId,
      OS_REGION_NAME: 'CHI@UC',
    });
    expect(bodies()).toEqual([
      {
        auth: {
          identity: { methods: ['password'], password: { user: { id: id.userId, password: id.password } } },
          scope: { project: { id: id.projectId } },
        },
      },
    ]);
  });
});

describe('v3applicationcredential', () => {
  it('sends id and secret, never a scope', async () => {
    const { cloud } = await open(appCredEnv(server));
    expect(bodies()).toEqual([
      {
        auth: {
          identity: {
            methods: ['application_credential'],
            application_credential: { id: server.identity.appCredId, secret: server.identity.appCredSecret },
          },
        },
      },
    ]);
    expect(cloud.project?.id).toBe(server.identity.projectId);
  });

  it('sends name, secret and the user when the credential is named', async () => {
    await open({
      OS_AUTH_URL: server.authUrl,
      OS_AUTH_TYPE: 'v3applicationcredential',
      OS_APPLICATION_CREDENTIAL_NAME: 'ci',
      OS_APPLICATION_CREDENTIAL_SECRET: server.identity.appCredSecret,
      OS_USERNAME: 'demo',
      OS_USER_DOMAIN_NAME: 'Default',
    });
    expect(bodies()[0]).toEqual({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: {
            name: 'ci',
            secret: server.identity.appCredSecret,
            user: { name: 'demo', domain: { name: 'Default' } },
          },
        },
      },
    });
  });
});

describe('v3token', () => {
  it('exchanges a token for a project-scoped one with its catalog', async () => {
    const { cloud: first } = await open(passwordEnv(server));
    const existing = server.issued[0]!;
    const { cloud } = await open({
      OS_AUTH_URL: server.authUrl,
      OS_AUTH_TYPE: 'v3token',
      OS_TOKEN: existing,
      OS_PROJECT_ID: server.identity.projectId,
      OS_REGION_NAME: 'CHI@UC',
    });
    expect(bodies()[1]).toEqual({
      auth: {
        identity: { methods: ['token'], token: { id: existing } },
        scope: { project: { id: server.identity.projectId } },
      },
    });
    expect(cloud.endpoint('reservation')).toBe(`${server.url}/reservation/v1`);
    expect(first.user.id).toBe(cloud.user.id);
  });
});

/** The identity-provider stand-in: discovery document and a password-grant token endpoint (Keycloak-like). */
function identityProvider(options: { clientSecret?: string; grants?: string[] } = {}) {
  const realm = '/auth/realms/test';
  const clientId = 'keystone-test';
  const accessToken = `at-${Math.random().toString(36).slice(2)}-0123456789`;
  server.route(`GET ${realm}/.well-known/openid-configuration`, () => ({
    body: {
      issuer: `${server.url}${realm}`,
      token_endpoint: `${server.url}${realm}/protocol/openid-connect/token`,
      grant_types_supported: options.grants ?? ['authorization_code', 'password', 'refresh_token'],
    },
  }));
  server.route(`POST ${realm}/protocol/openid-connect/token`, (req: LoggedRequest) => {
    const form = new URLSearchParams(req.text);
    const basic = req.headers.authorization;
    const clientOk =
      options.clientSecret === ''
        ? form.get('client_id') === clientId && basic === undefined
        : basic ===
          `Basic ${Buffer.from(`${clientId}:${options.clientSecret ?? 'none'}`).toString('base64')}`;
    if (!clientOk)
      return {
        status: 401,
        body: { error: 'unauthorized_client', error_description: 'Invalid client credentials' },
      };
    if (
      form.get('grant_type') !== 'password' ||
      form.get('username') !== server.identity.username ||
      form.get('password') !== server.identity.password
    ) {
      return { status: 401, body: { error: 'invalid_grant', error_description: 'Invalid user credentials' } };
    }
    return {
      body: { access_token: accessToken, token_type: 'Bearer', expires_in: 300, scope: form.get('scope') },
    };
  });
  server.route('POST /v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth', (req) => {
    if (req.headers.authorization !== `Bearer ${accessToken}` || req.headers['x-auth-token']) {
      return {
        status: 401,
        body: {
          error: {
            code: 401,
            title: 'Unauthorized',
            message: 'The request you have made requires authentication.',
          },
        },
      };
    }
    return server.issue(['openid'], false, {
      user: {
        id: server.identity.userId,
        name: 'demo',
        domain: { id: 'fed', name: 'Federated' },
        'OS-FEDERATION': { identity_provider: { id: 'chameleon' }, protocol: { id: 'openid' } },
      },
    });
  });
  return {
    env: (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
      OS_AUTH_URL: server.authUrl,
      OS_AUTH_TYPE: 'v3oidcpassword',
      OS_IDENTITY_PROVIDER: 'chameleon',
      OS_PROTOCOL: 'openid',
      OS_DISCOVERY_ENDPOINT: `${server.url}${realm}/.well-known/openid-configuration`,
      OS_CLIENT_ID: clientId,
      OS_CLIENT_SECRET: options.clientSecret ?? 'none',
      OS_ACCESS_TOKEN_TYPE: 'access_token',
      OS_USERNAME: server.identity.username,
      OS_PASSWORD: server.identity.password,
      OS_PROJECT_ID: server.identity.projectId,
      OS_REGION_NAME: 'CHI@UC',
      ...extra,
    }),
    accessToken,
    realm,
  };
}

describe('v3oidcpassword (Chameleon openrc)', () => {
  it('discovers the token endpoint, gets an access token with HTTP Basic, federates, then scopes', async () => {
    const idp = identityProvider();
    const { cloud, metrics } = await open(idp.env());
    expect(server.requests()).toEqual([
      `GET ${idp.realm}/.well-known/openid-configuration`,
      `POST ${idp.realm}/protocol/openid-connect/token`,
      'POST /v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth',
      TOKENS,
    ]);
    const grant = new URLSearchParams(server.log[1]!.text);
    expect(Object.fromEntries(grant)).toEqual({
      grant_type: 'password',
      username: 'demo',
      password: server.identity.password,
      scope: 'openid profile',
    });
    expect(bodies()).toEqual([
      {
        auth: {
          identity: { methods: ['token'], token: { id: server.issued[0] } },
          scope: { project: { id: server.identity.projectId } },
        },
      },
    ]);
    expect(metrics).toEqual({ requests: 4, auth_requests: 4, retries: 0 });
    expect(cloud.project?.id).toBe(server.identity.projectId);
    expect(cloud.endpoint('compute')).toBe(`${server.url}/compute/v2.1`);
  });

  it('sends the client id in the form when the client has no secret', async () => {
    const idp = identityProvider({ clientSecret: '' });
    await open(idp.env({ OS_CLIENT_SECRET: '' }));
    expect(new URLSearchParams(server.log[1]!.text).get('client_id')).toBe('keystone-test');
  });

  it('scopes to the only project of the account when none is configured', async () => {
    const idp = identityProvider();
    server.route('GET /v3/auth/projects', (req) => {
      expect(req.headers['x-auth-token']).toBe(server.issued[0]);
      return { body: { projects: [{ id: server.identity.projectId, name: 'CHI-000000', enabled: true }] } };
    });
    const { cloud } = await open(idp.env({ OS_PROJECT_ID: undefined }));
    expect(server.requests().slice(2)).toEqual([
      'POST /v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth',
      'GET /v3/auth/projects',
      TOKENS,
    ]);
    expect(cloud.project?.id).toBe(server.identity.projectId);
  });

  it('asks to choose when the account has several projects', async () => {
    const idp = identityProvider();
    server.route('GET /v3/auth/projects', () => ({
      body: {
        projects: [
          { id: 'p1', name: 'A' },
          { id: 'p2', name: 'B' },
        ],
      },
    }));
    await expect(open(idp.env({ OS_PROJECT_ID: undefined }))).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      field: 'OS_PROJECT_ID',
      details: {
        projects: [
          { id: 'p1', name: 'A' },
          { id: 'p2', name: 'B' },
        ],
      },
    });
  });

  it('reports a refused login as AUTH with the provider’s reason', async () => {
    const idp = identityProvider();
    const err = await rejection(open(idp.env({ OS_PASSWORD: 'not-the-password-42' })));
    expect(err).toMatchObject({ code: 'AUTH', cloud: { service: 'identity-provider', status: 401 } });
    expect(err.message).toContain('Invalid user credentials');
    expect(server.count(`POST ${idp.realm}/protocol/openid-connect/token`)).toBe(1);
  });

  it('refuses early when the provider offers no password grant', async () => {
    const idp = identityProvider({ grants: ['authorization_code'] });
    await expect(open(idp.env())).rejects.toMatchObject({ code: 'AUTH_CONFIG', field: 'OS_AUTH_TYPE' });
  });

  it('uses an explicit token endpoint without discovery', async () => {
    const idp = identityProvider();
    await open(
      idp.env({
        OS_DISCOVERY_ENDPOINT: undefined,
        OS_ACCESS_TOKEN_ENDPOINT: `${server.url}${idp.realm}/protocol/openid-connect/token`,
      }),
    );
    expect(server.requests()[0]).toBe(`POST ${idp.realm}/protocol/openid-connect/token`);
  });

  it('v3oidcaccesstoken: federates an access token it already has', async () => {
    const idp = identityProvider();
    await open({
      OS_AUTH_URL: server.authUrl,
      OS_AUTH_TYPE: 'v3oidcaccesstoken',
      OS_IDENTITY_PROVIDER: 'chameleon',
      OS_PROTOCOL: 'openid',
      OS_ACCESS_TOKEN: idp.accessToken,
      OS_PROJECT_ID: server.identity.projectId,
    });
    expect(server.requests()).toEqual([
      'POST /v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth',
      TOKENS,
    ]);
  });
});

describe('token lifetime', () => {
  it('renews before use once the token nears its expiry (no 401 needed)', async () => {
    let now = Date.now();
    server.route('GET /reservation/v1/leases', (req) => server.checkToken(req) ?? { body: { leases: [] } });
    const { cloud } = await open(passwordEnv(server), { now: () => now });
    await blazar.leases.list(cloud.blazar);
    now += 59 * 60_000; // 59 of the token's 60 minutes: inside the renewal margin
    await blazar.leases.list(cloud.blazar);
    expect(server.requests()).toEqual([
      TOKENS,
      'GET /reservation/v1/leases',
      TOKENS,
      'GET /reservation/v1/leases',
    ]);
    const gets = server.log.filter((r) => r.method === 'GET');
    expect(gets[1]!.headers['x-auth-token']).toBe(server.issued[1]);
  });

  it('keeps using a token until a quarter of its life (at most a minute) before it expires', async () => {
    await server.close();
    server = await scriptedCloud({ tokenTtlSeconds: 60 });
    let now = Date.now();
    server.route('GET /reservation/v1/leases', () => ({ body: { leases: [] } }));
    const { cloud } = await open(passwordEnv(server), { now: () => now });
    now += 40_000;
    await blazar.leases.list(cloud.blazar);
    expect(server.count(TOKENS)).toBe(1);
    now += 6_000; // 46 s of 60: within the last 15 s
    await blazar.leases.list(cloud.blazar);
    expect(server.count(TOKENS)).toBe(2);
  });

  it('shares one token among the connections of a process', async () => {
    const a = await open(passwordEnv(server), { shareToken: true });
    const b = await open(passwordEnv(server), { shareToken: true });
    expect(server.count(TOKENS)).toBe(1);
    expect(b.metrics.requests).toBe(0);
    expect(a.cloud.user.id).toBe(b.cloud.user.id);
    // Another identity (here: another password) never gets that token.
    await open(passwordEnv(server, { OS_PASSWORD: 'another-password-9' }), { shareToken: true }).catch(
      () => undefined,
    );
    expect(server.count(TOKENS)).toBe(2);
  });
});
