/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Several sites at once: each with its own port, Keystone catalog and region, project id, Blazar hosts from its
// real inventory and a synthesised calendar; one reference API, one clock and one identity provider for all; a
// site that can be made unreachable; and one state file for every site.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_IDENTITY, startSim, type Sim, type SimSite } from '../src/index.js';
import { synthesiseSeed, parseSites } from '../src/sites.js';
import { blazarDate, Client, DAY, MINUTE, passwordAuth } from './helpers.js';

/** A client of one site, logged in as the demo user there. */
const clientOf = (sim: Sim, site: SimSite) =>
  new Client({ ...sim, url: site.url, identity: site.identity } as Sim).login();

const REGIONS = { uc: 'CHI@UC', tacc: 'CHI@TACC', nu: 'CHI@NU', ncar: 'CHI@NCAR' } as const;
const NODES = { uc: 8, tacc: 309, nu: 8, ncar: 4 } as const;

describe('several sites', () => {
  let sim: Sim;
  beforeAll(async () => {
    sim = await startSim({ port: 0, seed: 'small', sites: 'uc,tacc,nu,ncar' });
  });
  afterAll(() => sim.close());

  it('serves each site on a port of its own, the first as the simulator itself', () => {
    expect(sim.sites.map((s) => s.id)).toEqual(['uc', 'tacc', 'nu', 'ncar']);
    expect(new Set(sim.sites.map((s) => s.url)).size).toBe(4);
    expect(sim.url).toBe(sim.sites[0]!.url);
    expect(sim.identity).toEqual(DEFAULT_IDENTITY);
    for (const s of sim.sites) {
      expect(s.region).toBe(REGIONS[s.id as keyof typeof REGIONS]);
      expect(s.authUrl).toBe(`${s.url}/v3`);
    }
    expect(sim.site('tacc').region).toBe('CHI@TACC');
    expect(() => sim.site('nrp')).toThrow(/not served/);
  });

  it("gives each site its own catalog and region, and the demo user a project id of the site's own", async () => {
    const projectIds = new Set<string>();
    const endpointIds = new Set<string>();
    for (const site of sim.sites) {
      const res = await new Client({ ...sim, url: site.url } as Sim).post(
        '/v3/auth/tokens',
        passwordAuth(DEFAULT_IDENTITY.username, DEFAULT_IDENTITY.password, DEFAULT_IDENTITY.projectName),
      );
      expect(res.status).toBe(201);
      const token = res.body.token;
      expect(token.project.name).toBe(DEFAULT_IDENTITY.projectName);
      expect(token.project.id).toBe(site.identity.projectId);
      projectIds.add(token.project.id);
      for (const service of token.catalog) {
        for (const e of service.endpoints) {
          expect(e.region).toBe(site.region);
          expect(e.region_id).toBe(site.region);
          expect(e.url.startsWith(site.url)).toBe(true);
          endpointIds.add(e.id);
        }
      }
      const regions = await new Client({ ...sim, url: site.url } as Sim).get('/v3/regions');
      if (regions.status === 200) expect(regions.body.regions.map((r: any) => r.id)).toEqual([site.region]);
    }
    expect(projectIds.size).toBe(4);
    expect(endpointIds.size).toBe(4 * 6 * 3);
    expect(sim.site('uc').identity.projectId).toBe(DEFAULT_IDENTITY.projectId);
  });

  it('gives each site networks and images of its own ids, as separate Neutrons and Glances do', async () => {
    const [uc, tacc] = await Promise.all([clientOf(sim, sim.site('uc')), clientOf(sim, sim.site('tacc'))]);
    expect(await uc.network()).not.toBe(await tacc.network());
    expect(await uc.image()).not.toBe(await tacc.image());
    expect((await tacc.get(`/image/v2/images/${await tacc.image()}`)).status).toBe(200);
  });

  it('answers the reference API for every served site on every port', async () => {
    for (const port of sim.sites) {
      const c = new Client({ ...sim, url: port.url } as Sim);
      const sites = await c.get('/reference/sites');
      expect(sites.status).toBe(200);
      expect(sites.body.items.map((s: any) => s.uid)).toEqual(
        expect.arrayContaining(['uc', 'tacc', 'nu', 'ncar', 'nrp']),
      );
      for (const [uid, total] of Object.entries(NODES)) {
        const nodes = await c.get(`/reference/sites/${uid}/clusters/chameleon/nodes`);
        expect(nodes.status).toBe(200);
        expect(nodes.body.total).toBe(total);
        const clusters = await c.get(`/reference/sites/${uid}/clusters`);
        expect(clusters.body.items.map((x: any) => x.uid)).toEqual(['chameleon']);
      }
      // A listed site that is not served has no cluster here.
      expect((await c.get('/reference/sites/nrp/clusters/chameleon/nodes')).status).toBe(404);
    }
    // The records are served as the site serves them: NCAR's adapters say "true" as a string; NU has no gpu.
    const c = new Client({ ...sim, url: sim.site('nu').url } as Sim);
    const ncar = (await c.get('/reference/sites/ncar/clusters/chameleon/nodes')).body.items;
    expect(ncar.every((n: any) => n.node_type === 'arm_thunder')).toBe(true);
    expect(ncar[0].network_adapters.map((a: any) => a.enabled)).toContain('true');
    const nu = (await c.get('/reference/sites/nu/clusters/chameleon/nodes')).body.items;
    expect(nu.some((n: any) => 'gpu' in n)).toBe(false);
  });

  it("lists each site's own hosts in Blazar, with the properties Chameleon's Blazar shows", async () => {
    const tacc = await clientOf(sim, sim.site('tacc'));
    const hosts = (await tacc.get('/reservation/v1/os-hosts')).body.hosts;
    expect(hosts).toHaveLength(309);
    expect(hosts.every((h: any) => /^\d+$/.test(h.id))).toBe(true);
    const zen3 = hosts.filter((h: any) => h.node_type === 'compute_zen3');
    expect(zen3).toHaveLength(32);
    expect(zen3[0]).toMatchObject({
      hypervisor_type: 'ironic',
      cpu_arch: 'x86_64',
      reservable: true,
      'architecture.platform_type': 'x86_64',
    });
    expect(typeof zen3[0]['processor.model']).toBe('string');
    // A numeric rack is stored as text, as every extra capability is.
    expect(hosts.some((h: any) => /^\d+$/.test(h['placement.rack'] ?? ''))).toBe(true);

    const ncar = await clientOf(sim, sim.site('ncar'));
    const arm = (await ncar.get('/reservation/v1/os-hosts')).body.hosts;
    expect(arm).toHaveLength(4);
    expect(arm[0]).toMatchObject({ node_type: 'arm_thunder', cpu_arch: 'aarch64' });
    expect(arm[0]['network_adapters.0.enabled']).toMatch(/^(true|false)$/);

    const nu = await clientOf(sim, sim.site('nu'));
    const nuHosts = (await nu.get('/reservation/v1/os-hosts')).body.hosts;
    expect(nuHosts.map((h: any) => h.node_type).sort()).toEqual([
      ...Array(6).fill('compute_haswell'),
      ...Array(2).fill('compute_skylake'),
    ]);
    expect(nuHosts.some((h: any) => Object.keys(h).some((k) => k.startsWith('gpu.')))).toBe(false);
  });

  it('replays a synthesised calendar: some hosts busy now, some later, some free', async () => {
    const tacc = await clientOf(sim, sim.site('tacc'));
    const now = sim.clock.now().getTime();
    const allocations = (await tacc.get('/reservation/v1/os-hosts/allocations')).body.allocations as any[];
    const windows = (a: any) =>
      a.reservations.map((r: any) => [Date.parse(`${r.start_date}Z`), Date.parse(`${r.end_date}Z`)]);
    const busyNow = allocations.filter((a) => windows(a).some(([s, e]: number[]) => s! <= now && now < e!));
    const laterOnly = allocations.filter((a) => windows(a).every(([s]: number[]) => s! > now));
    const free = 309 - allocations.filter((a) => a.reservations.length > 0).length;
    expect(busyNow.length).toBeGreaterThan(30);
    expect(laterOnly.length).toBeGreaterThan(20);
    expect(free).toBeGreaterThan(30);
  });

  it('books a host at a site other than CHI@UC for the project of that site', async () => {
    const ncar = await clientOf(sim, sim.site('ncar'));
    const created = await ncar.leaseCreate({}, { resource_properties: '["==","$node_type","arm_thunder"]' });
    expect(created.status).toBe(201);
    expect(created.body.lease.project_id).toBe(sim.site('ncar').identity.projectId);
    // The other sites do not see it.
    const uc = await clientOf(sim, sim.site('uc'));
    const ucLeases = (await uc.get('/reservation/v1/leases')).body.leases;
    expect(ucLeases.map((l: any) => l.id)).not.toContain(created.body.lease.id);
    expect((await ncar.del(`/reservation/v1/leases/${created.body.lease.id}`)).status).toBe(200);
  });

  it('keeps one clock for every site', async () => {
    sim.clock.advance(5 * MINUTE);
    const clocks = await Promise.all(
      sim.sites.map(
        async (s) => (await new Client({ ...sim, url: s.url } as Sim).get('/_sim/clock')).body.now,
      ),
    );
    expect(new Set(clocks.map((t: string) => Math.floor(Date.parse(t) / MINUTE))).size).toBe(1);
    const advanced = await new Client({ ...sim, url: sim.site('nu').url } as Sim).post('/_sim/clock', {
      advance: DAY,
    });
    expect(advanced.status).toBe(200);
    expect(Date.parse((await new Client(sim).get('/_sim/clock')).body.now)).toBeGreaterThanOrEqual(
      Date.parse(advanced.body.now) - 1000,
    );
  });

  it('keeps state and stats per site behind the admin API', async () => {
    const state = (await new Client({ ...sim, url: sim.site('tacc').url } as Sim).get('/_sim/state')).body;
    expect(state.seed).toMatchObject({ name: 'tacc', hosts: 309 });
    expect(sim.site('ncar').state()).toMatchObject({ seed: { name: 'ncar', hosts: 4 } });
    expect(sim.state()).toMatchObject({ seed: { name: 'small', hosts: 8 } });
  });

  it('has one identity provider: a token from its realm logs in at every site', async () => {
    const uc = new Client(sim);
    const form = new URLSearchParams({
      grant_type: 'password',
      client_id: sim.oidc.clientId,
      client_secret: sim.oidc.clientSecret,
      username: DEFAULT_IDENTITY.username,
      password: DEFAULT_IDENTITY.password,
    }).toString();
    const issued = await uc.call('POST', '/auth/realms/chameleon/protocol/openid-connect/token', form, {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(issued.status).toBe(200);
    for (const s of sim.sites) {
      const login = await new Client({ ...sim, url: s.url } as Sim).call(
        'POST',
        '/v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth',
        undefined,
        { Authorization: `Bearer ${issued.body.access_token}` },
      );
      expect(login.status).toBe(201);
    }
  });

  it('makes one site unreachable and back', async () => {
    const nu = sim.site('nu');
    await nu.setReachable(false);
    expect(nu.reachable).toBe(false);
    await expect(fetch(`${nu.url}/v3`)).rejects.toThrow();
    expect((await fetch(`${sim.site('tacc').url}/v3`)).status).toBe(200);
    await nu.setReachable(true);
    expect(nu.reachable).toBe(true);
    expect((await fetch(`${nu.url}/v3`)).status).toBe(200);
  });
});

describe('which sites', () => {
  it('reads a list, all, and refuses an unknown site', () => {
    expect(parseSites(undefined)).toEqual(['uc']);
    expect(parseSites('tacc, uc,tacc')).toEqual(['tacc', 'uc']);
    expect(parseSites('all')).toEqual(['uc', 'tacc', 'nu', 'ncar', 'nrp', 'kvm', 'edge']);
    expect(() => parseSites('uc,mars')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => parseSites('')).toThrow(/not a simulated site/);
  });

  it("refuses CHI@UC's seed when CHI@UC is not served", async () => {
    await expect(startSim({ port: 0, sites: 'tacc', seed: 'small' })).rejects.toThrow(/uc is not among/);
  });

  it('synthesises the same host ids and calendar every time', () => {
    for (const id of ['tacc', 'nu', 'ncar', 'nrp']) {
      const a = synthesiseSeed(id);
      const b = synthesiseSeed(id);
      expect(a.hosts.map((h) => h.id)).toEqual(b.hosts.map((h) => h.id));
      expect(a.bookings).toEqual(b.bookings);
    }
    const tacc = synthesiseSeed('tacc');
    expect(tacc.bookings.length).toBeGreaterThan(50);
    expect(new Set(tacc.hosts.map((h) => h.id)).size).toBe(309);
  });

  it('takes the next ports after --port for the sites after the first', async () => {
    const probe = await startSim({ port: 0, seed: 'small' });
    const base = Number(new URL(probe.url).port);
    await probe.close();
    const sim = await startSim({ port: base, seed: 'small', sites: ['uc', 'nrp'] });
    try {
      expect(Number(new URL(sim.site('nrp').url).port)).toBeGreaterThan(base);
      expect(sim.site('nrp').region).toBe('CHI@NRP');
    } finally {
      await sim.close();
    }
  });
});

describe('--persist with several sites', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sim-sites-persist-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps every site's leases, networks, routers and security groups across a restart", async () => {
    const file = join(dir, 'state.json');
    const first = await startSim({ port: 0, seed: 'small', sites: 'uc,tacc,ncar', persist: file });
    const tacc = await clientOf(first, first.site('tacc'));
    const lease = (
      await tacc.leaseCreate(
        { end_date: blazarDate(first.clock.now().getTime() + DAY) },
        { resource_properties: '["==","$node_type","compute_zen3"]' },
      )
    ).body.lease;
    const ncar = await clientOf(first, first.site('ncar'));
    const net = (await ncar.post('/network/v2.0/networks', { network: { name: 'kept-net' } })).body.network;
    const router = (await ncar.post('/network/v2.0/routers', { router: { name: 'kept-router' } })).body
      .router;
    const group = (await ncar.post('/network/v2.0/security-groups', { security_group: { name: 'kept-sg' } }))
      .body.security_group;
    await first.close();

    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(saved.sites).sort()).toEqual(['ncar', 'tacc', 'uc']);

    // Restarted with fewer sites, the others' state stays in the file.
    await (await startSim({ port: 0, seed: 'small', sites: 'uc', persist: file })).close();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).sites).sort()).toEqual(['ncar', 'tacc', 'uc']);

    const second = await startSim({ port: 0, seed: 'small', sites: 'uc,tacc,ncar', persist: file });
    try {
      const tacc2 = await clientOf(second, second.site('tacc'));
      expect((await tacc2.get(`/reservation/v1/leases/${lease.id}`)).body.lease.id).toBe(lease.id);
      const ncar2 = await clientOf(second, second.site('ncar'));
      expect((await ncar2.get(`/network/v2.0/networks/${net.id}`)).body.network.name).toBe('kept-net');
      expect((await ncar2.get(`/network/v2.0/routers/${router.id}`)).body.router.name).toBe('kept-router');
      expect((await ncar2.get(`/network/v2.0/security-groups/${group.id}`)).body.security_group.name).toBe(
        'kept-sg',
      );
      // Each site's state stays its own.
      const uc2 = await clientOf(second, second.site('uc'));
      expect((await uc2.get(`/reservation/v1/leases/${lease.id}`)).status).toBe(404);
    } finally {
      await second.close();
    }
  });

  it("reads a state file of the one-site format as CHI@UC's", async () => {
    const file = join(dir, 'one-site.json');
    const first = await startSim({ port: 0, seed: 'small', persist: file });
    const uc = await new Client(first).login();
    const lease = (await uc.leaseCreate()).body.lease;
    await first.close();
    const { virtualNow, sites } = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ format: 'envboot-sim-state/1', virtualNow, ...sites.uc }));
    const second = await startSim({ port: 0, seed: 'small', sites: 'uc,nrp', persist: file });
    try {
      const again = await new Client(second).login();
      expect((await again.get(`/reservation/v1/leases/${lease.id}`)).body.lease.id).toBe(lease.id);
      expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')).sites).sort()).toEqual(['nrp', 'uc']);
    } finally {
      await second.close();
    }
  });
});
