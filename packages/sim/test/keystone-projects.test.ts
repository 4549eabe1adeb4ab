/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// A member's project reads over HTTP (what python-chi's check_credentials and `openstack project list` send), the
// 403s Keystone's default policy gives a member, the routes answered 501, and Debian's real openstack CLI listing
// the user's projects.
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { UNSIMULATED } from '../src/keystone/unsimulated.js';
import { appCredAuth, Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterAll(() => sim.close());

const FORBIDDEN = (action: string) => ({
  error: {
    code: 403,
    message: `You are not authorized to perform the requested action: identity:${action}.`,
    title: 'Forbidden',
  },
});

const OTHER_ID = 'ffffffffffffffffffffffffffffffff';

function expectProject(p: any) {
  expect(p).toEqual({
    id: sim.identity.projectId,
    name: 'CHI-000000',
    domain_id: 'default',
    description: 'Simulated Chameleon project',
    enabled: true,
    parent_id: 'default',
    is_domain: false,
    tags: [],
    options: {},
    links: { self: `${sim.authUrl}/projects/${sim.identity.projectId}` },
  });
}

/** An unscoped token of the default user, from the federated login (a password login takes the default project). */
async function unscoped(): Promise<Client> {
  const realm = '/auth/realms/chameleon';
  const grant = await new Client(sim).call(
    'POST',
    `${realm}/protocol/openid-connect/token`,
    'grant_type=password&username=demo&password=demo-password&scope=openid+profile',
    {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from('keystone-sim:none').toString('base64')}`,
    },
  );
  const u = new Client(sim);
  const fed = await u.post('/v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth', '', {
    Authorization: `Bearer ${grant.body.access_token}`,
  });
  if (fed.status !== 201) throw new Error(`federated login failed: ${fed.status} ${fed.text}`);
  u.token = fed.headers.get('x-subject-token')!;
  return u;
}

describe('GET /v3/users/{user_id}/projects', () => {
  it("lists the caller's own projects", async () => {
    const r = await c.get(`/v3/users/${sim.identity.userId}/projects`);
    expect(r.status).toBe(200);
    expect(r.body.projects).toHaveLength(1);
    expectProject(r.body.projects[0]);
    expect(r.body.links).toEqual({
      next: null,
      self: `${sim.authUrl}/users/${sim.identity.userId}/projects`,
      previous: null,
    });
  });

  it('applies the name filter', async () => {
    const path = `/v3/users/${sim.identity.userId}/projects`;
    expect((await c.get(`${path}?name=CHI-000000`)).body.projects).toHaveLength(1);
    expect((await c.get(`${path}?name=CHI-999999`)).body.projects).toEqual([]);
  });

  it('works with an unscoped token and with an application credential', async () => {
    const u = await unscoped();
    expect((await u.get(`/v3/users/${sim.identity.userId}/projects`)).status).toBe(200);
    const a = new Client(sim);
    const r = await a.post(
      '/v3/auth/tokens',
      appCredAuth(sim.identity.appCredId, sim.identity.appCredSecret),
    );
    a.token = r.headers.get('x-subject-token')!;
    expect((await a.get(`/v3/users/${sim.identity.userId}/projects`)).status).toBe(200);
  });

  it("answers another user's projects with 403 identity:list_user_projects", async () => {
    const r = await c.get(`/v3/users/${OTHER_ID}/projects`);
    expect(r.status).toBe(403);
    expect(r.body).toEqual(FORBIDDEN('list_user_projects'));
  });

  it('needs a token (401)', async () => {
    const r = await new Client(sim).get(`/v3/users/${sim.identity.userId}/projects`);
    expect(r.status).toBe(401);
  });
});

describe('GET /v3/projects and /v3/projects/{id}', () => {
  it('answers the list with 403 identity:list_projects (the user is not admin)', async () => {
    const r = await c.get('/v3/projects');
    expect(r.status).toBe(403);
    expect(r.body).toEqual(FORBIDDEN('list_projects'));
  });

  it('shows the project the token is scoped to', async () => {
    const r = await c.get(`/v3/projects/${sim.identity.projectId}`);
    expect(r.status).toBe(200);
    expectProject(r.body.project);
  });

  it('answers another or unknown project, or an unscoped token, with 403 identity:get_project', async () => {
    const other = await c.get(`/v3/projects/${OTHER_ID}`);
    expect(other.status).toBe(403);
    expect(other.body).toEqual(FORBIDDEN('get_project'));
    const u = await unscoped();
    const r = await u.get(`/v3/projects/${sim.identity.projectId}`);
    expect(r.status).toBe(403);
    expect(r.body).toEqual(FORBIDDEN('get_project'));
  });

  it('answers project writes with 403 (an admin action)', async () => {
    expect((await c.post('/v3/projects', { project: { name: 'x' } })).body).toEqual(
      FORBIDDEN('create_project'),
    );
    const patch = await c.call('PATCH', `/v3/projects/${sim.identity.projectId}`, { project: { name: 'x' } });
    expect(patch.body).toEqual(FORBIDDEN('update_project'));
    const del = await c.del(`/v3/projects/${sim.identity.projectId}`);
    expect(del.status).toBe(403);
    expect(del.body).toEqual(FORBIDDEN('delete_project'));
  });
});

describe('GET /v3/auth/projects and /v3/auth/domains', () => {
  it('lists the projects a token may be scoped to', async () => {
    const r = await (await unscoped()).get('/v3/auth/projects');
    expect(r.status).toBe(200);
    expectProject(r.body.projects[0]);
    expect(r.body.links.self).toBe(`${sim.authUrl}/auth/projects`);
  });

  it('lists no domains (the user holds roles on its project only)', async () => {
    const r = await c.get('/v3/auth/domains');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      domains: [],
      links: { next: null, self: `${sim.authUrl}/auth/domains`, previous: null },
    });
  });
});

describe('Keystone routes that are not simulated', () => {
  it.each(UNSIMULATED.map(([method, path]) => [method, path]))(
    '%s %s answers 501 saying so',
    async (method, path) => {
      const concrete = path.replace(/\{[a-z_]+\}/g, sim.identity.userId);
      const r = await c.call(method, concrete, method === 'POST' ? {} : undefined);
      expect(r.status).toBe(501);
      expect(r.body).toEqual({
        error: {
          code: 501,
          message: expect.stringContaining(`${method} ${path} is not simulated by envboot sim`),
          title: 'Not Implemented',
        },
      });
    },
  );
});

const hasOpenstack = spawnSync('sh', ['-c', 'command -v openstack'], { encoding: 'utf8' }).status === 0;
const describeCli = hasOpenstack ? describe : describe.skip;

describeCli(
  `the real openstack CLI${hasOpenstack ? '' : ' (skipped: `openstack` is not installed; apt-get install python3-openstackclient)'}`,
  () => {
    // Asynchronous: the simulator answers from this same process.
    const openstack = async (...args: string[]) => {
      const id = sim.identity;
      const run = await promisify(execFile)('openstack', args, {
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          OS_AUTH_URL: sim.authUrl,
          OS_IDENTITY_API_VERSION: '3',
          OS_INTERFACE: 'public',
          OS_REGION_NAME: id.region,
          OS_AUTH_TYPE: 'v3password',
          OS_USERNAME: id.username,
          OS_PASSWORD: id.password,
          OS_USER_DOMAIN_NAME: id.userDomain,
          OS_PROJECT_NAME: id.projectName,
          OS_PROJECT_DOMAIN_NAME: id.projectDomain,
        },
      });
      return JSON.parse(run.stdout);
    };

    it(
      'project list --my-projects, project list and project show of the own project',
      async () => {
        const expected = [{ ID: sim.identity.projectId, Name: 'CHI-000000' }];
        expect(await openstack('project', 'list', '--my-projects', '-f', 'json')).toEqual(expected);
        // Without --my-projects the CLI falls back to the user's projects after Keystone's 403.
        expect(await openstack('project', 'list', '-f', 'json')).toEqual(expected);
        expect(await openstack('project', 'show', 'CHI-000000', '-f', 'json')).toMatchObject({
          id: sim.identity.projectId,
          name: 'CHI-000000',
          domain_id: 'default',
        });
      },
      3 * 60_000 + 10_000,
    ); // three CLI calls, each allowed its minute on a busy machine
  },
);
