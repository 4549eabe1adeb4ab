// Real Neutron and Blazar routes the simulator leaves out answer 501 in the service's error body, not 404.
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

describe('routes not simulated', () => {
  it('answers a Neutron route it leaves out with 501 NotImplemented', async () => {
    const res = await c.get('/network/v2.0/trunks');
    expect(res.status).toBe(501);
    expect(res.body).toEqual({
      NeutronError: {
        type: 'NotImplemented',
        message: 'GET /network/v2.0/trunks exists in Neutron but is not simulated by envboot sim.',
        detail: '',
      },
    });
    expect((await c.put('/network/v2.0/networks/abc', { network: { name: 'y' } })).status).toBe(501);
  });

  it('answers a Blazar route it leaves out with 501 in Blazar body', async () => {
    const res = await c.post('/reservation/v1/os-hosts', { name: 'h' });
    expect(res.status).toBe(501);
    expect(res.body).toMatchObject({ error_code: 501 });
  });

  it('still answers an unknown path with 404', async () => {
    expect((await c.get('/network/v2.0/no-such-thing')).status).toBe(404);
  });
});
