/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Neutron over HTTP: networks, subnets, ports (the device_id filter), floating IPs and the ad-hoc pool.
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

async function twoServers(): Promise<[string, string]> {
  const { reservationId } = await c.activeLease({ min: 2, max: 2 });
  const a = (await c.serverCreate(reservationId, { name: 'a' })).body.server.id;
  const b = (await c.serverCreate(reservationId, { name: 'b' })).body.server.id;
  sim.clock.advance(11 * MINUTE);
  return [a, b];
}

describe('networks and subnets', () => {
  it('has sharednet1 and the external network public, filterable by name, and 404 by name', async () => {
    const all = (await c.get('/network/v2.0/networks')).body.networks;
    expect(all.map((n: any) => [n.name, n.shared, n['router:external']])).toEqual([
      ['sharednet1', true, false],
      ['public', false, true],
    ]);
    expect((await c.get('/network/v2.0/networks?name=public')).body.networks.map((n: any) => n.name)).toEqual(
      ['public'],
    );
    expect(
      (await c.get('/network/v2.0/networks?router:external=True')).body.networks.map((n: any) => n.name),
    ).toEqual(['public']);
    expect((await c.get('/network/v2.0/networks?name=public&name=sharednet1')).body.networks).toHaveLength(2);
    expect(
      (await c.get('/network/v2.0/networks?name=public&fields=id&fields=name')).body.networks[0],
    ).toEqual({ id: expect.any(String), name: 'public' });
    const byName = await c.get('/network/v2.0/networks/sharednet1');
    expect(byName.status).toBe(404);
    expect(byName.body).toEqual({
      NeutronError: {
        type: 'NetworkNotFound',
        message: 'Network sharednet1 could not be found.',
        detail: '',
      },
    });
    const shared = all[0];
    expect((await c.get(`/network/v2.0/networks/${shared.id}`)).body.network.name).toBe('sharednet1');
    const subnet = (await c.get(`/network/v2.0/subnets/${shared.subnets[0]}`)).body.subnet;
    expect(subnet).toMatchObject({
      cidr: '10.140.80.0/22',
      gateway_ip: '10.140.80.1',
      network_id: shared.id,
    });
  });

  it('serves its version document at /network and the API at /network/v2.0', async () => {
    const v = await new Client(sim).get('/network');
    expect(v.body.versions[0]).toMatchObject({ id: 'v2.0', status: 'CURRENT' });
    expect((await c.get('/network/v2.0/extensions')).body.extensions.map((e: any) => e.alias)).toContain(
      'external-net',
    );
  });
});

describe('ports', () => {
  it('one per server on sharednet1, and the device_id filter is honoured', async () => {
    const [a, b] = await twoServers();
    const ports = (await c.get('/network/v2.0/ports')).body.ports;
    expect(ports).toHaveLength(2);
    const onlyB = (await c.get(`/network/v2.0/ports?device_id=${b}`)).body.ports;
    expect(onlyB).toHaveLength(1);
    expect(onlyB[0]).toMatchObject({
      device_id: b,
      device_owner: 'compute:nova',
      status: 'ACTIVE',
      fixed_ips: [{ ip_address: '10.140.80.11' }],
    });
    expect((await c.get(`/network/v2.0/ports?device_id=${a}&fields=id`)).body.ports).toEqual([
      { id: expect.any(String) },
    ]);
    expect((await c.get('/network/v2.0/ports/nope')).body.NeutronError.type).toBe('PortNotFound');
  });
});

