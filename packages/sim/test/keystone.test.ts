/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Keystone v3 over HTTP: versions, every auth method and its errors, validation, revocation, catalog, expiry,
// application credentials, and the OpenID Connect login Chameleon's openrc uses.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@envboot/core';
import type { Sim } from '../src/index.js';
import { appCredAuth, Client, passwordAuth, sleep, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start();
  c = new Client(sim);
});
afterAll(() => sim.close());

const UNAUTHORIZED = {
  error: { code: 401, message: 'The request you have made requires authentication.', title: 'Unauthorized' },
};

describe('version discovery', () => {
  it('answers GET / with 300 and versions.values[]', async () => {
    const r = await c.get('/');
    expect(r.status).toBe(300);
    expect(r.body.versions.values[0]).toMatchObject({
      id: 'v3.14',
      status: 'stable',
      links: [{ rel: 'self', href: `${sim.url}/v3/` }],
    });
    expect(r.headers.get('location')).toBe(`${sim.url}/v3/`);
  });

  it('answers GET /v3 (and /v3/) with 200 and one version', async () => {
    for (const path of ['/v3', '/v3/']) {
      const r = await c.get(path);
      expect(r.status).toBe(200);
      expect(r.body.version).toMatchObject({
        id: 'v3.14',
        'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
      });
    }
  });
});

