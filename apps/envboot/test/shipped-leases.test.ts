// envboot leases through the shipped CLI, against one simulator per site announced in ENVBOOT_SIM_SITES (CHI@UC's
// small seed, a few of CHI@TACC's nodes): every lease of the project with its hosts, servers and floating IPs, when it
// can be extended and its SU cost, on each site's clock; a site that cannot be reached reported and the others
// answered; a table at a terminal.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type AnsweredRequest, type Sim } from '@envboot/sim';
import type { LeaseListData } from '@envboot/core';
import { blazar, glance, neutron, nova, type Cloud } from '@envboot/openstack';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { atTerminal, sandbox, type Sandbox } from './shipped-support.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const answered: Record<string, AnsweredRequest[]> = { uc: [], tacc: [] };
const sims: Record<string, Sim> = {};
const clouds: Record<string, Cloud> = {};
let box: Sandbox;
let closedUrl: string;
const ids: Record<string, string> = {};

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
/**
 * A lease's length in hours, to the hundredth, from its own dates: Blazar reads "now" as the current minute and an
 * end date to the minute, so a lease asked for across a minute boundary is a minute shorter than asked.
 */
const hoursOf = (lease: { start: string; end: string }) =>
  Math.round(((Date.parse(lease.end) - Date.parse(lease.start)) / HOUR) * 100) / 100;

async function freePort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

beforeAll(async () => {
  const seeds: Record<string, string> = { uc: 'small', tacc: fixture('tacc-seed.json') };
  for (const [site, seed] of Object.entries(seeds)) {
    sims[site] = await startSim({ port: 0, seed, onRequest: (r) => answered[site]!.push(r) });
    clouds[site] = await simCloud(sims[site]!);
  }
  const uc = clouds.uc!;
  // At CHI@UC: a day-long lease with a reserved floating IP and a server booted on it by envboot, and a lease that
  // starts in three days. At CHI@TACC: a lease of three days, too far from its end to be extended yet.
  const withServer = await makeLease(sims.uc!, uc, 'ls-server', {
    nodeType: 'compute_skylake',
    hours: 24,
    floatingIps: 1,
    wait: false,
  });
  const later = await makeLease(sims.uc!, uc, 'ls-later', {
    nodeType: 'gpu_rtx_6000',
    start: new Date(sims.uc!.clock.now().getTime() + 3 * DAY),
    hours: 24,
  });
  const long = await makeLease(sims.tacc!, clouds.tacc!, 'ls-long', {
    nodeType: 'gpu_p100',
    hours: 72,
    wait: false,
  });
  for (const sim of Object.values(sims)) sim.clock.advance(30_000);
  const active = await blazar.leases.get(uc.blazar, withServer.id);
  const [image, flavor, net] = await Promise.all([
    glance.images.findByName(uc.glance, 'CC-Ubuntu22.04'),
    nova.flavors.findByName(uc.nova, 'baremetal'),
    neutron.networks.findByName(uc.neutron, 'sharednet1'),
  ]);
  const server = await nova.servers.create(uc.nova, {
    name: 'ls-node',
    imageRef: image.id,
    flavorRef: flavor.id,
    networks: [{ uuid: net.id }],
    reservation: active.reservations.find((r) => r.resource_type === 'physical:host')!.id,
    metadata: { envboot_lease_id: active.id },
  });
  Object.assign(ids, { withServer: withServer.id, later: later.id, long: long.id, server: server.id });
  closedUrl = await freePort();
  box = sandbox('shipped-leases');
  for (const list of Object.values(answered)) list.length = 0;
});
afterAll(() => Promise.all(Object.values(sims).map((s) => s.close())));

const sitesVar = (urls: Record<string, string>) =>
  Object.entries(urls)
    .map(([site, url]) => `${site}=${url}`)
    .join(',');
const everySite = () => ({ uc: sims.uc!.url, tacc: sims.tacc!.url });
const leases = (urls: Record<string, string>, ...args: string[]) =>
  runCli(['leases', '--no-token-cache', ...args], { env: { ...box.env, ENVBOOT_SIM_SITES: sitesVar(urls) } });

