/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// The admin API (/_sim): state, stats, faults and the clock.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, MINUTE, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeEach(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterEach(() => sim.close());

describe('GET /_sim/state', () => {
  it('shows every lease with its status and hosts, servers with their user data, floating IPs with their port, and key pairs', async () => {
    await c.post('/compute/v2.1/os-keypairs', {
      keypair: {
        name: 'k',
        public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEkmSyvOswNlRLO1NaDxrp8sx/wmy8Os9FDrcNt5SFL5 x',
      },
    });
    const { lease, reservationId } = await c.activeLease();
    const userData = Buffer.from('#cloud-config\n').toString('base64');
    const serverId = (await c.serverCreate(reservationId, { key_name: 'k', user_data: userData })).body.server
      .id;
    sim.clock.advance(11 * MINUTE);
    const port = (await c.get(`/network/v2.0/ports?device_id=${serverId}`)).body.ports[0];
    await c.post('/network/v2.0/floatingips', {
      floatingip: { floating_network_id: await c.network('public'), port_id: port.id },
    });
    const state = (await new Client(sim).get('/_sim/state')).body;
    // The same state in process, read a moment later: the clock (at speed 1) may have passed a second since.
    const { clock: later, ...same } = sim.state() as { clock: Record<string, string | number> };
    expect({ ...state, clock: undefined }).toEqual({ ...same, clock: undefined });
    expect({ ...state.clock, now: undefined, wall: undefined }).toEqual({
      ...later,
      now: undefined,
      wall: undefined,
    });
    expect(Date.parse(String(later.now))).toBeGreaterThanOrEqual(Date.parse(state.clock.now));
    expect(state.clock).toMatchObject({ speed: 1, offset_ms: expect.any(Number) });
    expect(state.seed).toMatchObject({ name: 'small', hosts: 8, calendar_leases: 3 });
    expect(state.leases).toEqual([
      expect.objectContaining({
        id: lease.id,
        status: 'ACTIVE',
        servers: [serverId],
        reservations: [
          expect.objectContaining({
            id: reservationId,
            hosts: [expect.objectContaining({ node_type: 'compute_skylake' })],
          }),
        ],
      }),
    ]);
    expect(state.servers).toEqual([
      expect.objectContaining({
        id: serverId,
        status: 'ACTIVE',
        key_name: 'k',
        user_data: userData,
        port_id: port.id,
      }),
    ]);
    expect(state.floating_ips).toEqual([
      expect.objectContaining({ address: '192.5.87.10', port_id: port.id, server_id: serverId }),
    ]);
    expect(state.keypairs).toEqual([expect.objectContaining({ name: 'k', user_id: sim.identity.userId })]);
  });
});

describe('GET /_sim/stats', () => {
  it('counts requests per method and route, plus a total; the admin API is not counted; DELETE resets', async () => {
    await c.get('/reservation/v1/leases');
    await c.get('/reservation/v1/leases/nope');
    await c.get('/nowhere');
    const stats = (await c.get('/_sim/stats')).body;
    expect(stats).toEqual({
      'POST /v3/auth/tokens': 1,
      'GET /reservation/v1/leases': 1,
      'GET /reservation/v1/leases/{lease_id}': 1,
      'GET (no route)': 1,
      total: 4,
      faults_injected: 0,
    });
    expect(sim.stats()).toEqual(stats);
    expect((await c.del('/_sim/stats')).status).toBe(204);
    expect(sim.stats()).toEqual({ total: 0, faults_injected: 0 });
  });
});

describe('/_sim/faults', () => {
  it('sets faults from JSON, from the text form, or from {"spec": text}, shows and clears them', async () => {
    const json = await c.post('/_sim/faults', { rules: [{ route: 'GET /image/**', status: 503, first: 1 }] });
    expect(json.status).toBe(200);
    expect(json.body).toEqual({ rules: [{ route: 'GET /image/**', status: 503, first: 1 }] });
    expect((await c.get('/image/v2/images')).status).toBe(503);
    const text = await c.call('POST', '/_sim/faults', 'lease-error=next,seed=3', {
      'Content-Type': 'text/plain',
    });
    expect(text.body).toEqual({ seed: 3, leaseError: 'next' });
    expect((await c.post('/_sim/faults', { spec: 'fip-pool=0' })).body).toEqual({ floatingIpPool: 0 });
    expect((await c.get('/_sim/faults')).body).toEqual({ floatingIpPool: 0 });
    expect((await c.del('/_sim/faults')).status).toBe(204);
    expect((await c.get('/_sim/faults')).body).toEqual({});
  });

  it('refuses bad specs with 400 and a message, keeping the faults in force', async () => {
    await c.post('/_sim/faults', { leaseError: 'all' });
    const bad = await c.post('/_sim/faults', { rules: [{ route: 'GET /x', status: 404, first: 1 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/status must be 5xx or 429/);
    expect((await c.call('POST', '/_sim/faults', '{not json')).status).toBe(400);
    expect((await c.get('/_sim/faults')).body).toEqual({ leaseError: 'all' });
  });
});

describe('/_sim/clock', () => {
  it('advances, jumps to a date and changes the speed; it never goes back', async () => {
    const before = sim.clock.now().getTime();
    const r = await c.post('/_sim/clock', { advance: 3600_000 });
    expect(r.status).toBe(200);
    expect(Date.parse(r.body.now) - before).toBeGreaterThanOrEqual(3600_000 - 1000);
    const to = new Date(sim.clock.now().getTime() + 2 * 3600_000).toISOString();
    expect((await c.post('/_sim/clock', { to })).status).toBe(200);
    const fast = await c.post('/_sim/clock', { speed: 120 });
    expect(fast.body.speed).toBe(120);
    expect(sim.clock.speed).toBe(120);
    expect((await c.get('/reservation/v1/leases')).headers.get('x-sim-clock-speed')).toBe('120');
    expect((await c.post('/_sim/clock', { to: '2000-01-01T00:00:00Z' })).status).toBe(400);
    expect((await c.post('/_sim/clock', { speed: 0.5 })).body.error.message).toMatch(/from 1 to/);
    expect((await c.post('/_sim/clock', { advance: -5 })).status).toBe(400);
    expect((await c.post('/_sim/clock', { rewind: 5 })).status).toBe(400);
    expect((await c.get('/_sim/clock')).body.speed).toBe(120);
  });

  it('makes due work happen: a lease starts when the clock jumps past its start', async () => {
    const id = (await c.leaseCreate()).body.lease.id;
    await c.post('/_sim/clock', { advance: 60_000 });
    expect((sim.state() as any).leases[0]).toMatchObject({ id, status: 'ACTIVE' });
  });
});
