/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Blazar hosts, their extra capabilities, properties, and the allocation endpoints.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterAll(() => sim.close());

describe('os-hosts', () => {
  it('lists every host with its columns and the node flattened into string capabilities', async () => {
    const r = await c.get('/reservation/v1/os-hosts');
    expect(r.status).toBe(200);
    const hosts = r.body.hosts;
    expect(hosts.map((h: any) => h.id)).toEqual([
      '1057',
      '1132',
      '1635',
      '1682',
      '1716',
      '3302',
      '3305',
      '3321',
    ]);
    const rtx = hosts.find((h: any) => h.node_type === 'gpu_rtx_6000');
    expect(rtx).toMatchObject({
      hypervisor_type: 'ironic',
      vcpus: 48,
      memory_mb: 196608,
      reservable: true,
      'gpu.gpu': 'True',
      'gpu.gpu_count': '1',
      'architecture.platform_type': 'x86_64',
      'architecture.smt_size': '48',
      'placement.rack': expect.any(String),
      cpu_arch: 'x86_64',
    });
    expect(rtx.uid).toBe(rtx.hypervisor_hostname);
    expect(rtx.node_name).toMatch(/^\w+/);
    for (const h of hosts) {
      for (const [k, v] of Object.entries(h)) if (k.includes('.')) expect(typeof v).toBe('string');
    }
  });

  it('shows one host, and answers an unknown one with Blazar 404', async () => {
    const one = await c.get('/reservation/v1/os-hosts/1635');
    expect(one.body.host).toMatchObject({ id: '1635', node_type: 'compute_skylake' });
    const none = await c.get('/reservation/v1/os-hosts/9999');
    expect(none.status).toBe(404);
    expect(none.body).toEqual({
      error_code: 404,
      error_message: "Object with {'host_id': '9999'} not found",
      error_name: 404,
    });
  });

  it('lists property names, and with ?detail their distinct values', async () => {
    const names = (await c.get('/reservation/v1/os-hosts/properties')).body.resource_properties;
    expect(names).toEqual(
      expect.arrayContaining([{ property: 'node_type' }, { property: 'gpu.gpu' }, { property: 'uid' }]),
    );
    const detail = (await c.get('/reservation/v1/os-hosts/properties?detail=1')).body.resource_properties;
    const nodeType = detail.find((p: any) => p.property === 'node_type');
    expect(nodeType).toEqual({
      property: 'node_type',
      private: false,
      values: ['compute_cascadelake_r', 'compute_skylake', 'gpu_rtx_6000', 'gpu_v100', 'storage_nvme'],
      is_unique: false,
    });
    expect(detail.find((p: any) => p.property === 'uid').is_unique).toBe(true);
  });
});

describe('allocations', () => {
  it('list every host, each with the reservations of leases that end after now', async () => {
    const all = (await c.get('/reservation/v1/os-hosts/allocations')).body.allocations;
    expect(all).toHaveLength(8);
    const byHost = Object.fromEntries(all.map((a: any) => [a.resource_id, a.reservations]));
    expect(byHost['1682']).toEqual([]);
    expect(byHost['1635']).toEqual([
      {
        id: expect.any(String),
        lease_id: expect.any(String),
        start_date: expect.stringMatching(/T\d\d:\d\d:00\.000000$/),
        end_date: expect.any(String),
        extras: {},
      },
    ]);
    expect(byHost['3302']).toHaveLength(1);
  });

  it('hide leases that ended, unless asked for by lease_id or reservation_id', async () => {
    const local = await start();
    try {
      const l = await new Client(local).login();
      const before = (await l.get('/reservation/v1/os-hosts/3302/allocation')).body.allocation;
      expect(before.reservations).toHaveLength(1);
      const leaseId = before.reservations[0].lease_id;
      local.clock.advance(7 * 3600_000);
      expect((await l.get('/reservation/v1/os-hosts/3302/allocation')).body.allocation).toEqual({
        resource_id: '3302',
        reservations: [],
      });
      const byLease = await l.get(`/reservation/v1/os-hosts/allocations?lease_id=${leaseId}`);
      const listed = byLease.body.allocations.flatMap((a: any) => a.reservations);
      expect(listed.map((r: any) => r.lease_id)).toEqual([leaseId]);
      expect(byLease.body.allocations).toHaveLength(8);
      const byReservation = await l.get(
        `/reservation/v1/os-hosts/3302/allocation?reservation_id=${before.reservations[0].id}`,
      );
      expect(byReservation.body.allocation.reservations).toHaveLength(1);
    } finally {
      await local.close();
    }
  });

  it('show a new lease on its host, with the owner in extras', async () => {
    const lease = (await c.leaseCreate({}, { resource_properties: '["==","$node_type","storage_nvme"]' }))
      .body.lease;
    const all = (
      await c.get(`/reservation/v1/os-hosts/allocations?reservation_id=${lease.reservations[0].id}`)
    ).body.allocations;
    const mine = all.find((a: any) => a.reservations.length > 0);
    expect(mine.resource_id).toBe('3305');
    expect(mine.reservations[0]).toMatchObject({ lease_id: lease.id, extras: { user_name: 'demo' } });
    expect((await c.get('/reservation/v1/os-hosts/4242/allocation')).status).toBe(404);
  });
});
