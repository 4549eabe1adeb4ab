/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// The default seed: the 132 CHI@UC nodes and their real, shifted calendar.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start({ seed: 'uc' });
  c = await new Client(sim).login();
});
afterAll(() => sim.close());

describe('the CHI@UC seed', () => {
  it('serves 132 Blazar hosts joined with their reference-API nodes', async () => {
    const hosts = (await c.get('/reservation/v1/os-hosts')).body.hosts;
    expect(hosts).toHaveLength(132);
    const nodes = (await c.get('/reference/sites/uc/clusters/chameleon/nodes')).body;
    expect(nodes.total).toBe(132);
    const byUid = new Map(nodes.items.map((n: any) => [n.uid, n]));
    for (const h of hosts) expect((byUid.get(h.hypervisor_hostname) as any).node_type).toBe(h.node_type);
  });

  it('is busy now: most nodes are booked by other projects, and the calendar is relative to the start time', async () => {
    const allocations = (await c.get('/reservation/v1/os-hosts/allocations')).body.allocations;
    const now = sim.clock.now().getTime();
    const busyNow = allocations.filter((a: any) =>
      a.reservations.some(
        (r: any) => Date.parse(`${r.start_date}Z`) <= now && now < Date.parse(`${r.end_date}Z`),
      ),
    );
    expect(busyNow.length).toBeGreaterThan(100);
    const ends = allocations.flatMap((a: any) =>
      a.reservations.map((r: any) => Date.parse(`${r.end_date}Z`)),
    );
    expect(Math.min(...ends)).toBeGreaterThan(now);
    expect(Math.min(...ends) - now).toBeLessThan(3600_000);
  });

  it('reserves one of the two free compute_skylake nodes, and refuses a third', async () => {
    expect((await c.leaseCreate({}, { min: 2, max: 2 })).status).toBe(201);
    const third = await c.leaseCreate();
    expect(third.status).toBe(500);
    expect(third.body.error_message).toMatch(/^Not enough resources available with query/);
    const gpus = await c.leaseCreate(
      {},
      { min: 50, max: 50, resource_properties: '["==","$node_type","gpu_rtx_6000"]' },
    );
    expect(gpus.status).toBe(500);
  });
});
