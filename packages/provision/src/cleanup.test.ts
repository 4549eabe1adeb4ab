// cleanUp against a simulator: a lease whose create was interrupted (a name, no id) is found by its name and the
// cloud's clock, whatever this machine's clock says.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger } from '@envboot/core';
import { startSim, type Sim } from '@envboot/sim';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { cleanUp } from './cleanup.js';
import { newState, type RunOptions } from './state/model.js';
import { newRunId } from './state/store.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
});
afterAll(() => sim.close());

const leaseIds = () => (sim.state() as { leases: Array<{ id: string }> }).leases.map((l) => l.id);

describe('cleanUp of an interrupted lease create', () => {
  it("finds the run's lease by name when this machine's clock runs ahead of the cloud's", async () => {
    const cloud = await simCloud(sim);
    const requestedAt = sim.clock.now().toISOString();
    const lease = await makeLease(sim, cloud, 'cu-interrupted', { nodeType: 'compute_skylake', wait: false });
    // The run was started on a machine whose clock is an hour ahead of the cloud's.
    const state = newState(newRunId(), { site: 'sim' } as RunOptions, new Date(Date.now() + 3_600_000));
    state.lease = {
      id: null,
      name: 'cu-interrupted',
      host_reservation_id: null,
      floatingip_reservation_id: null,
      requested_at: requestedAt,
    };
    const result = await cleanUp(cloud, state, { log: silentLogger(), waitMs: 60_000 });
    expect(result.removed).toContainEqual(expect.objectContaining({ type: 'lease', id: lease.id }));
    expect(leaseIds()).not.toContain(lease.id);
  });

  it('leaves a lease of the name that was there before the create was sent', async () => {
    const cloud = await simCloud(sim);
    const earlier = await makeLease(sim, cloud, 'cu-earlier', { nodeType: 'compute_skylake', wait: false });
    sim.clock.advance(10 * 60_000);
    const state = newState(newRunId(), { site: 'sim' } as RunOptions);
    state.lease = {
      id: null,
      name: 'cu-earlier',
      host_reservation_id: null,
      floatingip_reservation_id: null,
      requested_at: sim.clock.now().toISOString(),
    };
    const result = await cleanUp(cloud, state, { log: silentLogger(), waitMs: 60_000 });
    expect(result.removed).toEqual([]);
    expect(leaseIds()).toContain(earlier.id);
  });
});