describe('envboot leases --site any', () => {
  it('lists every lease of every site with its hosts, servers, addresses, extension and SU cost', async () => {
    const run = await leases(everySite(), '--site', 'any');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseListData;
    expect(data.sites.map((s) => [s.site, s.status, s.leases])).toEqual([
      ['uc', 'ok', 2],
      ['tacc', 'ok', 1],
    ]);
    // Soonest end first.
    expect(data.leases.map((l) => l.name)).toEqual(['ls-server', 'ls-long', 'ls-later']);
    const [withServer, long, later] = data.leases;

    const now = Date.parse(data.sites[0]!.now!);
    const end = Date.parse(withServer!.end);
    expect(withServer).toMatchObject({
      site: 'uc',
      id: ids.withServer,
      status: 'ACTIVE',
      node_type: 'compute_skylake',
      nodes: 1,
      degraded: false,
      starts_in_minutes: null,
      servers: [{ id: ids.server, name: 'ls-node' }],
      // A lease of a day is in its last 48 hours from the start: it can be extended now, up to 7 days.
      extension: { allowed_now: true, reason: null, max_end: iso(end + 7 * DAY) },
      su_cost: { total: { hours: hoursOf(withServer!), hosts: 1, su: hoursOf(withServer!), basis: 'hosts' } },
    });
    expect(hoursOf(withServer!)).toBeGreaterThan(23.9);
    // On the site's clock (`now` is that clock to the second).
    expect(Math.abs(withServer!.time_left_minutes! - (end - now) / 60_000)).toBeLessThanOrEqual(1);
    expect(withServer!.hosts).toEqual([
      expect.objectContaining({ node_type: 'compute_skylake', su_factor: 1, degraded: false }),
    ]);
    expect(withServer!.floating_ips).toEqual([expect.objectContaining({ reserved: true, server_id: null })]);
    expect(withServer!.su_cost.so_far.su).toBeLessThan(0.1);

    const longEnd = Date.parse(long!.end);
    expect(long).toMatchObject({
      site: 'tacc',
      status: 'ACTIVE',
      node_type: 'gpu_p100',
      extension: { allowed_now: false, reason: 'window', allowed_from: iso(longEnd - 2 * DAY) },
      su_cost: { total: { hours: hoursOf(long!), su: hoursOf(long!) } },
    });
    expect(hoursOf(long!)).toBeGreaterThan(71.9);
    expect(later).toMatchObject({
      status: 'PENDING',
      time_left_minutes: expect.any(Number),
      starts_in_minutes: expect.any(Number),
      servers: [],
      su_cost: { so_far: { su: 0 }, total: { su: 24 } },
    });
    expect(later!.starts_in_minutes!).toBeGreaterThan(3 * 24 * 60 - 5);
    // Per site: a login, then the leases, hosts, allocations, servers and floating IPs, in parallel.
    for (const site of ['uc', 'tacc']) {
      expect(answered[site]!.map((r) => `${r.method} ${r.path.split('?')[0]}`).sort()).toEqual([
        'GET /compute/v2.1/servers/detail',
        'GET /network/v2.0/floatingips',
        'GET /reservation/v1/leases',
        'GET /reservation/v1/os-hosts',
        'GET /reservation/v1/os-hosts/allocations',
        'POST /v3/auth/tokens',
      ]);
    }
    expect(envelopeOf(run).metrics.requests).toBe(12);
  });

  it('reports a site that cannot be reached, and answers for the others: exit 0', async () => {
    const run = await leases({ uc: sims.uc!.url, tacc: closedUrl }, '--site', 'any');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseListData;
    expect(data.sites[1]).toMatchObject({ site: 'tacc', status: 'error', error: { code: 'NETWORK' } });
    expect(data.leases.map((l) => l.site)).toEqual(['uc', 'uc']);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('fails when no site can be asked', async () => {
    const run = await leases({ uc: closedUrl }, '--site', 'uc');
    expect(run.code).toBe(5);
    expect(envelopeOf(run).error!.code).toBe('NETWORK');
  });

  it('at a terminal: a table, with when each lease can be extended', async () => {
    const { code, screen } = await atTerminal(
      ['leases', '--site', 'any', '--no-token-cache'],
      { ...box.env, ENVBOOT_SIM_SITES: sitesVar(everySite()) },
      { columns: 160 },
    );
    expect(code).toBe(0);
    expect(screen).toMatch(/SITE\s+NAME\s+STATUS\s+END \(UTC\)\s+TIME LEFT/);
    expect(screen).toMatch(/uc\s+ls-server\s+ACTIVE/);
    expect(screen).toContain('3 leases');
    expect(screen).toContain('no API gives');
  });
});
