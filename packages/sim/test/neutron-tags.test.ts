/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Neutron over HTTP: tags on floating IPs, networks and ports (add one, replace all, check, remove one or all).
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

async function floatingIp(): Promise<any> {
  const pub = (await c.get('/network/v2.0/networks?name=public')).body.networks[0];
  return (await c.post('/network/v2.0/floatingips', { floatingip: { floating_network_id: pub.id } })).body
    .floatingip;
}

describe('tags', () => {
  it('adds, checks, lists, replaces and removes the tags of a floating IP', async () => {
    const fip = await floatingIp();
    const base = `/network/v2.0/floatingips/${fip.id}/tags`;
    const put = await c.call('PUT', `${base}/envboot`);
    expect(put.status).toBe(201);
    expect(put.text).toBe('');
    expect((await c.call('PUT', `${base}/envboot`)).status).toBe(201);
    expect((await c.get(`${base}/envboot`)).status).toBe(204);
    expect((await c.get(base)).body).toEqual({ tags: ['envboot'] });
    const shown = (await c.get(`/network/v2.0/floatingips/${fip.id}`)).body.floatingip;
    expect(shown).toMatchObject({ tags: ['envboot'], revision_number: fip.revision_number + 1 });
    expect(
      (await c.get('/network/v2.0/floatingips?tags=envboot')).body.floatingips.map((f: any) => f.id),
    ).toEqual([fip.id]);

    const replaced = await c.put(base, { tags: ['a', 'b'] });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toEqual({ tags: ['a', 'b'] });
    expect((await c.del(`${base}/a`)).status).toBe(204);
    const missing = await c.del(`${base}/a`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      NeutronError: {
        type: 'TagNotFound',
        message: `Tag a could not be found for floatingip ${fip.id}.`,
        detail: '',
      },
    });
    expect((await c.del(base)).status).toBe(204);
    expect((await c.get(base)).body).toEqual({ tags: [] });
  });

  it('tags networks and ports, and answers 404 for an unknown resource', async () => {
    const net = (await c.post('/network/v2.0/networks', { network: { name: 'x' } })).body.network;
    expect((await c.call('PUT', `/network/v2.0/networks/${net.id}/tags/t1`)).status).toBe(201);
    expect((await c.get(`/network/v2.0/networks/${net.id}`)).body.network.tags).toEqual(['t1']);
    const port = (await c.post('/network/v2.0/ports', { port: { network_id: net.id } })).body.port;
    expect((await c.put(`/network/v2.0/ports/${port.id}/tags`, { tags: ['p'] })).body).toEqual({
      tags: ['p'],
    });
    expect((await c.get(`/network/v2.0/ports/${port.id}`)).body.port.tags).toEqual(['p']);
    const unknown = await c.call('PUT', '/network/v2.0/ports/nope/tags/t');
    expect(unknown.status).toBe(404);
    expect(unknown.body.NeutronError.type).toBe('PortNotFound');
  });

  it("refuses to tag the site's shared network", async () => {
    const shared = (await c.get('/network/v2.0/networks?name=sharednet1')).body.networks[0];
    expect((await c.call('PUT', `/network/v2.0/networks/${shared.id}/tags/mine`)).status).toBe(403);
  });
});
