import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { blazar, connect, resolveCloudConfig, type Cloud } from '@envboot/openstack';
import { simEnv } from '@envboot/testkit';
import { validateAgainst } from '@envboot/core';
import { findLease } from '../src/find.js';
import { toLeaseData } from '../src/lease-data.js';
import { calendarHosts, loadCalendar } from '../src/calendar.js';

let sim: Sim;
let cloud: Cloud;

const create = (name: string, nodeType = 'compute_skylake') =>
  blazar.leases.create(
    cloud.blazar,
    {
      name,
      start: 'now',
      end: new Date(sim.clock.now().getTime() + 3_600_000),
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: JSON.stringify(['==', '$node_type', nodeType]),
        },
      ],
    },
    { existing: 'create' },
  );

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
  cloud = await connect(await resolveCloudConfig({ site: 'sim', env: simEnv(sim.url) }), {
    tokenCache: false,
  });
});
afterAll(() => sim.close());

describe('findLease', () => {
  it('finds a lease by id and by name', async () => {
    const lease = await create('find-me');
    expect((await findLease(cloud, lease.id)).id).toBe(lease.id);
    expect((await findLease(cloud, 'find-me')).id).toBe(lease.id);
  });

  it('refuses to guess between leases of the same name', async () => {
    await create('twins', 'gpu_rtx_6000');
    await create('twins', 'gpu_rtx_6000');
    await expect(findLease(cloud, 'twins')).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { leases: expect.any(Array) },
    });
  });

  it('answers NOT_FOUND for an unknown id or name', async () => {
    await expect(findLease(cloud, '00000000-0000-4000-8000-0000000000ff')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(findLease(cloud, 'nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('toLeaseData', () => {
  it('gives the envelope form with the lease id under reservation_id and the host reservation apart', async () => {
    const lease = await create('shape', 'storage_nvme');
    const data = toLeaseData(lease, { site: 'sim', dryRun: false });
    expect(validateAgainst('lease', data)).toEqual({ valid: true });
    expect(data).toMatchObject({
      reservation_id: lease.id,
      lease_id: lease.id,
      host_reservation_id: lease.reservations[0]!.id,
      node_type: 'storage_nvme',
      nodes_requested: 1,
      duration_minutes: 60,
    });
  });
});

describe('the calendar', () => {
  it('joins hosts with their allocations, the same fetched or given', async () => {
    const loaded = await loadCalendar(cloud);
    const [hosts, allocations] = await Promise.all([
      blazar.hosts.list(cloud.blazar),
      blazar.allocations.list(cloud.blazar),
    ]);
    expect(calendarHosts(hosts, allocations)).toEqual(loaded);
    expect(loaded.length).toBe(8);
    expect(loaded.some((h) => h.busy.length > 0)).toBe(true);
    expect(loaded[0]!.capabilities).toHaveProperty('node_type');
  });
});
