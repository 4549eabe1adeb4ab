/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Every fault over real HTTP: latency, 5xx and 429 per route, first-N, dropped connections, faults after the work
// was done (no double booking for a client that looks before it retries), token expiry, and determinism.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeEach(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterEach(() => sim.close());

describe('faults', () => {
  it('add latency to every request, or to one route', async () => {
    // The other route's bound is loose (a busy machine can be slow), but well below the latency it must not get.
    sim.setFaults('latency@GET /reservation/v1/os-hosts=2000');
    let t = performance.now();
    await c.get('/reservation/v1/os-hosts');
    expect(performance.now() - t).toBeGreaterThanOrEqual(1995);
    t = performance.now();
    await c.get('/reservation/v1/leases');
    expect(performance.now() - t).toBeLessThan(1500);
    sim.setFaults({ latency: 80 });
    t = performance.now();
    await c.get('/reservation/v1/leases');
    expect(performance.now() - t).toBeGreaterThanOrEqual(75);
  });

  it("answer a route with 503 and Retry-After, in that service's error shape, leaving other routes alone", async () => {
    sim.setFaults('503@POST /reservation/v1/leases=1');
    const r = await c.leaseCreate();
    expect(r.status).toBe(503);
    expect(r.headers.get('retry-after')).toBe('1');
    expect(r.body).toEqual({ error_code: 503, error_message: 'Simulated fault: HTTP 503', error_name: 503 });
    expect((await c.get('/reservation/v1/leases')).body.leases).toEqual([]);
    sim.setFaults('500@GET /compute/**=1,503@GET /network/**=1');
    expect((await c.get('/compute/v2.1/flavors')).body).toEqual({
      computeFault: { code: 500, message: 'Simulated fault: HTTP 500' },
    });
    expect((await c.get('/network/v2.0/networks')).body.NeutronError.type).toBe('ServiceUnavailable');
  });

  it('answer 429 with the Retry-After asked for', async () => {
    sim.setFaults({ rules: [{ route: 'GET /image/v2/images', status: 429, first: 1, retryAfter: 5 }] });
    const r = await c.get('/image/v2/images');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('5');
    expect((await c.get('/image/v2/images')).status).toBe(200);
  });

  it('fail the first N requests, then let them through (what a retry test needs)', async () => {
    sim.setFaults('502@GET /reservation/v1/leases=2x');
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await c.get('/reservation/v1/leases')).status);
    expect(codes).toEqual([502, 502, 200, 200]);
    expect(sim.stats()).toMatchObject({ 'GET /reservation/v1/leases': 4, faults_injected: 2 });
  });

  it('drop connections without an answer', async () => {
    sim.setFaults('drop@GET /reservation/v1/os-hosts=1x');
    await expect(c.get('/reservation/v1/os-hosts')).rejects.toThrow();
    expect((await c.get('/reservation/v1/os-hosts')).status).toBe(200);
  });

  it('drop the connection after the lease was created: it exists exactly once', async () => {
    sim.setFaults('drop-after@POST /reservation/v1/leases=1x');
    await expect(c.leaseCreate({ name: 'once' })).rejects.toThrow();
    const leases = (await c.get('/reservation/v1/leases')).body.leases;
    expect(leases.map((l: any) => l.name)).toEqual(['once']);
  });

  it('answer 503 after the lease was created', async () => {
    sim.setFaults('503-after@POST /reservation/v1/leases=1x');
    const r = await c.leaseCreate({ name: 'created-anyway' });
    expect(r.status).toBe(503);
    expect((await c.get('/reservation/v1/leases')).body.leases.map((l: any) => l.name)).toEqual([
      'created-anyway',
    ]);
  });

  it('make tokens expire after N seconds', async () => {
    // Expiry is cut to the second: a 3 s token lives at least 2 s, time enough for the first call on a busy machine.
    sim.setFaults('token-ttl=3');
    const short = await new Client(sim).login();
    const t = (await short.get('/v3/auth/tokens', { 'X-Subject-Token': short.token })).body.token;
    expect(Date.parse(t.expires_at) - Date.parse(t.issued_at)).toBe(3000);
    await new Promise((r) => setTimeout(r, 3100));
    expect((await short.get('/reservation/v1/leases')).status).toBe(401);
    expect((await c.get('/reservation/v1/leases')).status).toBe(200);
  });

  it('make every lease fail with lease-error=all', async () => {
    sim.setFaults('lease-error=all');
    const a = (await c.leaseCreate()).body.lease.id;
    const b = (await c.leaseCreate({}, { resource_properties: '["==","$node_type","gpu_rtx_6000"]' })).body
      .lease.id;
    expect((await c.leaseAfter(a, 30_000)).status).toBe('ERROR');
    expect((await c.leaseAfter(b, 0)).status).toBe('ERROR');
  });

  it('decide rates from the seed: the same seed, the same answers', async () => {
    const run = async (seed: number) => {
      sim.setFaults({ seed, rules: [{ route: 'GET /reservation/v1/leases', status: 500, rate: 0.5 }] });
      const out = [];
      for (let i = 0; i < 24; i++)
        out.push((await c.get('/reservation/v1/leases')).status === 500 ? 'x' : '.');
      return out.join('');
    };
    const first = await run(11);
    expect(await run(11)).toBe(first);
    expect(first).toMatch(/x/);
    expect(first).toMatch(/\./);
    expect(await run(12)).not.toBe(first);
  });

  it('are set at start-up from the text form', async () => {
    const faulty = await start({ faults: '503@GET /reservation/v1/leases=1x,seed=5' });
    try {
      const f = await new Client(faulty).login();
      expect((await f.get('/reservation/v1/leases')).status).toBe(503);
      expect((await f.get('/reservation/v1/leases')).status).toBe(200);
    } finally {
      await faulty.close();
    }
    await expect(start({ faults: 'nonsense' })).rejects.toThrow(/faults: "nonsense" has no "="/);
  });
});
