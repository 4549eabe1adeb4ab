import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { glance, neutron, nova, type CloudStepContext } from '@envboot/openstack';
import { SERVER_METADATA } from '@envboot/leases';
import { stepArgs } from '@envboot/testkit';
import { makeLease, simCloud, simContext } from '@envboot/testkit-cloud';
import { validateAgainst } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
const context = (dryRun = false): Promise<CloudStepContext> => simContext(sim, { dryRun });
const activeLease = async (name: string, nodeType: string) =>
  makeLease(sim, await simCloud(sim), name, { nodeType });
const live = () => sim.state() as { leases: Array<{ id: string }>; servers: Array<{ id: string }> };

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
});
afterAll(() => sim.close());

describe('lease-delete against the simulator', () => {
  it('refuses to delete without --confirm, and deletes nothing', async () => {
    const lease = await activeLease('ld-confirm', 'compute_skylake');
    await expect(
      run(toInput(stepArgs({ lease: lease.id }), undefined), await context()),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'confirm',
    });
    expect(live().leases.some((l) => l.id === lease.id)).toBe(true);
  });

  it('deletes the lease and its servers and waits until both are gone', async () => {
    const lease = await activeLease('ld-servers', 'gpu_rtx_6000');
    const cloud = await (await context()).cloud();
    const [image, flavor, net] = await Promise.all([
      glance.images.findByName(cloud.glance, 'CC-Ubuntu22.04'),
      nova.flavors.findByName(cloud.nova, 'baremetal'),
      neutron.networks.findByName(cloud.neutron, 'sharednet1'),
    ]);
    const server = await nova.servers.create(cloud.nova, {
      name: 'ld-server',
      imageRef: image.id,
      flavorRef: flavor.id,
      networks: [{ uuid: net.id }],
      reservation: lease.reservations[0]!.id,
      metadata: { [SERVER_METADATA.lease]: lease.id },
    });
    const data = await run(
      toInput(stepArgs({ lease: 'ld-servers', confirm: true, wait: '600', withServers: true }), undefined),
      await context(),
    );
    expect(validateAgainst('lease-deletion', data)).toEqual({ valid: true });
    expect(data).toMatchObject({
      status: 'deleted',
      lease_id: lease.id,
      servers_deleted: [server.id],
      action: 'delete',
    });
    expect(live().leases.some((l) => l.id === lease.id)).toBe(false);
  });

  it('treats a missing lease as done with --treat-not-found-as-ok, and as NOT_FOUND without', async () => {
    const ref = '00000000-0000-4000-8000-00000000dead';
    await expect(
      run(toInput(stepArgs({ lease: ref, yes: true }), undefined), await context()),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const data = await run(
      toInput(stepArgs({ lease: ref, yes: true, treatNotFoundAsOk: true }), undefined),
      await context(),
    );
    expect(data).toMatchObject({ status: 'already_deleted', lease_id: ref });
  });

  it('deletes nothing with --dry-run', async () => {
    const lease = await activeLease('ld-dry', 'compute_skylake');
    const ctx = await context(true);
    const data = await run(toInput(stepArgs({ lease: lease.id }), undefined), ctx);
    expect(data).toMatchObject({ status: 'simulated', dry_run: true });
    expect(ctx.metrics.requests).toBe(0);
    expect(live().leases.some((l) => l.id === lease.id)).toBe(true);
  });
});
