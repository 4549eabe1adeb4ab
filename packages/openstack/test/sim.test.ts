// The client against the local Chameleon simulator over real HTTP: each auth method, catalog selection, token
// renewal after expiry, each retry rule driven by the simulator's faults, error mapping, the request counts the
// simulator's stats show, and the whole bare-metal workflow through every service.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import type { RequestMetrics } from '@envboot/core';
import { startSim, type Sim } from '@envboot/sim';
import {
  blazar,
  connect,
  glance,
  keystone,
  neutron,
  nova,
  reference,
  resolveCloudConfig,
  waitFor,
  type Cloud,
  type ConnectOptions,
} from '../src/index.js';
import { cleanEnv, cliCommand, runShell } from './support/child.js';
import { newMetrics, rejection } from './support/connect.js';

let sim: Sim;
const opened: Cloud[] = [];
/** Leases a test created, removed after it so that the small seed's hosts stay free. */
const leasesToRemove: string[] = [];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 1 });
});

afterEach(async () => {
  sim.clearFaults();
  sim.clock.setSpeed(1);
  if (leasesToRemove.length > 0) {
    const { cloud } = await open();
    for (const lease of leasesToRemove.splice(0))
      await blazar.leases.remove(cloud.blazar, lease).catch(() => undefined);
  }
  for (const c of opened.splice(0)) c.close();
});

afterAll(async () => {
  await sim.close();
});

const TOKENS = 'POST /v3/auth/tokens';
const LEASES = 'GET /reservation/v1/leases';

function stat(key: string): number {
  return sim.stats()[key] ?? 0;
}

/** Request counts of a block, from the simulator's own stats. */
async function counted<T>(
  keys: string[],
  block: () => Promise<T>,
): Promise<{ result: T; delta: Record<string, number> }> {
  const before = Object.fromEntries(keys.map((k) => [k, stat(k)]));
  const result = await block();
  return { result, delta: Object.fromEntries(keys.map((k) => [k, stat(k) - before[k]!])) };
}

async function open(
  env: NodeJS.ProcessEnv = {},
  options: ConnectOptions & { site?: string | null } = {},
): Promise<{ cloud: Cloud; metrics: RequestMetrics }> {
  const { site = 'sim', ...rest } = options;
  const config = await resolveCloudConfig({
    site: site ?? undefined,
    env: { ENVBOOT_SIM_URL: sim.url, ENVBOOT_TOKEN_CACHE: '0', ...env },
    cwd: '/nonexistent',
    home: '/nonexistent',
  });
  const metrics = newMetrics();
  const cloud = await connect(config, { metrics, shareToken: false, retry: { delayScale: 0.01 }, ...rest });
  opened.push(cloud);
  return { cloud, metrics };
}

const id = () => sim.identity;