describe('POST /v3/auth/tokens', () => {
  it('issues a project-scoped token for a password, in X-Subject-Token, with the catalog', async () => {
    const r = await c.post('/v3/auth/tokens', passwordAuth('demo', 'demo-password', 'CHI-000000'));
    expect(r.status).toBe(201);
    expect(r.headers.get('x-subject-token')).toMatch(/^gAAAAAB[\w-]{100,}$/);
    expect(r.headers.get('vary')).toBe('X-Auth-Token');
    const t = r.body.token;
    expect(t).toMatchObject({
      methods: ['password'],
      user: {
        domain: { id: 'default', name: 'Default' },
        id: sim.identity.userId,
        name: 'demo',
        password_expires_at: null,
      },
      project: { domain: { id: 'default', name: 'Default' }, id: sim.identity.projectId, name: 'CHI-000000' },
      is_domain: false,
      roles: [{ name: 'member' }, { name: 'reader' }],
    });
    expect(t.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000Z$/);
    expect(Date.parse(t.expires_at) - Date.parse(t.issued_at)).toBe(3600_000);
    expect(t.audit_ids).toHaveLength(1);
    const types = t.catalog.map((e: any) => e.type);
    expect(types).toEqual(['identity', 'compute', 'image', 'network', 'reservation', 'reference']);
    const reservation = t.catalog.find((e: any) => e.type === 'reservation');
    expect(reservation.endpoints.map((e: any) => e.interface)).toEqual(['public', 'internal', 'admin']);
    expect(reservation.endpoints[0]).toMatchObject({
      region: 'CHI@UC',
      region_id: 'CHI@UC',
      url: `${sim.url}/reservation/v1`,
    });
    const urls = Object.fromEntries(t.catalog.map((e: any) => [e.type, e.endpoints[0].url]));
    expect(urls).toEqual({
      identity: `${sim.url}/v3`,
      compute: `${sim.url}/compute/v2.1`,
      image: `${sim.url}/image`,
      network: `${sim.url}/network`,
      reservation: `${sim.url}/reservation/v1`,
      reference: `${sim.url}/reference`,
    });
  });

  it('accepts the user and project by id, and scopes to the default project when no scope is given', async () => {
    const byId = await c.post('/v3/auth/tokens', {
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { id: sim.identity.userId, password: 'demo-password' } },
        },
        scope: { project: { id: sim.identity.projectId } },
      },
    });
    expect(byId.status).toBe(201);
    const unscoped = await c.post('/v3/auth/tokens', passwordAuth('demo', 'demo-password'));
    expect(unscoped.body.token.project.id).toBe(sim.identity.projectId);
  });

  it('leaves the catalog out with ?nocatalog', async () => {
    const r = await c.post('/v3/auth/tokens?nocatalog', passwordAuth('demo', 'demo-password', 'CHI-000000'));
    expect(r.body.token.catalog).toBeUndefined();
  });

  it.each([
    ['a wrong password', passwordAuth('demo', 'wrong', 'CHI-000000')],
    ['an unknown user', passwordAuth('nobody', 'demo-password')],
    ['an unknown project', passwordAuth('demo', 'demo-password', 'CHI-999999')],
    [
      'a domain scope',
      { auth: { ...passwordAuth('demo', 'demo-password').auth, scope: { domain: { id: 'default' } } } },
    ],
  ])('refuses %s with 401, the Keystone body and WWW-Authenticate', async (_what, body) => {
    const r = await c.post('/v3/auth/tokens', body);
    expect(r.status).toBe(401);
    expect(r.body).toEqual(UNAUTHORIZED);
    expect(r.headers.get('www-authenticate')).toBe(`Keystone uri="${sim.url}/v3"`);
  });

  it.each([
    [
      'malformed JSON',
      '{"auth":',
      /^Expecting to find valid JSON in request body\. The server could not comply/,
    ],
    ['no auth', {}, /^Expecting to find auth in request body/],
    ['no identity', { auth: {} }, /'identity' is a required property/],
    ['no methods', { auth: { identity: {} } }, /'methods' is a required property/],
    [
      'a user name without a domain',
      { auth: { identity: { methods: ['password'], password: { user: { name: 'demo', password: 'x' } } } } },
      /^Expecting to find domain in user/,
    ],
  ])('answers %s with 400', async (_what, body, message) => {
    const r = await c.post('/v3/auth/tokens', body);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 400, title: 'Bad Request' });
    expect(r.body.error.message).toMatch(message);
  });

  it('refuses an unsupported method with the list of supported ones', async () => {
    const r = await c.post('/v3/auth/tokens', { auth: { identity: { methods: ['totp'], totp: {} } } });
    expect(r.status).toBe(401);
    expect(r.body.error).toMatchObject({
      message: 'Attempted to authenticate with an unsupported method.',
      identity: { methods: expect.arrayContaining(['password', 'token', 'application_credential']) },
    });
  });

  it('issues a project-scoped token with a catalog for an application credential (no scope allowed)', async () => {
    const r = await c.post(
      '/v3/auth/tokens',
      appCredAuth(sim.identity.appCredId, sim.identity.appCredSecret),
    );
    expect(r.status).toBe(201);
    expect(r.body.token).toMatchObject({
      methods: ['application_credential'],
      project: { id: sim.identity.projectId },
      application_credential: { id: sim.identity.appCredId, name: 'envboot-sim', restricted: false },
    });
    expect(r.body.token.catalog.length).toBeGreaterThan(4);
    const scoped = await c.post('/v3/auth/tokens', {
      auth: {
        ...appCredAuth(sim.identity.appCredId, sim.identity.appCredSecret).auth,
        scope: { project: { id: sim.identity.projectId } },
      },
    });
    expect(scoped.status).toBe(401);
    expect(scoped.body.error).toMatchObject({
      identity: {},
      message:
        'Error authenticating with application credential: Application credentials cannot request a scope.',
    });
  });

  it('answers an unknown application credential with 404 and a wrong secret with 401', async () => {
    const unknown = await c.post('/v3/auth/tokens', appCredAuth('ffffffffffffffffffffffffffffffff', 'x'));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      error: {
        code: 404,
        message: 'Could not find Application Credential: ffffffffffffffffffffffffffffffff.',
        title: 'Not Found',
      },
    });
    const wrong = await c.post('/v3/auth/tokens', appCredAuth(sim.identity.appCredId, 'wrong-secret'));
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(UNAUTHORIZED);
  });

  it('rescopes a token with the token method, keeping its expiry and audit chain', async () => {
    const first = await c.post('/v3/auth/tokens', passwordAuth('demo', 'demo-password', 'CHI-000000'));
    const id = first.headers.get('x-subject-token')!;
    const r = await c.post('/v3/auth/tokens', {
      auth: {
        identity: { methods: ['token'], token: { id } },
        scope: { project: { id: sim.identity.projectId } },
      },
    });
    expect(r.status).toBe(201);
    expect(r.body.token.methods).toEqual(['token', 'password']);
    expect(r.body.token.expires_at).toBe(first.body.token.expires_at);
    expect(r.body.token.audit_ids[1]).toBe(first.body.token.audit_ids[0]);
    const bad = await c.post('/v3/auth/tokens', {
      auth: { identity: { methods: ['token'], token: { id: 'garbage' } } },
    });
    expect(bad.status).toBe(404);
    expect(bad.body.error.message).toBe('Could not recognize Fernet token');
  });
});

