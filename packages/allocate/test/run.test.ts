import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { blazar, reference, type CloudStepContext } from '@envboot/openstack';
import { makeLease, simCloud, simContext } from '@envboot/testkit-cloud';
import { stepArgs } from '@envboot/testkit';
import { createLogger, validateAgainst } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
const context = (): Promise<CloudStepContext> => simContext(sim);

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 2000 });
});
afterAll(() => sim.close());

describe('allocate against the simulator', () => {
  it('lists the hosts the lease received, with hardware from the reference API', async () => {
    // Six hours, not the default day: the seed's calendar leaves two such hosts free for that long only.
    const lease = await makeLease(sim, await simCloud(sim), 'al-gpu', { nodeType: 'gpu_rtx_6000', hours: 6 });
    const data = await run(toInput(stepArgs({ lease: 'al-gpu' }), undefined), await context());
    expect(validateAgainst('allocation', data)).toEqual({ valid: true });
    expect(data).toMatchObject({ lease_id: lease.id, allocated: true });
    expect(data.hosts).toHaveLength(1);
    const [host] = data.hosts;
    expect(host).toMatchObject({ node_type: 'gpu_rtx_6000', reservation_id: lease.reservations[0]!.id });
    expect(host?.hardware?.gpus?.[0]).toMatchObject({ vendor: 'NVIDIA', count: 1 });
    expect(host!.hardware?.ram_gib).toBeGreaterThan(0);
    expect(data.floating_ips).toEqual([]);
  });

  it('reads neither the hosts nor the reference nodes again when the caller has them', async () => {
    const cloud = await simCloud(sim);
    await makeLease(sim, cloud, 'al-known', { nodeType: 'gpu_rtx_6000', hours: 6 });
    const [hosts, nodes] = await Promise.all([
      blazar.hosts.list(cloud.blazar),
      reference.nodes.list(cloud.reference, 'uc'),
    ]);
    const fresh = await context();
    const input = { ...toInput(stepArgs({ lease: 'al-known' }), undefined), known: { hosts, nodes } };
    const data = await run(input, fresh);
    const unknown = await context();
    const reference_ = await run(toInput(stepArgs({ lease: 'al-known' }), undefined), unknown);
    expect(data.hosts).toEqual(reference_.hosts);
    expect(data.hosts[0]?.hardware?.gpus?.[0]).toMatchObject({ vendor: 'NVIDIA' });
    // Two requests fewer: the host list and the reference nodes.
    expect(unknown.metrics.requests - fresh.metrics.requests).toBe(2);
  });

  it('lists the hosts without their hardware when the reference API fails, and says so on the log', async () => {
    await makeLease(sim, await simCloud(sim), 'al-noref', { nodeType: 'storage_nvme' });
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _e, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const ctx = await context();
    ctx.log = createLogger({ level: 'warn', destination });
    sim.setFaults({ rules: [{ route: 'GET /reference/**', status: 500, rate: 1 }] });
    try {
      const data = await run(toInput(stepArgs({ lease: 'al-noref' }), undefined), ctx);
      expect(data.hosts).toHaveLength(1);
      expect(data.hosts[0]).toMatchObject({ node_type: 'storage_nvme', hardware: null });
    } finally {
      sim.clearFaults();
    }
    const warnings = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(warnings).toEqual([expect.objectContaining({ level: 40, code: 'CLOUD_API' })]);
  });

  it("shows the lease's reserved floating IPs", async () => {
    await makeLease(sim, await simCloud(sim), 'al-fip', { nodeType: 'compute_skylake', floatingIps: 1 });
    const data = await run(toInput(stepArgs({ lease: 'al-fip' }), undefined), await context());
    expect(data.floating_ips).toHaveLength(1);
    expect(data.floating_ips[0]).toMatchObject({ reserved: true });
  });

  it('allocates floating IPs for a lease that reserved none, once', async () => {
    await makeLease(sim, await simCloud(sim), 'al-adhoc', { nodeType: 'compute_skylake' });
    const first = await run(
      toInput(stepArgs({ lease: 'al-adhoc', floatingIps: 2 }), undefined),
      await context(),
    );
    expect(first.floating_ips.filter((f) => !f.reserved)).toHaveLength(2);
    const again = await run(
      toInput(stepArgs({ lease: 'al-adhoc', floatingIps: 2 }), undefined),
      await context(),
    );
    expect(again.floating_ips.map((f) => f.address).sort()).toEqual(
      first.floating_ips.map((f) => f.address).sort(),
    );
  });
});
