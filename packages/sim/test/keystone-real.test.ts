// The simulator's Keystone against a real one (Debian's python3-keystone, started by test/keystone/start-keystone.sh):
// the same token requests go to both, and status codes, headers and body shapes must agree. Then the simulator is
// put behind that Keystone (keystonemiddleware's job) and must accept its tokens and only them.
//
// In CI the Keystone is started before the tests and described by ENVBOOT_KEYSTONE_ENV (a file of export lines) or
// by the KEYSTONE_* / OS_* variables; otherwise this suite starts one through the same script, in a directory and
// on a port of its own (so that suites running side by side never stop each other's), and purges it afterwards.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '@envboot/testkit';
import type { Sim } from '../src/index.js';
import { appCredAuth, blazarDate, Client, passwordAuth, sleep, start, type Answer } from './helpers.js';

const NAMES = [
  'OS_AUTH_URL',
  'OS_APPLICATION_CREDENTIAL_ID',
  'OS_APPLICATION_CREDENTIAL_SECRET',
  'KEYSTONE_USERNAME',
  'KEYSTONE_PASSWORD',
  'KEYSTONE_USER_ID',
  'KEYSTONE_PROJECT_NAME',
  'KEYSTONE_PROJECT_ID',
] as const;
type KeystoneEnv = Record<(typeof NAMES)[number], string>;

/** Reads export lines the way a shell does (values may be quoted by printf %q). */
function sourceExports(file: string): KeystoneEnv {
  const script = `. "$1" >/dev/null && printf '%s\\0' ${NAMES.map((n) => `"$${n}"`).join(' ')}`;
  const values = execFileSync('bash', ['-c', script, '_', file], { encoding: 'utf8' }).split('\0');
  return Object.fromEntries(NAMES.map((n, i) => [n, values[i] ?? ''])) as KeystoneEnv;
}

/** The directory of a Keystone this suite started (stopped and purged at the end). */
let ownKeystone: string | undefined;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function keystoneEnv(): Promise<KeystoneEnv> {
  if (process.env.ENVBOOT_KEYSTONE_ENV) return sourceExports(process.env.ENVBOOT_KEYSTONE_ENV);
  if (NAMES.every((n) => process.env[n])) {
    return Object.fromEntries(NAMES.map((n) => [n, process.env[n]!])) as KeystoneEnv;
  }
  ownKeystone = mkdtempSync(join(tmpdir(), 'sim-keystone-'));
  const env = { ...process.env, KEYSTONE_DIR: ownKeystone, KEYSTONE_PORT: String(await freePort()) };
  const run = spawnSync('bash', [join(REPO_ROOT, 'test/keystone/start-keystone.sh')], {
    encoding: 'utf8',
    env,
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`start-keystone.sh failed (exit ${run.status}):\n${run.stderr}`);
  const file = join(ownKeystone, 'exports');
  writeFileSync(file, run.stdout, { mode: 0o600 });
  return sourceExports(file);
}

/** The structure of a JSON value: keys and value types, arrays by their first element. */
function shape(v: unknown): unknown {
  if (v === null) return 'null';
  if (Array.isArray(v)) return v.length ? [shape(v[0])] : [];
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, shape(o[k])]),
    );
  }
  return typeof v;
}

/** The headers a Keystone answer is judged by: which are there, and their form. */
function headerForm(r: Answer): Record<string, string> {
  const out: Record<string, string> = {};
  const h = r.headers;
  if (h.get('content-type')) out['content-type'] = h.get('content-type')!.split(';')[0]!;
  out['x-openstack-request-id'] = /^req-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(
    h.get('x-openstack-request-id') ?? '',
  )
    ? 'req-<uuid>'
    : String(h.get('x-openstack-request-id'));
  if (h.get('vary')) out.vary = h.get('vary')!;
  if (h.get('x-subject-token'))
    out['x-subject-token'] = /^gAAAAAB[\w-]{50,}$/.test(h.get('x-subject-token')!) ? 'gAAAAAB…' : 'other';
  if (h.get('www-authenticate'))
    out['www-authenticate'] = h.get('www-authenticate')!.replace(/uri="[^"]+"/, 'uri="<auth url>"');
  return out;
}

