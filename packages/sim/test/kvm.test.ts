/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// KVM@TACC: flavors from Chameleon's listing, flavor:instance reservations as upstream Blazar's plugin takes them
// (affinity present and null), the reserved flavor reservation:<id> the project sees while the lease is ACTIVE,
// and servers booted on it without a scheduler hint.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '../src/index.js';
import { Client, DAY, blazarDate } from './helpers.js';

const H100 = 'e81f12f8-de06-4107-acfd-e649217036ef';
let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', sites: 'uc,kvm' });
  const kvm = sim.site('kvm');
  c = await new Client({ ...sim, url: kvm.url, identity: kvm.identity } as Sim).login();
});
afterAll(() => sim.close());

const lease = (reservation: Record<string, unknown>, days = 1) => {
  const now = sim.clock.now().getTime();
  return c.post(
    '/reservation/v1/leases',
    {
      name: 'kvm-lease',
      start_date: 'now',
      end_date: blazarDate(now + days * DAY),
      reservations: [reservation],
      events: [],
    },
    { 'X-Sim-Dates': 'virtual' },
  );
};

describe('KVM@TACC', () => {
  it("serves the docs' flavors, in region KVM@TACC", async () => {
    const names = (await c.get('/compute/v2.1/flavors')).body.flavors.map((f: any) => f.name);
    expect(names).toEqual([
      'm1.tiny',
      'm1.small',
      'm1.medium',
      'm1.large',
      'm1.xlarge',
      'm1.xxlarge',
      'g1.h100.pci.1',
    ]);
    expect(sim.site('kvm').region).toBe('KVM@TACC');
  });

  it('checks the request as the flavor plugin does', async () => {
    const noAffinity = await lease({ resource_type: 'flavor:instance', flavor_id: H100, amount: 1 });
    expect(noAffinity.status).toBe(400);
    expect(noAffinity.body.error_message).toBe('Missing parameter affinity');
    const affinity = await lease({
      resource_type: 'flavor:instance',
      flavor_id: H100,
      amount: 1,
      affinity: true,
    });
    expect(affinity.status).toBe(501);
    expect(affinity.body.error_message).toBe('Affinity not supported yet');
    const tooMany = await lease({
      resource_type: 'flavor:instance',
      flavor_id: H100,
      amount: 9,
      affinity: null,
    });
    expect(tooMany.status).toBe(500);
    expect(tooMany.body.error_message).toBe('Not enough hosts available');
    // The openstack CLI sends what it parses from amount=1,affinity=None: an int and the word None.
    const cli = await lease({
      resource_type: 'flavor:instance',
      flavor_id: H100,
      amount: 1,
      affinity: 'None',
    });
    expect(cli.status).toBe(201);
    expect(cli.body.lease.reservations[0].affinity).toBeNull();
    expect((await c.del(`/reservation/v1/leases/${cli.body.lease.id}`)).status).toBe(200);
    const tooLong = await lease(
      { resource_type: 'flavor:instance', flavor_id: H100, amount: 1, affinity: null },
      8,
    );
    expect(tooLong.status).toBe(403);
  });

  it('reserves a flavor, shows it to the project once ACTIVE, and boots on it without a hint', async () => {
    // The CLI sends the amount as a string (openstack reservation lease create --reservation amount=2,…).
    const created = await lease({
      resource_type: 'flavor:instance',
      flavor_id: H100,
      amount: '2',
      affinity: null,
    });
    expect(created.status).toBe(201);
    const r = created.body.lease.reservations[0];
    expect(r).toMatchObject({
      resource_type: 'flavor:instance',
      amount: 2,
      vcpus: 48,
      memory_mb: 250000,
      disk_gb: 40,
      affinity: null,
      flavor_id: r.id,
      server_group_id: null,
      aggregate_id: expect.any(Number),
    });
    expect(JSON.parse(r.resource_properties)).toMatchObject({ id: H100, name: 'g1.h100.pci.1' });
    const before = (await c.get('/compute/v2.1/flavors')).body.flavors.map((f: any) => f.name);
    expect(before).not.toContain(`reservation:${r.id}`);

    sim.clock.advance(60_000);
    const shown = (await c.get(`/reservation/v1/leases/${created.body.lease.id}`)).body.lease;
    expect(shown.status).toBe('ACTIVE');
    const detail = (await c.get('/compute/v2.1/flavors/detail')).body.flavors;
    const reserved = detail.find((f: any) => f.name === `reservation:${r.id}`);
    expect(reserved).toMatchObject({ id: r.id, vcpus: 48, 'os-flavor-access:is_public': false });

    const [imageRef, net] = await Promise.all([c.image(), c.network()]);
    const boot = (name: string, flavorRef: string) =>
      c.post('/compute/v2.1/servers', {
        server: { name, imageRef, flavorRef, networks: [{ uuid: net }] },
      });
    const ids = [];
    for (const name of ['a', 'b', 'c']) ids.push((await boot(name, r.id)).body.server.id);
    const onDemand = (await boot('d', H100)).body.server.id;
    sim.clock.advance(15 * 60_000);
    const status = async (id: string) => (await c.get(`/compute/v2.1/servers/${id}`)).body.server.status;
    expect(await status(ids[0])).toBe('ACTIVE');
    expect(await status(ids[1])).toBe('ACTIVE');
    // Two instances reserved: the third finds no valid host, as does a public flavor without a reservation.
    expect(await status(ids[2])).toBe('ERROR');
    expect(await status(onDemand)).toBe('ERROR');
  });

  it('is not a bare-metal site: the flavor plugin is not loaded at CHI@UC', async () => {
    const uc = await new Client(sim).login();
    const now = sim.clock.now().getTime();
    const res = await uc.post(
      '/reservation/v1/leases',
      {
        name: 'x',
        start_date: 'now',
        end_date: blazarDate(now + DAY),
        reservations: [{ resource_type: 'flavor:instance', flavor_id: H100, amount: 1, affinity: null }],
        events: [],
      },
      { 'X-Sim-Dates': 'virtual' },
    );
    expect(res.status).toBe(500);
    expect(res.body.error_message).toBe('The flavor:instance resource type is not supported');
  });
});