describe('floating IPs', () => {
  it('are created from public, attached to a port, shown in the server addresses, detached and deleted', async () => {
    const [id] = await twoServers();
    const publicId = await c.network('public');
    const created = await c.post('/network/v2.0/floatingips', {
      floatingip: { floating_network_id: publicId },
    });
    expect(created.status).toBe(201);
    const fip = created.body.floatingip;
    expect(fip).toMatchObject({
      floating_ip_address: '192.5.87.10',
      floating_network_id: publicId,
      port_id: null,
      status: 'DOWN',
      project_id: sim.identity.projectId,
    });
    const byAddress = await c.get('/network/v2.0/floatingips/192.5.87.10');
    expect(byAddress.status).toBe(404);
    expect(byAddress.body.NeutronError.type).toBe('FloatingIPNotFound');
    const port = (await c.get(`/network/v2.0/ports?device_id=${id}`)).body.ports[0];
    const attached = await c.put(`/network/v2.0/floatingips/${fip.id}`, { floatingip: { port_id: port.id } });
    expect(attached.status).toBe(200);
    expect(attached.body.floatingip).toMatchObject({
      port_id: port.id,
      fixed_ip_address: port.fixed_ips[0].ip_address,
      status: 'ACTIVE',
      router_id: expect.any(String),
    });
    expect(attached.body.floatingip.port_details.device_id).toBe(id);
    const addresses = (await c.get(`/compute/v2.1/servers/${id}`)).body.server.addresses.sharednet1;
    expect(addresses[1]).toMatchObject({ addr: '192.5.87.10', 'OS-EXT-IPS:type': 'floating' });
    const second = (
      await c.post('/network/v2.0/floatingips', { floatingip: { floating_network_id: publicId } })
    ).body.floatingip;
    const conflict = await c.put(`/network/v2.0/floatingips/${second.id}`, {
      floatingip: { port_id: port.id },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.NeutronError.type).toBe('FloatingIPPortAlreadyAssociated');
    const detached = await c.put(`/network/v2.0/floatingips/${fip.id}`, { floatingip: { port_id: null } });
    expect(detached.body.floatingip.port_id).toBeNull();
    expect((await c.get(`/compute/v2.1/servers/${id}`)).body.server.addresses.sharednet1).toHaveLength(1);
    expect(
      (await c.get(`/network/v2.0/floatingips?floating_ip_address=192.5.87.11`)).body.floatingips.map(
        (f: any) => f.id,
      ),
    ).toEqual([second.id]);
    expect((await c.del(`/network/v2.0/floatingips/${fip.id}`)).status).toBe(204);
    expect((await c.get(`/network/v2.0/floatingips/${fip.id}`)).status).toBe(404);
  });

  it('refuse an internal network, an unknown network and an unknown port', async () => {
    const internal = await c.post('/network/v2.0/floatingips', {
      floatingip: { floating_network_id: await c.network('sharednet1') },
    });
    expect(internal.status).toBe(400);
    expect(
      (await c.post('/network/v2.0/floatingips', { floatingip: { floating_network_id: 'nope' } })).body
        .NeutronError.type,
    ).toBe('NetworkNotFound');
    const fip = (
      await c.post('/network/v2.0/floatingips', {
        floatingip: { floating_network_id: await c.network('public') },
      })
    ).body.floatingip;
    const port = await c.put(`/network/v2.0/floatingips/${fip.id}`, { floatingip: { port_id: 'nope' } });
    expect(port.status).toBe(404);
    expect(port.body.NeutronError.type).toBe('PortNotFound');
  });

  it('run out when the ad-hoc pool is exhausted (fip-pool fault): 400 ExternalIpAddressExhausted', async () => {
    const publicId = await c.network('public');
    sim.setFaults('fip-pool=2');
    expect(
      (await c.post('/network/v2.0/floatingips', { floatingip: { floating_network_id: publicId } })).status,
    ).toBe(201);
    expect(
      (await c.post('/network/v2.0/floatingips', { floatingip: { floating_network_id: publicId } })).status,
    ).toBe(201);
    const third = await c.post('/network/v2.0/floatingips', {
      floatingip: { floating_network_id: publicId },
    });
    expect(third.status).toBe(400);
    expect(third.body.NeutronError).toEqual({
      type: 'ExternalIpAddressExhausted',
      message: `Unable to find any IP address on external network ${publicId}.`,
      detail: '',
    });
    sim.setFaults({ floatingIpPool: 0 });
    expect(
      (await c.post('/network/v2.0/floatingips', { floatingip: { floating_network_id: publicId } })).status,
    ).toBe(400);
    sim.clearFaults();
    expect(
      (await c.post('/network/v2.0/floatingips', { floatingip: { floating_network_id: publicId } })).status,
    ).toBe(201);
  });
});