interface Side {
  name: 'keystone' | 'sim';
  c: Client;
  user: string;
  password: string;
  project: string;
  userId: string;
  appCredId: string;
  appCredSecret: string;
}

let ks: KeystoneEnv;
let sim: Sim;
let real: Side;
let simulated: Side;

beforeAll(async () => {
  ks = await keystoneEnv();
  sim = await start();
  const base = ks.OS_AUTH_URL.replace(/\/v3\/?$/, '');
  real = {
    name: 'keystone',
    c: new Client({ url: base } as Sim),
    user: ks.KEYSTONE_USERNAME,
    password: ks.KEYSTONE_PASSWORD,
    project: ks.KEYSTONE_PROJECT_NAME,
    userId: ks.KEYSTONE_USER_ID,
    appCredId: ks.OS_APPLICATION_CREDENTIAL_ID,
    appCredSecret: ks.OS_APPLICATION_CREDENTIAL_SECRET,
  };
  const id = sim.identity;
  simulated = {
    name: 'sim',
    c: new Client(sim),
    user: id.username,
    password: id.password,
    project: id.projectName,
    userId: id.userId,
    appCredId: id.appCredId,
    appCredSecret: id.appCredSecret,
  };
}, 300_000);
afterAll(async () => {
  await sim?.close();
  if (ownKeystone) {
    spawnSync('bash', [join(REPO_ROOT, 'test/keystone/stop-keystone.sh'), '--purge'], {
      env: { ...process.env, KEYSTONE_DIR: ownKeystone },
    });
    rmSync(ownKeystone, { recursive: true, force: true });
  }
});

/** Sends the request each side builds, and returns [keystone, sim]. */
async function both(
  build: (s: Side) => [method: string, path: string, body?: unknown, headers?: Record<string, string>],
): Promise<[Answer, Answer]> {
  const send = (s: Side) => {
    const [method, path, body, headers] = build(s);
    return s.c.call(method, path, body, headers);
  };
  return [await send(real), await send(simulated)];
}

/** Same status and headers; the same body, or (with `onlyShape`) the same body structure. */
function agree([k, s]: [Answer, Answer], onlyShape = true): void {
  expect({ status: s.status, headers: headerForm(s) }).toEqual({ status: k.status, headers: headerForm(k) });
  if (onlyShape) expect(shape(s.body)).toEqual(shape(k.body));
  else expect(s.body).toEqual(k.body);
}

const login = (s: Side): [string, string, unknown] => [
  'POST',
  '/v3/auth/tokens',
  passwordAuth(s.user, s.password, s.project),
];
const tokenOf = (r: Answer) => r.headers.get('x-subject-token')!;

