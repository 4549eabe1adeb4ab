import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { createCloudContext, type CloudStepContext } from '@envboot/openstack';
import { baseContext, simEnv, stepArgs } from '@envboot/testkit';
import { okEnvelope, validateAgainst } from '@envboot/core';
import { toInput } from '../src/input.js';
import { run } from '../src/run.js';

let sim: Sim;
const context = (dryRun = false): Promise<CloudStepContext> =>
  createCloudContext(stepArgs(), baseContext({ dryRun }), { env: simEnv(sim.url) });
const leasesNamed = (name: string) =>
  (sim.state() as { leases: Array<{ name: string }> }).leases.filter((l) => l.name === name);

beforeAll(async () => {
  // Nothing here waits for the clock: at the wall clock's pace, how busy the machine is changes no window.
  sim = await startSim({ port: 0, seed: 'small', speed: 1 });
});
afterAll(() => sim.close());

describe('lease-create against the simulator', () => {
  it('reserves hosts of a node type and reports the lease and reservation ids', async () => {
    const input = toInput(
      stepArgs({ nodeType: 'compute_skylake', nodes: 1, duration: '2h', name: 'lc-basic' }),
      undefined,
    );
    const data = await run(input, await context());
    expect(validateAgainst('lease', data)).toEqual({ valid: true });
    expect(data.lease_id).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(data.reservation_id).toBe(data.lease_id);
    expect(data.host_reservation_id).not.toBe(data.lease_id);
    expect(data.reservations?.[0]).toMatchObject({ resource_type: 'physical:host', min: 1, max: 1 });
    expect(data.node_type).toBe('compute_skylake');
    expect(data.duration_minutes).toBe(120);
    expect(leasesNamed('lc-basic')).toHaveLength(1);
  });

  it('never books twice under one name: CONFLICT, or the same lease with --reuse', async () => {
    const args = stepArgs({ nodeType: 'compute_skylake', nodes: 1, duration: '1h', name: 'lc-twice' });
    const first = await run(toInput(args, undefined), await context());
    await expect(run(toInput(args, undefined), await context())).rejects.toMatchObject({ code: 'CONFLICT' });
    const again = await run(toInput({ ...args, reuse: true }, undefined), await context());
    expect(again).toMatchObject({ lease_id: first.lease_id, reused: true });
    expect(leasesNamed('lc-twice')).toHaveLength(1);
  });

  it('takes node type, count and window from a piped capacity envelope', async () => {
    const start = new Date(Date.now() + 3 * 3_600_000);
    start.setUTCSeconds(0, 0);
    const end = new Date(start.getTime() + 90 * 60_000);
    const upstream = okEnvelope(
      { kind: 'capacity', context: { site: 'sim' } },
      {
        site: 'sim',
        node_type: 'compute_skylake',
        resource_properties: '["==","$node_type","compute_skylake"]',
        start: start.toISOString().replace('.000', ''),
        end: end.toISOString().replace('.000', ''),
        duration_minutes: 90,
        available_nodes: 2,
        nodes: [],
        nodes_requested: 1,
        earliest: null,
        dry_run: false,
      },
    );
    const input = toInput(stepArgs(), upstream);
    expect(input).toMatchObject({ nodes: 1, nodeType: 'compute_skylake' });
    expect(input.window.start.toISOString()).toBe(start.toISOString());
    const data = await run(input, await context());
    expect(data.status).toBe('PENDING');
    expect(data.start).toBe(start.toISOString().replace('.000', ''));
  });

  it('says when the request would fit when there are not enough hosts', async () => {
    const input = toInput(
      stepArgs({ nodeType: 'gpu_rtx_6000', nodes: 50, duration: '1h', name: 'lc-too-many' }),
      undefined,
    );
    await expect(run(input, await context())).rejects.toMatchObject({
      code: 'INSUFFICIENT_CAPACITY',
      hint: expect.stringMatching(/fewer than 50 matching host/),
      cloud: expect.objectContaining({ service: 'reservation', status: 500 }),
    });
    expect(leasesNamed('lc-too-many')).toHaveLength(0);
  });

  it('points to the earliest window that would fit when the hosts are taken', async () => {
    const all = await run(
      toInput(
        stepArgs({ nodeType: 'gpu_rtx_6000', nodes: 2, duration: '3h', name: 'lc-all-gpus' }),
        undefined,
      ),
      await context(),
    );
    const input = toInput(
      stepArgs({ nodeType: 'gpu_rtx_6000', nodes: 1, duration: '1h', name: 'lc-one-more' }),
      undefined,
    );
    const err = (await run(input, await context()).catch((e: unknown) => e)) as {
      code: string;
      hint: string;
      details: { earliest: { start: string } | null };
    };
    expect(err.code).toBe('INSUFFICIENT_CAPACITY');
    expect(err.details.earliest).not.toBeNull();
    expect(Date.parse(err.details.earliest!.start)).toBeGreaterThanOrEqual(Date.parse(all.end!));
    expect(err.hint).toMatch(/try --start "\d{4}-\d{2}-\d{2} \d{2}:\d{2}"/);
  });

  it('names the known node types when Blazar finds no host of an unknown one', async () => {
    const input = toInput(stepArgs({ nodeType: 'gpu_h200', duration: '1h' }), undefined);
    await expect(run(input, await context())).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'node-type',
      hint: expect.stringContaining('compute_skylake'),
    });
  });

  it('refuses a lease longer than the site allows before sending anything', async () => {
    const ctx = await context();
    const input = toInput(stepArgs({ nodeType: 'compute_skylake', duration: '8d' }), undefined);
    await expect(run(input, ctx)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'duration' });
    expect(ctx.metrics.requests).toBe(0);
  });

  it('creates nothing with --dry-run and shows the request', async () => {
    const ctx = await context(true);
    const data = await run(
      toInput(stepArgs({ nodeType: 'compute_skylake', name: 'lc-dry', floatingIps: 1 }), undefined),
      ctx,
    );
    expect(data).toMatchObject({ status: 'DRY_RUN', dry_run: true });
    // Placeholder ids, for the next command's --dry-run.
    expect(data.lease_id).toMatch(/^dry-run-lease-[0-9a-f]{8}$/);
    expect(data.floatingip_reservation_id).toMatch(/^dry-run-fip-reservation-[0-9a-f]{8}$/);
    expect(validateAgainst('lease', data)).toEqual({ valid: true });
    expect((data.request as { reservations: unknown[] }).reservations).toHaveLength(2);
    expect(ctx.metrics.requests).toBe(0);
    expect(leasesNamed('lc-dry')).toHaveLength(0);
  });
});