describe('GET, HEAD and DELETE /v3/auth/tokens', () => {
  it('validates, reports and revokes tokens', async () => {
    const a = await new Client(sim).login();
    const b = await new Client(sim).login();
    const ok = await a.get('/v3/auth/tokens', { 'X-Subject-Token': b.token });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('x-subject-token')).toBe(b.token);
    expect(ok.body.token.user.name).toBe('demo');
    const head = await a.call('HEAD', '/v3/auth/tokens', undefined, { 'X-Subject-Token': b.token });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect((await a.get('/v3/auth/tokens')).status).toBe(403);
    expect((await new Client(sim).get('/v3/auth/tokens', { 'X-Subject-Token': b.token })).status).toBe(401);
    const del = await a.call('DELETE', '/v3/auth/tokens', undefined, { 'X-Subject-Token': b.token });
    expect(del.status).toBe(204);
    const gone = await a.get('/v3/auth/tokens', { 'X-Subject-Token': b.token });
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toBe('Failed to validate token');
    expect((await b.get('/reservation/v1/leases')).status).toBe(401);
  });

  it('lists the projects and the catalog of a token', async () => {
    const a = await new Client(sim).login();
    const projects = await a.get('/v3/auth/projects');
    expect(projects.body.projects).toEqual([
      expect.objectContaining({
        id: sim.identity.projectId,
        name: 'CHI-000000',
        domain_id: 'default',
        enabled: true,
      }),
    ]);
    const catalog = await a.get('/v3/auth/catalog');
    expect(catalog.body.catalog).toHaveLength(6);
  });
});

describe('token expiry', () => {
  it('follows tokenTtlSeconds, by the wall clock whatever the speed', async () => {
    // Expiry is cut to the second: a 3 s token lives at least 2 s, time enough for the first call on a busy machine.
    const short = await start({ tokenTtlSeconds: 3, speed: 600 });
    try {
      const a = await new Client(short).login();
      expect((await a.get('/reservation/v1/leases')).status).toBe(200);
      await sleep(3100);
      const r = await a.get('/reservation/v1/leases');
      expect(r.status).toBe(401);
      expect(r.body).toEqual(UNAUTHORIZED);
      expect(r.headers.get('www-authenticate')).toBe(`Keystone uri="${short.url}/v3"`);
      const v = await (
        await new Client(short).login()
      ).get('/v3/auth/tokens', { 'X-Subject-Token': a.token });
      expect(v.status).toBe(404);
    } finally {
      await short.close();
    }
  });
});