describe('authentication against the simulator', () => {
  it('--site sim with nothing configured uses the default identity: one request for token and catalog', async () => {
    const { result, delta } = await counted([TOKENS], () => open());
    expect(delta[TOKENS]).toBe(1);
    expect(result.metrics).toEqual({ requests: 1, auth_requests: 1, retries: 0 });
    expect(result.cloud.project?.name).toBe('CHI-000000');
    expect(result.cloud.endpoint('reservation')).toBe(`${sim.url}/reservation/v1`);
  });

  it('application credential from an openrc for the simulator', async () => {
    const { cloud } = await open({
      OS_AUTH_URL: sim.authUrl,
      OS_AUTH_TYPE: 'v3applicationcredential',
      OS_APPLICATION_CREDENTIAL_ID: id().appCredId,
      OS_APPLICATION_CREDENTIAL_SECRET: id().appCredSecret,
      OS_REGION_NAME: 'CHI@UC',
    });
    expect(cloud.project?.id).toBe(id().projectId);
    expect(cloud.site).toBe('sim');
  });

  it('password by ids, and a token exchanged for a scoped one', async () => {
    const { cloud } = await open({
      OS_AUTH_URL: sim.authUrl,
      OS_USER_ID: id().userId,
      OS_PASSWORD: id().password,
      OS_PROJECT_ID: id().projectId,
    });
    expect(cloud.user.id).toBe(id().userId);
    const exchanged = await open({
      OS_AUTH_URL: sim.authUrl,
      OS_AUTH_TYPE: 'v3token',
      OS_TOKEN: await unscopedToken(),
      OS_PROJECT_ID: id().projectId,
    });
    expect(exchanged.cloud.project?.id).toBe(id().projectId);
    expect(exchanged.cloud.endpoint('image')).toBe(`${sim.url}/image`);
  });

  it('v3oidcpassword through the simulator’s identity-provider stand-in', async () => {
    const { result, delta } = await counted([TOKENS], () =>
      open({
        OS_AUTH_URL: sim.authUrl,
        OS_AUTH_TYPE: 'v3oidcpassword',
        OS_IDENTITY_PROVIDER: sim.oidc.identityProvider,
        OS_PROTOCOL: sim.oidc.protocol,
        OS_DISCOVERY_ENDPOINT: sim.oidc.discoveryUrl,
        OS_CLIENT_ID: sim.oidc.clientId,
        OS_CLIENT_SECRET: sim.oidc.clientSecret,
        OS_USERNAME: id().username,
        OS_PASSWORD: id().password,
        OS_PROJECT_ID: id().projectId,
      }),
    );
    expect(delta[TOKENS]).toBe(1); // the rescope; discovery, grant and federation are the other three
    expect(result.metrics.auth_requests).toBe(4);
    expect(result.cloud.project?.id).toBe(id().projectId);
  });

  it('refuses a wrong secret with AUTH', async () => {
    const err = await rejection(
      open({
        OS_AUTH_URL: sim.authUrl,
        OS_APPLICATION_CREDENTIAL_ID: id().appCredId,
        OS_APPLICATION_CREDENTIAL_SECRET: 'wrong-secret-1',
      }),
    );
    expect(err).toMatchObject({ code: 'AUTH', cloud: { service: 'identity' } });
  });

  it('selects endpoints by region and interface', async () => {
    const simOpenrc = {
      OS_AUTH_URL: sim.authUrl,
      OS_USERNAME: 'demo',
      OS_PASSWORD: 'demo-password',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_NAME: 'CHI-000000',
      OS_PROJECT_DOMAIN_NAME: 'Default',
    };
    const internal = await open(
      { ...simOpenrc, OS_REGION_NAME: 'CHI@UC', OS_INTERFACE: 'internal' },
      { site: null },
    );
    expect(internal.cloud.config.interface).toBe('internal');
    expect(internal.cloud.endpoint('compute')).toBe(`${sim.url}/compute/v2.1`);
    const { cloud } = await open({ ...simOpenrc, OS_REGION_NAME: 'CHI@TACC' }, { site: null });
    expect(() => cloud.endpoint('reservation')).toThrow(
      expect.objectContaining({ code: 'AUTH_CONFIG', field: 'OS_REGION_NAME' }),
    );
    await expect(blazar.leases.list(cloud.blazar)).rejects.toMatchObject({ code: 'AUTH_CONFIG' });
  });

  it('a process that connects several times authenticates once', async () => {
    const { delta } = await counted([TOKENS], async () => {
      for (let i = 0; i < 3; i += 1) {
        const { cloud } = await open({}, { shareToken: true });
        await blazar.leases.list(cloud.blazar);
      }
    });
    expect(delta[TOKENS]).toBe(1);
  });
});