describe("the simulator's Keystone answers as a real Keystone does", () => {
  it('for version discovery', async () => {
    agree(await both(() => ['GET', '/']));
    agree(await both(() => ['GET', '/v3']));
  });

  it('for a good password', async () => {
    const answers = await both(login);
    agree(answers);
    expect(answers[1].body.token.catalog.length).toBeGreaterThan(0);
  });

  it('for a wrong password, an unknown user and an unknown project: the same 401, body and WWW-Authenticate', async () => {
    agree(
      await both((s) => ['POST', '/v3/auth/tokens', passwordAuth(s.user, 'not-the-password', s.project)]),
      false,
    );
    agree(await both((s) => ['POST', '/v3/auth/tokens', passwordAuth('nobody-at-all', s.password)]), false);
    agree(
      await both((s) => ['POST', '/v3/auth/tokens', passwordAuth(s.user, s.password, 'no-such-project')]),
      false,
    );
  });

  it('for malformed requests: the same 400s', async () => {
    agree(await both(() => ['POST', '/v3/auth/tokens', '{"auth":']), false);
    agree(await both(() => ['POST', '/v3/auth/tokens', {}]), false);
    agree(
      await both((s) => [
        'POST',
        '/v3/auth/tokens',
        {
          auth: { identity: { methods: ['password'], password: { user: { name: s.user, password: 'x' } } } },
        },
      ]),
      false,
    );
  });

  it('for an application credential, with and without a scope', async () => {
    agree(await both((s) => ['POST', '/v3/auth/tokens', appCredAuth(s.appCredId, s.appCredSecret)]));
    agree(
      await both((s) => [
        'POST',
        '/v3/auth/tokens',
        {
          auth: {
            ...appCredAuth(s.appCredId, s.appCredSecret).auth,
            scope: { project: { name: s.project, domain: { name: 'Default' } } },
          },
        },
      ]),
      false,
    );
  });

  it('for an unknown application credential (404) and a wrong secret (401)', async () => {
    agree(
      await both(() => [
        'POST',
        '/v3/auth/tokens',
        appCredAuth('fedcba9876543210fedcba9876543210', 'whatever'),
      ]),
      false,
    );
    agree(await both((s) => ['POST', '/v3/auth/tokens', appCredAuth(s.appCredId, 'not-the-secret')]), false);
  });

  it('for validating, rescoping and revoking tokens', async () => {
    const [k, s] = await both(login);
    const token = (side: Side) => (side === real ? tokenOf(k) : tokenOf(s));
    agree(
      await both((side) => [
        'GET',
        '/v3/auth/tokens',
        undefined,
        { 'X-Auth-Token': token(side), 'X-Subject-Token': token(side) },
      ]),
    );
    agree(
      await both((side) => [
        'HEAD',
        '/v3/auth/tokens',
        undefined,
        { 'X-Auth-Token': token(side), 'X-Subject-Token': token(side) },
      ]),
    );
    agree(
      await both((side) => ['GET', '/v3/auth/tokens', undefined, { 'X-Subject-Token': token(side) }]),
      false,
    );
    agree(
      await both((side) => [
        'GET',
        '/v3/auth/tokens',
        undefined,
        { 'X-Auth-Token': token(side), 'X-Subject-Token': 'garbage' },
      ]),
      false,
    );
    agree(await both((side) => ['GET', '/v3/auth/projects', undefined, { 'X-Auth-Token': token(side) }]));
    const rescoped = await both((side) => [
      'POST',
      '/v3/auth/tokens',
      {
        auth: {
          identity: { methods: ['token'], token: { id: token(side) } },
          scope: { project: { name: side.project, domain: { name: 'Default' } } },
        },
      },
    ]);
    agree(rescoped);
    // Keystone keeps the methods in a set: compare them, not their order.
    expect([...rescoped[1].body.token.methods].sort()).toEqual([...rescoped[0].body.token.methods].sort());
    const fresh = await both(login);
    const other = (side: Side) => tokenOf(side === real ? fresh[0] : fresh[1]);
    agree(
      await both((side) => [
        'DELETE',
        '/v3/auth/tokens',
        undefined,
        { 'X-Auth-Token': token(side), 'X-Subject-Token': other(side) },
      ]),
    );
    agree(
      await both((side) => [
        'GET',
        '/v3/auth/tokens',
        undefined,
        { 'X-Auth-Token': token(side), 'X-Subject-Token': other(side) },
      ]),
      false,
    );
  });

  it("for a member's project reads: its own projects and project, and the same 403s elsewhere", async () => {
    const [k, s] = await both(login);
    const answer = (side: Side) => (side === real ? k : s);
    const auth = (side: Side) => ({ 'X-Auth-Token': tokenOf(answer(side)) });
    const projectId = (side: Side): string => answer(side).body.token.project.id;
    const other = 'ffffffffffffffffffffffffffffffff';
    agree(await both((side) => ['GET', `/v3/users/${side.userId}/projects`, undefined, auth(side)]));
    agree(await both((side) => ['GET', `/v3/projects/${projectId(side)}`, undefined, auth(side)]));
    agree(await both((side) => ['GET', '/v3/auth/projects', undefined, auth(side)]));
    agree(await both((side) => ['GET', '/v3/auth/domains', undefined, auth(side)]));
    agree(await both((side) => ['GET', `/v3/users/${other}/projects`, undefined, auth(side)]), false);
    agree(await both((side) => ['GET', '/v3/projects', undefined, auth(side)]), false);
    agree(await both((side) => ['GET', `/v3/projects/${other}`, undefined, auth(side)]), false);
  });

  it('for an expired token: 401 when used, 404 when validated', async () => {
    const [k, s] = await both(login);
    const token = (side: Side) => (side === real ? tokenOf(k) : tokenOf(s));
    const expires = new Date(Date.now() + 3000).toISOString();
    const creds = await both((side) => [
      'POST',
      `/v3/users/${side.userId}/application_credentials`,
      { application_credential: { name: `short-${Date.now()}`, expires_at: expires } },
      { 'X-Auth-Token': token(side) },
    ]);
    agree(creds);
    const cred = (side: Side) => (side === real ? creds[0] : creds[1]).body.application_credential;
    const short = await both((side) => [
      'POST',
      '/v3/auth/tokens',
      appCredAuth(cred(side).id, cred(side).secret),
    ]);
    agree(short);
    const shortToken = (side: Side) => tokenOf(side === real ? short[0] : short[1]);
    await sleep(Math.max(0, Date.parse(expires) - Date.now()) + 1500);
    agree(
      await both((side) => [
        'GET',
        '/v3/auth/tokens',
        undefined,
        { 'X-Auth-Token': shortToken(side), 'X-Subject-Token': shortToken(side) },
      ]),
      false,
    );
    agree(
      await both((side) => [
        'GET',
        '/v3/auth/tokens',
        undefined,
        { 'X-Auth-Token': token(side), 'X-Subject-Token': shortToken(side) },
      ]),
      false,
    );
    agree(
      await both((side) => ['POST', '/v3/auth/tokens', appCredAuth(cred(side).id, cred(side).secret)]),
      false,
    );
    agree(
      await both((side) => [
        'DELETE',
        `/v3/users/${side.userId}/application_credentials/${cred(side).id}`,
        undefined,
        { 'X-Auth-Token': token(side) },
      ]),
    );
  }, 30_000);
});