describe('application credentials', () => {
  it('are created (restricted unless asked), listed, shown and deleted; the secret is shown once', async () => {
    const a = await new Client(sim).login();
    const base = `/v3/users/${sim.identity.userId}/application_credentials`;
    const created = await a.post(base, { application_credential: { name: 'ci-1', description: 'for CI' } });
    expect(created.status).toBe(201);
    const cred = created.body.application_credential;
    expect(cred).toMatchObject({
      name: 'ci-1',
      unrestricted: null,
      project_id: sim.identity.projectId,
      user_id: sim.identity.userId,
    });
    expect(cred.secret).toMatch(/^[\w-]{40,}$/);
    const token = await c.post('/v3/auth/tokens', appCredAuth(cred.id, cred.secret));
    expect(token.body.token.application_credential).toEqual({ id: cred.id, name: 'ci-1', restricted: true });
    const list = await a.get(base);
    expect(list.body.application_credentials.map((x: any) => x.name)).toEqual(
      expect.arrayContaining(['envboot-sim', 'ci-1']),
    );
    expect(list.text).not.toContain(cred.secret);
    expect((await a.get(`${base}/${cred.id}`)).body.application_credential.secret).toBeUndefined();
    expect((await a.post(base, { application_credential: { name: 'ci-1' } })).status).toBe(409);
    expect((await a.del(`${base}/${cred.id}`)).status).toBe(204);
    expect((await c.post('/v3/auth/tokens', appCredAuth(cred.id, cred.secret))).status).toBe(404);
  });

  it('refuse restricted credentials making more, and other users', async () => {
    const a = await new Client(sim).login();
    const base = `/v3/users/${sim.identity.userId}/application_credentials`;
    const cred = (await a.post(base, { application_credential: { name: 'restricted' } })).body
      .application_credential;
    const r = new Client(sim);
    r.token = (await c.post('/v3/auth/tokens', appCredAuth(cred.id, cred.secret))).headers.get(
      'x-subject-token',
    )!;
    const refused = await r.post(base, { application_credential: { name: 'more' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Using method 'application_credential' is not allowed/);
    expect(
      (
        await a.post('/v3/users/someone-else/application_credentials', {
          application_credential: { name: 'x' },
        })
      ).status,
    ).toBe(403);
  });

  it('stop working when they expire, and cap the tokens they give', async () => {
    const a = await new Client(sim).login();
    const expires = new Date(Date.now() + 1500).toISOString();
    const cred = (
      await a.post(`/v3/users/${sim.identity.userId}/application_credentials`, {
        application_credential: { name: 'short', expires_at: expires },
      })
    ).body.application_credential;
    const t = await c.post('/v3/auth/tokens', appCredAuth(cred.id, cred.secret));
    expect(Date.parse(t.body.token.expires_at)).toBeLessThanOrEqual(Date.parse(expires));
    await sleep(1600);
    expect((await c.post('/v3/auth/tokens', appCredAuth(cred.id, cred.secret))).status).toBe(401);
  });
});

describe('OpenID Connect login (OS_AUTH_TYPE=v3oidcpassword)', () => {
  const realm = '/auth/realms/chameleon';

  async function accessToken(
    auth = `Basic ${Buffer.from('keystone-sim:none').toString('base64')}`,
    password = 'demo-password',
  ) {
    return c.call(
      'POST',
      `${realm}/protocol/openid-connect/token`,
      `grant_type=password&username=demo&password=${password}&scope=openid+profile`,
      {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: auth,
      },
    );
  }

  it('publishes a Keycloak-shaped discovery document', async () => {
    const r = await c.get(`${realm}/.well-known/openid-configuration`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      issuer: `${sim.url}${realm}`,
      token_endpoint: `${sim.url}${realm}/protocol/openid-connect/token`,
    });
    expect(r.body.grant_types_supported).toContain('password');
    expect(sim.oidc.discoveryUrl).toBe(`${sim.url}${realm}/.well-known/openid-configuration`);
  });

  it('grants an access token that Keystone exchanges for an unscoped, then a scoped token', async () => {
    const grant = await accessToken();
    expect(grant.status).toBe(200);
    expect(grant.body).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    const fed = await c.post(`/v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth`, '', {
      Authorization: `Bearer ${grant.body.access_token}`,
    });
    expect(fed.status).toBe(201);
    expect(fed.body.token).toMatchObject({
      methods: ['openid'],
      user: { 'OS-FEDERATION': { identity_provider: { id: 'chameleon' }, protocol: { id: 'openid' } } },
    });
    expect(fed.body.token.project).toBeUndefined();
    expect(fed.body.token.catalog).toBeUndefined();
    const unscoped = new Client(sim);
    unscoped.token = fed.headers.get('x-subject-token')!;
    const viaGet = await c.get('/v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth', {
      Authorization: `Bearer ${grant.body.access_token}`,
    });
    expect(viaGet.status).toBe(201);
    expect((await unscoped.get('/reservation/v1/leases')).status).toBe(401);
    expect((await unscoped.get('/v3/auth/projects')).body.projects[0].name).toBe('CHI-000000');
    const scoped = await c.post('/v3/auth/tokens', {
      auth: {
        identity: { methods: ['token'], token: { id: unscoped.token } },
        scope: { project: { name: 'CHI-000000', domain: { name: 'Default' } } },
      },
    });
    expect(scoped.status).toBe(201);
    expect(scoped.body.token.methods).toEqual(['token', 'openid']);
    const s = new Client(sim);
    s.token = scoped.headers.get('x-subject-token')!;
    expect((await s.get('/reservation/v1/leases')).status).toBe(200);
  });

  it('accepts the client id in the form too, and refuses bad clients, passwords, grants and bearers', async () => {
    const form = await c.call(
      'POST',
      `${realm}/protocol/openid-connect/token`,
      'grant_type=password&username=demo&password=demo-password&client_id=keystone-sim',
      {
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    );
    expect(form.status).toBe(200);
    const badClient = await accessToken(`Basic ${Buffer.from('other:none').toString('base64')}`);
    expect(badClient.status).toBe(401);
    expect(badClient.body.error).toBe('invalid_client');
    const badPassword = await accessToken(undefined, 'nope');
    expect(badPassword.status).toBe(401);
    expect(badPassword.body.error).toBe('invalid_grant');
    const grant = await c.call(
      'POST',
      `${realm}/protocol/openid-connect/token`,
      'grant_type=client_credentials&client_id=keystone-sim',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
    );
    expect(grant.body.error).toBe('unsupported_grant_type');
    const fed = await c.post('/v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth', '', {
      Authorization: 'Bearer not-a-token',
    });
    expect(fed.status).toBe(401);
    const idp = await c.post('/v3/OS-FEDERATION/identity_providers/elsewhere/protocols/openid/auth', '', {});
    expect(idp.status).toBe(404);
    expect(idp.body.error.message).toBe('Could not find Identity Provider: elsewhere.');
    const protocol = await c.post(
      '/v3/OS-FEDERATION/identity_providers/chameleon/protocols/saml2/auth',
      '',
      {},
    );
    expect(protocol.status).toBe(404);
  });
});

describe('services behind keystonemiddleware', () => {
  it.each([
    ['GET', '/reservation/v1/leases'],
    ['GET', '/compute/v2.1/servers'],
    ['GET', '/image/v2/images'],
    ['GET', '/network/v2.0/networks'],
  ])('answer %s %s without a valid token with 401 and WWW-Authenticate', async (method, path) => {
    for (const token of [undefined, 'bogus']) {
      const r = await c.call(method, path, undefined, token ? { 'X-Auth-Token': token } : {});
      expect(r.status).toBe(401);
      expect(r.body).toEqual(UNAUTHORIZED);
      expect(r.headers.get('www-authenticate')).toBe(`Keystone uri="${sim.url}/v3"`);
    }
  });
});

describe('behind an external Keystone that does not answer', () => {
  it('refuses a token it cannot validate, and says why on its log', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const behind = await start({
      keystoneUrl: 'http://127.0.0.1:1/v3',
      logger: createLogger({ level: 'warn', destination }),
    });
    try {
      const client = new Client(behind);
      client.token = 'a-token-the-simulator-did-not-issue';
      expect((await client.get('/reservation/v1/leases')).status).toBe(401);
    } finally {
      await behind.close();
    }
    const warnings = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 40,
        msg: expect.stringContaining('external Keystone did not answer'),
      }),
    ]);
  });
});