/** A token obtained outside the client, as a user with OS_TOKEN would have. */
async function unscopedToken(): Promise<string> {
  const res = await fetch(`${sim.authUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { id: id().userId, password: id().password } } },
      },
    }),
  });
  expect(res.status).toBe(201);
  return res.headers.get('x-subject-token')!;
}

describe('token renewal after expiry', () => {
  it('renews before use once the token has expired (no 401 needed)', async () => {
    sim.setFaults({ tokenTtlSeconds: 1 });
    const { cloud } = await open();
    await new Promise((r) => setTimeout(r, 1_100));
    // The renewed token lives long: a 1 s token (cut to the second) could expire again before it is used.
    sim.setFaults({});
    const { delta } = await counted([TOKENS, LEASES], () => blazar.leases.list(cloud.blazar));
    expect(delta).toEqual({ [TOKENS]: 1, [LEASES]: 1 });
  });

  it('renews once after a 401 when the cloud expired the token before this machine expected', async () => {
    sim.setFaults({ tokenTtlSeconds: 1 });
    // This machine's clock runs ten times slower than the cloud's: it still believes the token valid.
    const start = Date.now();
    const { cloud, metrics } = await open({}, { now: () => start + (Date.now() - start) / 10 });
    await new Promise((r) => setTimeout(r, 1_200));
    sim.setFaults({});
    const { delta } = await counted([TOKENS, LEASES], () => blazar.leases.list(cloud.blazar));
    expect(delta).toEqual({ [TOKENS]: 1, [LEASES]: 2 });
    expect(metrics.retries).toBe(1);
  });

  it('keeps one token for its whole life even when the simulator runs fast', async () => {
    sim.clock.setSpeed(600);
    const { cloud } = await open();
    expect(cloud.timeScale).toBeCloseTo(1 / 600);
    await new Promise((r) => setTimeout(r, 300)); // three hours of cloud time; token lifetimes are real time
    const { delta } = await counted([TOKENS], () => blazar.leases.list(cloud.blazar));
    expect(delta[TOKENS]).toBe(0);
  });
});

describe('retry rules with the simulator’s faults', () => {
  it('a 503, then success', async () => {
    const { cloud, metrics } = await open();
    sim.setFaults({ rules: [{ route: 'GET /reservation/v1/leases', status: 503, first: 1 }] });
    const { delta } = await counted([LEASES], () => blazar.leases.list(cloud.blazar));
    expect(delta[LEASES]).toBe(2);
    expect(metrics.retries).toBe(1);
  });

  it('a 429 with Retry-After is waited for', async () => {
    const { cloud } = await open({}, { retry: { delayScale: 1 } });
    sim.setFaults({
      rules: [{ route: 'GET /reservation/v1/os-hosts', status: 429, first: 1, retryAfter: 1 }],
    });
    const started = Date.now();
    await blazar.hosts.list(cloud.blazar);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(stat('GET /reservation/v1/os-hosts')).toBeGreaterThanOrEqual(2);
  });

  it('a dropped connection on a GET', async () => {
    const { cloud, metrics } = await open();
    sim.setFaults({ rules: [{ route: 'GET /image/v2/images', drop: true, first: 1 }] });
    const images = await glance.images.list(cloud.glance);
    expect(images.length).toBeGreaterThan(0);
    expect(metrics.retries).toBe(1);
  });

  it("a dropped connection on Nova's console read, a POST that only reads, is sent again", async () => {
    const { cloud, metrics } = await open();
    sim.setFaults({ rules: [{ route: 'POST /compute/v2.1/servers/*/action', drop: true, first: 1 }] });
    // No such server: after the retry, Nova's own answer (404), not the dropped connection.
    const failure = await nova.servers
      .consoleOutput(cloud.nova, 'no-such-server')
      .catch((err: unknown) => err);
    expect(failure).toMatchObject({ code: 'NOT_FOUND' });
    expect(metrics.retries).toBe(1);
  });

  // Dates come from the cloud's clock: the simulator's runs ahead of this machine's once it has run fast.
  const leaseRequest = (cloud: Cloud, name: string) => ({
    name,
    start: 'now' as const,
    end: new Date(cloud.clock.now() + 2 * 3_600_000),
    reservations: [
      {
        resource_type: 'physical:host' as const,
        min: 1,
        max: 1,
        resource_properties: ['==', '$node_type', 'compute_skylake'],
      },
    ],
  });

  const leasesNamed = (name: string) =>
    ((sim.state().leases as Array<{ name: string; id: string }>) ?? []).filter((l) => l.name === name);

  it.each([
    ['a 500', { status: 500 }],
    ['a dropped connection', { drop: true }],
  ])(
    'a POST that fails (%s) after the lease was created does not create a second one',
    async (_what, fault) => {
      const { cloud } = await open();
      const name = `after-${Math.random().toString(36).slice(2, 8)}`;
      sim.setFaults({ rules: [{ route: 'POST /reservation/v1/leases', after: true, first: 1, ...fault }] });
      const { result, delta } = await counted(['POST /reservation/v1/leases'], () =>
        blazar.leases.create(cloud.blazar, leaseRequest(cloud, name)),
      );
      leasesToRemove.push(result.id);
      expect(delta['POST /reservation/v1/leases']).toBe(1);
      expect(leasesNamed(name)).toHaveLength(1);
      expect(result.id).toBe(leasesNamed(name)[0]!.id);
    },
  );

  it('a POST refused with a 503 before anything was created is sent again, once', async () => {
    const { cloud } = await open();
    const name = `before-${Math.random().toString(36).slice(2, 8)}`;
    sim.setFaults({ rules: [{ route: 'POST /reservation/v1/leases', status: 503, first: 1 }] });
    const { result, delta } = await counted(['POST /reservation/v1/leases'], () =>
      blazar.leases.create(cloud.blazar, leaseRequest(cloud, name)),
    );
    leasesToRemove.push(result.id);
    expect(delta['POST /reservation/v1/leases']).toBe(2);
    expect(leasesNamed(name)).toHaveLength(1);
  });
});

describe('error mapping against the simulator', () => {
  it('maps each service’s errors to the project’s codes with the service’s message', async () => {
    const { cloud } = await open();
    const missing = '00000000-0000-4000-8000-00000000dead';
    expect(await rejection(blazar.leases.get(cloud.blazar, missing))).toMatchObject({
      code: 'NOT_FOUND',
      cloud: { service: 'reservation', status: 404, request_id: expect.stringMatching(/^req-/) },
    });
    expect(await rejection(nova.servers.get(cloud.nova, missing))).toMatchObject({
      code: 'NOT_FOUND',
      cloud: { service: 'compute' },
    });
    expect(await rejection(neutron.floatingips.get(cloud.neutron, missing))).toMatchObject({
      code: 'NOT_FOUND',
      cloud: { service: 'network' },
    });
    expect(await rejection(glance.images.get(cloud.glance, missing))).toMatchObject({
      code: 'NOT_FOUND',
      cloud: { service: 'image' },
    });
    const tooMany = await rejection(
      blazar.leases.create(cloud.blazar, {
        name: 'too-many',
        start: 'now',
        end: new Date(cloud.clock.now() + 3_600_000),
        reservations: [{ resource_type: 'physical:host', min: 50, max: 50 }],
      }),
    );
    expect(tooMany).toMatchObject({ code: 'INSUFFICIENT_CAPACITY', cloud: { status: 500 } });
    expect(tooMany.message).toMatch(/not enough/i);
    const tooLong = await rejection(
      blazar.leases.create(cloud.blazar, {
        name: 'too-long',
        start: 'now',
        end: new Date(cloud.clock.now() + 8 * 86_400_000),
        reservations: [{ resource_type: 'physical:host', min: 1, max: 1 }],
      }),
    );
    expect(tooLong).toMatchObject({ code: 'CLOUD_API', cloud: { status: 403 } });
    expect(tooLong.message).toContain('604800');
  });
});

describe('the bare-metal workflow through every service', () => {
  it('reserves, boots, attaches an address and cleans up, at 600× speed', async () => {
    sim.clock.setSpeed(600);
    const { cloud, metrics } = await open();
    const [hosts, allocations, properties, images, flavors, networks, nodes, sites] = await Promise.all([
      blazar.hosts.list(cloud.blazar),
      blazar.allocations.list(cloud.blazar),
      blazar.properties.list(cloud.blazar, { detail: true }),
      glance.images.list(cloud.glance),
      nova.flavors.list(cloud.nova),
      neutron.networks.list(cloud.neutron),
      reference.nodes.list(cloud.reference, 'uc'),
      reference.sites.list(cloud.reference),
    ]);
    expect(hosts.length).toBeGreaterThan(0);
    expect(allocations.map((a) => a.resource_id).sort()).toEqual(hosts.map((h) => h.id).sort());
    expect(properties.find((p) => p.property === 'node_type')?.values).toContain('compute_skylake');
    expect(nodes.map((n) => n.uid).sort()).toEqual(hosts.map((h) => h.hypervisor_hostname).sort());
    expect(sites.map((s) => s.uid)).toContain('uc');
    const image = await glance.images.findByName(cloud.glance, 'CC-Ubuntu22.04');
    expect(images.some((i) => i.id === image.id)).toBe(true);
    const flavor = flavors.find((f) => f.name === 'baremetal')!;
    const sharednet = networks.find((n) => n.name === 'sharednet1')!;
    const publicNet = networks.find((n) => n.external)!;

    const lease = await blazar.leases.create(cloud.blazar, {
      name: 'workflow',
      start: 'now',
      end: new Date(cloud.clock.now() + 4 * 3_600_000),
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: ['==', '$node_type', 'compute_skylake'],
        },
        { resource_type: 'virtual:floatingip', network_id: publicNet.id, amount: 1 },
      ],
    });
    const cloudStarted = sim.clock.now().getTime();
    const active = await waitFor(() => blazar.leases.get(cloud.blazar, lease.id), {
      until: (l) => l.status === 'ACTIVE',
      failWhen: (l) => l.status === 'ERROR',
      failCode: 'LEASE_FAILED',
      timeoutMs: 30 * 60_000,
      cloud,
    });
    const host = active.reservations.find((r) => r.resource_type === 'physical:host')!;
    const fipReservation = active.reservations.find((r) => r.resource_type === 'virtual:floatingip')!;
    const mine = await blazar.allocations.list(cloud.blazar, { lease_id: lease.id });
    expect(mine.flatMap((a) => a.reservations).some((r) => r.id === host.id)).toBe(true);

    const key = await nova.keypairs.create(cloud.nova, {
      name: 'workflow-key',
      public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIF6uEnvbootTestKey workflow',
    });
    expect((await nova.keypairs.list(cloud.nova)).map((k) => k.name)).toContain(key.name);
    const created = await nova.servers.create(cloud.nova, {
      name: 'workflow-node',
      imageRef: image.id,
      flavorRef: flavor.id,
      networks: [{ uuid: sharednet.id }],
      key_name: key.name,
      reservation: host.id,
    });
    const server = await waitFor(() => nova.servers.get(cloud.nova, created.id), {
      until: (s) => s.status === 'ACTIVE',
      failWhen: (s) => s.status === 'ERROR',
      failCode: 'SERVER_FAILED',
      timeoutMs: 60 * 60_000,
      cloud,
    });
    // A bare-metal boot takes minutes of cloud time; the simulator's clock made them pass.
    expect(sim.clock.now().getTime() - cloudStarted).toBeGreaterThanOrEqual(60_000);
    const [port] = await neutron.ports.list(cloud.neutron, { device_id: server.id });
    const reserved = await neutron.floatingips.list(cloud.neutron, {
      tags: [`reservation:${fipReservation.id}`],
    });
    const fip =
      reserved[0] ?? (await neutron.floatingips.create(cloud.neutron, { floating_network_id: publicNet.id }));
    const attached = await neutron.floatingips.update(cloud.neutron, fip.id, { port_id: port!.id });
    expect(attached.port_id).toBe(port!.id);
    const withAddress = await waitFor(() => nova.servers.get(cloud.nova, server.id), {
      until: (s) => s.addresses.some((a) => a.type === 'floating' && a.addr === fip.floating_ip_address),
      timeoutMs: 10 * 60_000,
      cloud,
    });
    expect(withAddress.addresses.find((a) => a.type === 'fixed')?.network).toBe('sharednet1');

    const extended = await blazar.leases.update(cloud.blazar, lease.id, { name: 'workflow-renamed' });
    expect(extended.name).toBe('workflow-renamed');
    await nova.servers.remove(cloud.nova, server.id);
    await nova.keypairs.remove(cloud.nova, key.name);
    await blazar.leases.remove(cloud.blazar, lease.id);
    await expect(blazar.leases.get(cloud.blazar, lease.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(metrics.auth_requests).toBe(1);
    expect(metrics.retries).toBe(0);
    const projects = await keystone.projects.list(cloud.identity);
    expect(projects.map((p) => p.id)).toContain(id().projectId);
  }, 60_000);
});

describe('a pipe of five commands against the simulator', () => {
  it('makes one token request in all (the simulator’s /_sim/stats shows it)', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'envboot-sim-pipe-'));
    try {
      const cli = cliCommand();
      const env = cleanEnv({
        ENVBOOT_SIM_URL: sim.url,
        CLI_SITE: 'sim',
        XDG_CACHE_HOME: cache,
        ENVBOOT_TOKEN_CACHE: '1',
      });
      const stats = async () =>
        (await (await fetch(`${sim.url}/_sim/stats`)).json()) as Record<string, number>;
      const before = await stats();
      const run = await runShell(`${cli} | ${cli} | ${cli} | ${cli} | ${cli}`, env, 90_000);
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, hops: 5 });
      const after = await stats();
      expect((after[TOKENS] ?? 0) - (before[TOKENS] ?? 0)).toBe(1);
      expect((after[LEASES] ?? 0) - (before[LEASES] ?? 0)).toBe(5);
    } finally {
      await rm(cache, { recursive: true, force: true });
    }
  }, 90_000);
});
