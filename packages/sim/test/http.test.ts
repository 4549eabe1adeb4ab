/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// What every answer carries (request id, clock speed, a Date in virtual time), what unknown paths get, limits,
// and the whole life cycle at high speed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AnsweredRequest, Sim } from '../src/index.js';
import { Client, DAY, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeAll(async () => {
  sim = await start({ speed: 1 });
  c = await new Client(sim).login();
});
afterAll(() => sim.close());

describe('every answer', () => {
  it.each([
    '/v3',
    '/reservation/v1/leases',
    '/compute/v2.1/flavors',
    '/image/v2/images',
    '/network/v2.0/networks',
    '/reference/sites',
    '/nowhere',
  ])('of %s carries X-Openstack-Request-Id, X-Sim-Clock-Speed and a Date', async (path) => {
    const r = await c.get(path);
    expect(r.headers.get('x-openstack-request-id')).toMatch(
      /^req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(r.headers.get('x-sim-clock-speed')).toBe('1');
    expect(Date.parse(r.headers.get('date')!)).toBeGreaterThan(0);
  });

  it('is dated in virtual time', async () => {
    const local = await start();
    try {
      local.clock.advance(2 * DAY);
      const r = await new Client(local).get('/v3');
      const date = Date.parse(r.headers.get('date')!);
      expect(date - Date.now()).toBeGreaterThan(2 * DAY - 5000);
    } finally {
      await local.close();
    }
  });

  it("gives unknown paths the service's own 404 (Keystone's is an HTML page, as Flask sends it)", async () => {
    const ks = await c.get('/v3/nothing');
    expect(ks.status).toBe(404);
    expect(ks.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await c.get('/compute/v2.1/nothing')).body).toEqual({
      itemNotFound: { code: 404, message: 'The resource could not be found.' },
    });
    expect((await c.get('/network/v2.0/nothing')).body.NeutronError.type).toBe('HTTPNotFound');
    expect((await c.get('/_sim/nothing')).body.error.code).toBe(404);
  });

  it('is reported to onRequest once sent, with when it arrived and when it was answered', async () => {
    const seen: AnsweredRequest[] = [];
    const observed = await start({ onRequest: (r) => seen.push(r), faults: { latency: 30 } });
    try {
      const client = new Client(observed);
      await Promise.all([client.get('/v3'), client.get('/nowhere?x=1')]);
      expect(seen.map((r) => `${r.method} ${r.path} ${r.status}`).sort()).toEqual([
        'GET /nowhere 404',
        'GET /v3 200',
      ]);
      for (const r of seen) expect(r.answered - r.arrived).toBeGreaterThanOrEqual(29);
    } finally {
      await observed.close();
    }
  });

  it('refuses bodies over 1 MiB with 413', async () => {
    const r = await c.post('/v3/auth/tokens', 'x'.repeat(1024 * 1024 + 10));
    expect(r.status).toBe(413);
  });
});

describe('the whole life cycle at high speed', () => {
  it('runs by itself on the virtual clock: lease ACTIVE, server BUILD → ACTIVE, lease TERMINATED, server gone', async () => {
    // At speed 20,000 a 10-minute boot takes 30 ms of real time and the simulator moves every resource by itself.
    // The lease lasts a week (half a minute of real time), so however slow the machine, it is still there when the
    // server is up; then the clock jumps to its end, and the simulator ends it by itself. Each wait stops when the
    // state can no longer change in the expected way, so a wrong sequence fails instead of polling for ever.
    const fast = await start({ speed: 20_000 });
    try {
      const f = await new Client(fast).login();
      const end = new Date(fast.clock.now().getTime() + 7 * DAY).toISOString().slice(0, 16).replace('T', ' ');
      const lease = (await f.leaseCreate({ end_date: end })).body.lease;
      const seen: string[] = [];
      const note = (what: string) => {
        if (seen[seen.length - 1] !== what) seen.push(what);
      };
      const pause = () => new Promise((r) => setTimeout(r, 5));
      const leaseNow = async () => (await f.get(`/reservation/v1/leases/${lease.id}`)).body.lease;
      let current = lease;
      note(`lease ${current.status}`);
      while (current.status === 'PENDING' || current.status === 'STARTING') {
        await pause();
        current = await leaseNow();
        note(`lease ${current.status}`);
      }
      const serverId = (await f.serverCreate(current.reservations[0].id)).body.server.id;
      let server: any = { status: 'BUILD' };
      note(`server ${server.status}`);
      while (server?.status === 'BUILD') {
        await pause();
        server = (await f.get(`/compute/v2.1/servers/${serverId}`)).body.server;
        note(`server ${server?.status ?? 'gone'}`);
      }
      fast.clock.advance(7 * DAY);
      while (current.status === 'ACTIVE' || current.status === 'TERMINATING') {
        await pause();
        current = await leaseNow();
        if (current.status !== 'ACTIVE') note(`lease ${current.status}`);
      }
      let gone = 200;
      for (let i = 0; gone === 200 && i < 1000; i++) {
        await pause();
        gone = (await f.get(`/compute/v2.1/servers/${serverId}`)).status;
      }
      if (gone === 404) note('server gone');
      expect(seen.filter((s) => s !== 'lease STARTING' && s !== 'lease TERMINATING')).toEqual([
        'lease PENDING',
        'lease ACTIVE',
        'server BUILD',
        'server ACTIVE',
        'lease TERMINATED',
        'server gone',
      ]);
    } finally {
      await fast.close();
    }
  }, 120_000);
});
