/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Failed hosts and PUT /os-hosts/{id}/allocation: Blazar's policy, the admin route, the healing of a lease that has
// not started, and the flags a failure leaves.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, DAY, blazarDate, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterAll(() => sim.close());

const hostsOf = async (leaseId: string) =>
  (await c.get(`/reservation/v1/leases/${leaseId}/hosts`)).body.hosts.map((h: any) => h.id);

describe('reallocation', () => {
  it('needs the lease id (admin-only without it) and a lease and host that exist', async () => {
    const { lease } = await c.activeLease({ resource_properties: '["==","$node_type","gpu_rtx_6000"]' });
    const [host] = await hostsOf(lease.id);
    const noLease = await c.put(`/reservation/v1/os-hosts/${host}/allocation`, {});
    expect(noLease.status).toBe(403);
    expect(noLease.body.error_message).toBe(
      "Policy doesn't allow blazar:oshosts:reallocate to be performed.",
    );
    expect((await c.put('/reservation/v1/os-hosts/9999/allocation', { lease_id: lease.id })).status).toBe(
      404,
    );
    const unknown = await c.put(`/reservation/v1/os-hosts/${host}/allocation`, { lease_id: 'nope' });
    expect(unknown.status).toBe(404);
  });

  it('the admin route fails a host by node name, and shows it in os-hosts and the state', async () => {
    const { lease } = await c.activeLease({
      resource_properties: '["==","$node_type","compute_cascadelake_r"]',
    });
    const [id] = await hostsOf(lease.id);
    const node = (await c.get(`/reservation/v1/os-hosts/${id}`)).body.host.node_name;
    const failed = await c.post(`/_sim/hosts/${node}/failure`, {});
    expect(failed.status).toBe(200);
    expect(failed.body).toMatchObject({ id, node_name: node, failed: true });
    const list = (await c.get('/reservation/v1/os-hosts')).body.hosts;
    expect(list.find((h: any) => h.id === id).reservable).toBe(false);
    const shown = (await c.get(`/reservation/v1/leases/${lease.id}`)).body.lease;
    expect(shown.degraded).toBe(true);
    expect(shown.reservations[0].missing_resources).toBe(true);
    expect((sim.state() as any).failed_hosts).toContainEqual({ id, node_name: node });
    expect((await c.post('/_sim/hosts/nowhere/failure', {})).status).toBe(404);
    const back = await c.del(`/_sim/hosts/${id}/failure`);
    expect(back.body.failed).toBe(false);
    // The flags stay, as Blazar's do.
    expect((await c.get(`/reservation/v1/leases/${lease.id}`)).body.lease.degraded).toBe(true);
  });

  it('a lease that has not started moves to a free host at once, without being degraded', async () => {
    const now = sim.clock.now().getTime();
    const created = await c.leaseCreate(
      { name: 'later', start_date: blazarDate(now + DAY), end_date: blazarDate(now + 2 * DAY) },
      { resource_properties: '["==","$node_type","compute_skylake"]' },
    );
    expect(created.status).toBe(201);
    const id = created.body.lease.id;
    const [before] = await hostsOf(id);
    sim.failHost(before);
    const after = await hostsOf(id);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    const lease = (await c.get(`/reservation/v1/leases/${id}`)).body.lease;
    expect(lease.degraded).toBe(false);
    expect(lease.reservations[0]).toMatchObject({ missing_resources: false, resources_changed: false });
  });
});
