// Authentication against a real Keystone (Debian's, on loopback): password, application credential, token,
// refused secrets, catalog selection, and expiry and renewal with short-lived tokens (60 s or less). Its tokens are then
// used against the simulator's services, which validate them with that Keystone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import {
  blazar,
  connect,
  keystone,
  resolveCloudConfig,
  type Cloud,
  type ConnectOptions,
} from '../src/index.js';
import { newMetrics, rejection } from './support/connect.js';
import { realKeystone, type RealKeystone } from './support/keystone.js';

let ks: RealKeystone;
const opened: Cloud[] = [];

beforeAll(async () => {
  ks = await realKeystone();
}, 600_000);

afterAll(async () => {
  for (const c of opened.splice(0)) c.close();
  await ks?.stop();
}, 60_000);

const e = () => ks.env;

function passwordEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    OS_AUTH_URL: e().OS_AUTH_URL,
    OS_REGION_NAME: e().OS_REGION_NAME,
    OS_AUTH_TYPE: 'password',
    OS_USERNAME: e().KEYSTONE_USERNAME,
    OS_PASSWORD: e().KEYSTONE_PASSWORD,
    OS_USER_DOMAIN_NAME: e().KEYSTONE_USER_DOMAIN_NAME,
    OS_PROJECT_NAME: e().KEYSTONE_PROJECT_NAME,
    OS_PROJECT_DOMAIN_NAME: e().KEYSTONE_PROJECT_DOMAIN_NAME,
    ...extra,
  };
}

function appCredEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    OS_AUTH_URL: e().OS_AUTH_URL,
    OS_REGION_NAME: e().OS_REGION_NAME,
    OS_INTERFACE: e().OS_INTERFACE,
    OS_AUTH_TYPE: 'v3applicationcredential',
    OS_APPLICATION_CREDENTIAL_ID: e().OS_APPLICATION_CREDENTIAL_ID,
    OS_APPLICATION_CREDENTIAL_SECRET: e().OS_APPLICATION_CREDENTIAL_SECRET,
    ...extra,
  };
}

async function open(env: NodeJS.ProcessEnv, options: ConnectOptions = {}) {
  const config = await resolveCloudConfig({
    env: { ENVBOOT_TOKEN_CACHE: '0', ...env },
    cwd: '/nonexistent',
    home: '/nonexistent',
  });
  const metrics = newMetrics();
  const cloud = await connect(config, {
    metrics,
    shareToken: false,
    retry: { delayScale: 0.01 },
    ...options,
  });
  opened.push(cloud);
  return { cloud, metrics };
}

