// allocate --floating-ips allocates nothing it cannot hand over: not for a lease that will never run (ERROR, ended,
// being deleted), and not half of what was asked when the pool runs out midway.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { blazar, createCloudContext, neutron, waitFor, type CloudStepContext } from '@envboot/openstack';
import { baseContext, simEnv, stepArgs } from '@envboot/testkit';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
const context = (): Promise<CloudStepContext> =>
  createCloudContext(stepArgs(), baseContext(), { env: simEnv(sim.url) });

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000, faults: { leaseError: 'next' } });
});
afterAll(() => sim.close());

describe('allocate and a lease that will not run', () => {
  it('allocates no floating IP for a lease in ERROR, and says why', async () => {
    const cloud = await (await context()).cloud();
    const lease = await blazar.leases.create(cloud.blazar, {
      name: 'al-error',
      start: 'now',
      end: new Date(sim.clock.now().getTime() + 6 * 3_600_000),
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: JSON.stringify(['==', '$node_type', 'compute_skylake']),
        },
      ],
    });
    await waitFor(() => blazar.leases.get(cloud.blazar, lease.id), {
      until: (l) => l.status === 'ERROR',
      timeoutMs: 600_000,
      cloud,
    });
    await expect(
      run(toInput(stepArgs({ lease: 'al-error', floatingIps: 1 }), undefined), await context()),
    ).rejects.toMatchObject({ code: 'LEASE_FAILED', message: expect.stringContaining('is ERROR') });
    expect(await neutron.floatingips.list(cloud.neutron)).toEqual([]);
    // Without --floating-ips it still reports the lease as it is.
    const data = await run(toInput(stepArgs({ lease: 'al-error' }), undefined), await context());
    expect(data).toMatchObject({ status: 'ERROR', allocated: false, floating_ips: [] });
  });
});

describe('allocate when the pool runs out midway', () => {
  it('releases the addresses it made before the pool ran out', async () => {
    const cloud = await (await context()).cloud();
    const lease = await blazar.leases.create(cloud.blazar, {
      name: 'al-partial',
      start: 'now',
      end: new Date(sim.clock.now().getTime() + 6 * 3_600_000),
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: JSON.stringify(['==', '$node_type', 'storage_nvme']),
        },
      ],
    });
    await waitFor(() => blazar.leases.get(cloud.blazar, lease.id), {
      until: (l) => l.status === 'ACTIVE',
      timeoutMs: 600_000,
      cloud,
    });
    const before = await neutron.floatingips.list(cloud.neutron);
    sim.setFaults({ floatingIpPool: before.length + 1 });
    await expect(
      run(toInput(stepArgs({ lease: 'al-partial', floatingIps: 3 }), undefined), await context()),
    ).rejects.toMatchObject({
      code: 'INSUFFICIENT_CAPACITY',
      details: expect.objectContaining({ released: [expect.any(String)], remaining: [] }),
    });
    sim.clearFaults();
    expect(await neutron.floatingips.list(cloud.neutron)).toHaveLength(before.length);
  });
});
