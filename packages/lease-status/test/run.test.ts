import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { CloudStepContext } from '@envboot/openstack';
import { stepArgs } from '@envboot/testkit';
import { makeLease, simCloud, simContext } from '@envboot/testkit-cloud';
import { okEnvelope, validateAgainst } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
const context = (): Promise<CloudStepContext> => simContext(sim);
const newLease = async (name: string, start: Date | 'now' = 'now', nodeType = 'compute_skylake') =>
  makeLease(sim, await simCloud(sim), name, { nodeType, start, hours: 1, wait: false });

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 600 });
});
afterAll(() => sim.close());

describe('lease-status against the simulator', () => {
  it('shows a lease by name without waiting', async () => {
    const lease = await newLease('ls-show');
    const data = await run(toInput(stepArgs({ lease: 'ls-show' }), undefined), await context());
    expect(validateAgainst('lease', data)).toEqual({ valid: true });
    expect(data).toMatchObject({ lease_id: lease.id, reservation_id: lease.id, polling: null });
  });

  it('waits until the piped lease is ACTIVE, with the original polling fields', async () => {
    const lease = await newLease('ls-wait');
    const upstream = okEnvelope(
      { kind: 'lease', context: { site: 'sim', lease: { id: lease.id } } },
      {
        reservation_id: lease.id,
        lease_id: lease.id,
        name: lease.name,
        status: lease.status,
        dry_run: false,
      },
    );
    const data = await run(toInput(stepArgs({ wait: '120', interval: 1 }), upstream), await context());
    expect(data.status).toBe('ACTIVE');
    expect(data.allocated).toBe(true);
    expect(data.polling).toMatchObject({ timeout_seconds: 120, interval_seconds: 1 });
    expect(data.polling!.poll_count).toBeGreaterThanOrEqual(1);
  });

  it('fails at once with LEASE_FAILED when the lease goes to ERROR', async () => {
    sim.setFaults({ leaseError: 'next' });
    const lease = await newLease('ls-error', 'now', 'compute_cascadelake_r');
    await expect(
      run(toInput(stepArgs({ lease: lease.id, wait: '600' }), undefined), await context()),
    ).rejects.toMatchObject({
      code: 'LEASE_FAILED',
      message: expect.stringContaining('ERROR'),
    });
    sim.clearFaults();
  });

  it('refuses at once a --wait that ends before the lease starts', async () => {
    const later = new Date(sim.clock.now().getTime() + 6 * 3_600_000);
    const lease = await newLease('ls-later', later, 'storage_nvme');
    await expect(
      run(toInput(stepArgs({ lease: lease.id, wait: '60' }), undefined), await context()),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'wait',
    });
  });

  it('answers NOT_FOUND for a lease that does not exist', async () => {
    await expect(
      run(toInput(stepArgs({ lease: 'no-such-lease' }), undefined), await context()),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
