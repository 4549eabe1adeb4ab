/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Server actions: addFloatingIp and removeFloatingIp, also without a microversion header (Nova then serves 2.1);
// the actions the simulator does not simulate answer 501, unknown ones 404.
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

/** A booted server and a floating IP of the project, not attached. */
async function serverAndAddress(): Promise<{ id: string; address: string; fipId: string }> {
  const { reservationId } = await c.activeLease();
  const id = (await c.serverCreate(reservationId)).body.server.id;
  sim.clock.advance(11 * MINUTE);
  const fip = (
    await c.post('/network/v2.0/floatingips', {
      floatingip: { floating_network_id: await c.network('public') },
    })
  ).body.floatingip;
  return { id, address: fip.floating_ip_address, fipId: fip.id };
}

const action = (id: string, body: unknown, headers: Record<string, string> = {}) =>
  c.post(`/compute/v2.1/servers/${id}/action`, body, headers);

const addresses = async (id: string) =>
  Object.values((await c.get(`/compute/v2.1/servers/${id}`)).body.server.addresses as Record<string, any[]>)
    .flat()
    .map((a) => [a.addr, a['OS-EXT-IPS:type']]);

describe('floating IP actions', () => {
  it('attach and detach an address without a microversion header', async () => {
    const { id, address, fipId } = await serverAndAddress();
    const added = await action(id, { addFloatingIp: { address } });
    expect(added.status).toBe(202);
    expect(added.text).toBe('');
    expect(added.headers.get('openstack-api-version')).toBe('compute 2.1');
    expect(await addresses(id)).toContainEqual([address, 'floating']);
    const port = (await c.get(`/network/v2.0/floatingips/${fipId}`)).body.floatingip.port_id;
    expect(port).not.toBeNull();

    const removed = await action(id, { removeFloatingIp: { address } });
    expect(removed.status).toBe(202);
    expect(await addresses(id)).not.toContainEqual([address, 'floating']);
    expect((await c.get(`/network/v2.0/floatingips/${fipId}`)).body.floatingip.port_id).toBeNull();
  });

  it('answer 404 for an unknown address, 409 to detach one not attached, 404 after 2.43', async () => {
    const { id, address } = await serverAndAddress();
    const unknown = await action(id, { addFloatingIp: { address: '10.9.9.9' } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.itemNotFound.message).toBe('Floating IP not found for address 10.9.9.9.');
    const detached = await action(id, { removeFloatingIp: { address } });
    expect(detached.status).toBe(409);
    expect(detached.body.conflictingRequest.message).toBe(
      `Floating IP ${address} is not associated with instance ${id}.`,
    );
    const modern = await action(
      id,
      { addFloatingIp: { address } },
      { 'OpenStack-API-Version': 'compute 2.44' },
    );
    expect(modern.status).toBe(404);
    expect(modern.body.itemNotFound.message).toBe('There is no such action: addFloatingIp');
  });

  it('refuse a fixed address the server does not have', async () => {
    const { id, address } = await serverAndAddress();
    const r = await action(id, { addFloatingIp: { address, fixed_address: '10.0.0.1' } });
    expect(r.status).toBe(400);
  });
});

describe('other actions', () => {
  it('answer 501 for a real action that is not simulated, 404 for an unknown one, 400 for a malformed body', async () => {
    const { id } = await serverAndAddress();
    const reboot = await action(id, { reboot: { type: 'HARD' } });
    expect(reboot.status).toBe(501);
    expect(reboot.body.notImplemented.message).toMatch(/reboot .*not simulated/);
    const unknown = await action(id, { fly: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.body.itemNotFound.message).toBe('There is no such action: fly');
    expect((await action(id, '{')).status).toBe(400);
    expect((await action('00000000-0000-0000-0000-000000000000', { reboot: {} })).status).toBe(404);
  });
});