describe('a real Keystone', () => {
  it('password: user and project by name, one request for token and catalog', async () => {
    const { cloud, metrics } = await open(passwordEnv());
    expect(metrics).toEqual({ requests: 1, auth_requests: 1, retries: 0 });
    expect(cloud.user.name).toBe(e().KEYSTONE_USERNAME);
    expect(cloud.project).toMatchObject({ id: e().KEYSTONE_PROJECT_ID, name: e().KEYSTONE_PROJECT_NAME });
    const projects = await keystone.projects.list(cloud.identity);
    expect(projects.map((p) => p.id)).toEqual([e().KEYSTONE_PROJECT_ID]);
  });

  it('application credential: id and secret, scoped to its project', async () => {
    const { cloud, metrics } = await open(appCredEnv());
    expect(metrics.requests).toBe(1);
    expect(cloud.user.id).toBe(e().KEYSTONE_USER_ID);
    expect(cloud.project?.id).toBe(e().KEYSTONE_PROJECT_ID);
  });

  it('token: a token exchanged for a project-scoped one', async () => {
    const { cloud } = await open(passwordEnv());
    const first = (await tokenSentBy(cloud))!;
    const exchanged = await open({
      OS_AUTH_URL: e().OS_AUTH_URL,
      OS_REGION_NAME: e().OS_REGION_NAME,
      OS_AUTH_TYPE: 'v3token',
      OS_TOKEN: first,
      OS_PROJECT_ID: e().KEYSTONE_PROJECT_ID,
    });
    expect(exchanged.cloud.project?.id).toBe(e().KEYSTONE_PROJECT_ID);
  });

  it('refuses a wrong secret, an unknown credential and a wrong password with AUTH, naming no secret', async () => {
    const wrongSecret = await rejection(
      open(appCredEnv({ OS_APPLICATION_CREDENTIAL_SECRET: 'not-the-secret-123' })),
    );
    expect(wrongSecret).toMatchObject({
      code: 'AUTH',
      exitCode: 7,
      cloud: { service: 'identity', status: 401, request_id: expect.stringMatching(/^req-/) },
    });
    const unknown = await rejection(
      open(appCredEnv({ OS_APPLICATION_CREDENTIAL_ID: '00000000000000000000000000000000' })),
    );
    expect(unknown).toMatchObject({ code: 'AUTH', cloud: { status: 404 } });
    const wrongPassword = await rejection(open(passwordEnv({ OS_PASSWORD: 'not-the-password-456' })));
    expect(wrongPassword).toMatchObject({ code: 'AUTH', cloud: { status: 401 } });
    for (const err of [wrongSecret, unknown, wrongPassword]) {
      const text = JSON.stringify({
        message: err.message,
        json: (err as unknown as { toJSON(): unknown }).toJSON(),
      });
      for (const secret of [
        'not-the-secret-123',
        'not-the-password-456',
        e().KEYSTONE_PASSWORD!,
        e().OS_APPLICATION_CREDENTIAL_SECRET!,
      ]) {
        expect(text).not.toContain(secret);
      }
    }
  });

  it('selects endpoints from its catalog by interface and region', async () => {
    const { cloud } = await open(appCredEnv({ OS_INTERFACE: 'internal' }));
    for (const [type, path] of [
      ['reservation', '/reservation/v1'],
      ['compute', '/compute/v2.1'],
      ['image', '/image'],
      ['network', '/network'],
    ]) {
      expect(cloud.endpoint(type!)).toMatch(new RegExp(`^https?://[^/]+${path!.replace(/\./g, '\\.')}$`));
    }
    expect(cloud.endpoint('identity')).toBe(e().OS_AUTH_URL);
    const elsewhere = await open(appCredEnv({ OS_REGION_NAME: 'RegionNowhere' }));
    expect(() => elsewhere.cloud.endpoint('reservation')).toThrow(
      expect.objectContaining({
        code: 'AUTH_CONFIG',
        field: 'OS_REGION_NAME',
        hint: expect.stringContaining(e().OS_REGION_NAME!),
      }),
    );
  });

  it('renews once after Keystone refused a revoked token', async () => {
    const { cloud, metrics } = await open(appCredEnv());
    const token = (await tokenSentBy(cloud))!;
    const revoke = await fetch(`${e().OS_AUTH_URL}/auth/tokens`, {
      method: 'DELETE',
      headers: { 'x-auth-token': token, 'x-subject-token': token },
    });
    expect(revoke.status).toBe(204);
    await keystone.projects.list(cloud.identity);
    expect(metrics).toMatchObject({ auth_requests: 2, retries: 1 });
  });

  it('honours the token’s expiry: renewed before use by a client that knows, and after a 401 by one that did not', async () => {
    const lifetime = await tokenLifetimeSeconds();
    if (lifetime > 120) {
      throw new Error(
        `this Keystone issues ${lifetime}-second tokens; start it with KEYSTONE_TOKEN_EXPIRATION=60`,
      );
    }
    const aware = await open(appCredEnv());
    // This client's clock runs ten times slower: it still believes its token valid when Keystone has let it expire.
    const start = Date.now();
    const unaware = await open(appCredEnv(), { now: () => start + (Date.now() - start) / 10 });
    await new Promise((r) => setTimeout(r, (lifetime + 2) * 1000));
    await keystone.projects.list(aware.cloud.identity);
    expect(aware.metrics).toEqual({ requests: 3, auth_requests: 2, retries: 0 }); // auth, renewal, call
    await keystone.projects.list(unaware.cloud.identity);
    expect(unaware.metrics).toEqual({ requests: 4, auth_requests: 2, retries: 1 }); // auth, 401, renewal, call
  }, 180_000);
});

describe('a real Keystone’s token at the simulator’s services', () => {
  let sim: Sim;

  beforeAll(async () => {
    sim = await startSim({ port: 0, seed: 'small', keystoneUrl: e().OS_AUTH_URL });
  });

  afterAll(async () => {
    await sim.close();
  });

  it('authenticates with Keystone and calls Blazar on the simulator with that token', async () => {
    const { cloud, metrics } = await open(
      appCredEnv({
        OS_RESERVATION_ENDPOINT_OVERRIDE: `${sim.url}/reservation/v1`,
        OS_COMPUTE_ENDPOINT_OVERRIDE: `${sim.url}/compute/v2.1`,
      }),
    );
    const hosts = await blazar.hosts.list(cloud.blazar);
    expect(hosts.length).toBeGreaterThan(0);
    expect(await blazar.leases.list(cloud.blazar)).toEqual([]);
    expect(metrics).toEqual({ requests: 3, auth_requests: 1, retries: 0 });
  });
});

/** The token a connection sends, read back from the request it makes (connections never expose it). */
async function tokenSentBy(cloud: Cloud): Promise<string | undefined> {
  const { createServer } = await import('node:http');
  let seen: string | undefined;
  const server = createServer((req, res) => {
    seen = req.headers['x-auth-token'] as string | undefined;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"projects":[]}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  try {
    await cloud.identity.request({ op: 'test.echo', method: 'GET', path: `http://127.0.0.1:${port}/echo` });
  } finally {
    server.closeAllConnections();
    server.close();
  }
  return seen;
}

async function tokenLifetimeSeconds(): Promise<number> {
  const res = await fetch(`${e().OS_AUTH_URL}/auth/tokens?nocatalog`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['application_credential'],
          application_credential: {
            id: e().OS_APPLICATION_CREDENTIAL_ID,
            secret: e().OS_APPLICATION_CREDENTIAL_SECRET,
          },
        },
      },
    }),
  });
  const { token } = (await res.json()) as { token: { issued_at: string; expires_at: string } };
  return Math.round((Date.parse(token.expires_at) - Date.parse(token.issued_at)) / 1000);
}