describe('behind a real Keystone (keystonemiddleware)', () => {
  it("accepts that Keystone's tokens, works in their project, and still refuses unknown ones", async () => {
    const behind = await start({ keystoneUrl: ks.OS_AUTH_URL });
    try {
      const c = new Client(behind);
      const login = await real.c.post(
        '/v3/auth/tokens',
        passwordAuth(real.user, real.password, real.project),
      );
      c.token = tokenOf(login);
      expect((await c.get('/reservation/v1/leases')).body).toEqual({ leases: [] });
      const lease = await c.post('/reservation/v1/leases', {
        name: 'behind-keystone',
        start_date: 'now',
        end_date: blazarDate(behind.clock.now().getTime() + 3600_000),
        reservations: [
          {
            resource_type: 'physical:host',
            min: 1,
            max: 1,
            resource_properties: '',
            hypervisor_properties: '',
          },
        ],
        events: [],
      });
      expect(lease.status).toBe(201);
      expect(lease.body.lease).toMatchObject({
        project_id: ks.KEYSTONE_PROJECT_ID,
        user_id: ks.KEYSTONE_USER_ID,
      });
      // start-keystone.sh's application credential is restricted: Blazar cannot create its trust
      const ac = new Client(behind);
      ac.token = tokenOf(
        await real.c.post('/v3/auth/tokens', appCredAuth(real.appCredId, real.appCredSecret)),
      );
      expect((await ac.get('/reservation/v1/leases')).status).toBe(200);
      const refused = await ac.post('/reservation/v1/leases', {
        name: 'x',
        start_date: 'now',
        end_date: blazarDate(behind.clock.now().getTime() + 3600_000),
        reservations: [],
        events: [],
      });
      expect(refused.body.error_name).toBe('INTERNAL_SERVER_ERROR');
      const bogus = new Client(behind);
      bogus.token = 'gAAAAABnot-a-real-token';
      expect((await bogus.get('/reservation/v1/leases')).status).toBe(401);
      // its own tokens still work too
      expect((await (await new Client(behind).login()).get('/reservation/v1/leases')).status).toBe(200);
    } finally {
      await behind.close();
    }
  });
});
