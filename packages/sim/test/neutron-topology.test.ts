/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Neutron over HTTP: a project's own networks, subnets, ports and routers, made and removed the way the openstack
// CLI does, with Neutron's answers when something is missing or still in use.
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

async function network(name = 'x'): Promise<any> {
  const res = await c.post('/network/v2.0/networks', { network: { name, admin_state_up: true } });
  expect(res.status).toBe(201);
  return res.body.network;
}

async function subnet(networkId: string, cidr = '10.0.0.0/24'): Promise<any> {
  const res = await c.post('/network/v2.0/subnets', {
    subnet: { name: 's', network_id: networkId, ip_version: 4, cidr },
  });
  expect(res.status).toBe(201);
  return res.body.subnet;
}

describe('networks and subnets', () => {
  it('creates a network in the caller project, lists it by name, and deletes it', async () => {
    const net = await network();
    expect(net).toMatchObject({ name: 'x', shared: false, 'router:external': false, subnets: [], tags: [] });
    expect(net.project_id).toEqual(expect.stringMatching(/^[0-9a-f]{32}$/));
    const listed = (await c.get('/network/v2.0/networks?name=x')).body.networks;
    expect(listed.map((n: any) => n.id)).toEqual([net.id]);
    expect((await c.del(`/network/v2.0/networks/${net.id}`)).status).toBe(204);
    const gone = await c.get(`/network/v2.0/networks/${net.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({
      NeutronError: { type: 'NetworkNotFound', message: `Network ${net.id} could not be found.`, detail: '' },
    });
  });

  it('makes a subnet with its gateway at the first address and its pool after it', async () => {
    const net = await network();
    const s = await subnet(net.id);
    expect(s).toMatchObject({
      network_id: net.id,
      cidr: '10.0.0.0/24',
      gateway_ip: '10.0.0.1',
      allocation_pools: [{ start: '10.0.0.2', end: '10.0.0.254' }],
    });
    expect((await c.get(`/network/v2.0/networks/${net.id}`)).body.network.subnets).toEqual([s.id]);
    const bad = await c.post('/network/v2.0/subnets', { subnet: { network_id: net.id, cidr: '10.0.0/99' } });
    expect(bad.status).toBe(400);
    expect(bad.body.NeutronError.type).toBe('BadRequest');
  });

  it('refuses to delete a network while a port remains on it (409 NetworkInUse)', async () => {
    const net = await network();
    const s = await subnet(net.id);
    const port = (await c.post('/network/v2.0/ports', { port: { network_id: net.id, name: 'p' } })).body.port;
    expect(port.fixed_ips).toEqual([{ subnet_id: s.id, ip_address: '10.0.0.2' }]);
    const busy = await c.del(`/network/v2.0/networks/${net.id}`);
    expect(busy.status).toBe(409);
    expect(busy.body.NeutronError).toEqual({
      type: 'NetworkInUse',
      message: `Unable to complete operation on network ${net.id}. There are one or more ports still in use on the network.`,
      detail: '',
    });
    expect((await c.del(`/network/v2.0/subnets/${s.id}`)).status).toBe(409);
    expect((await c.del(`/network/v2.0/ports/${port.id}`)).status).toBe(204);
    expect((await c.del(`/network/v2.0/networks/${net.id}`)).status).toBe(204);
    expect((await c.get(`/network/v2.0/subnets/${s.id}`)).status).toBe(404);
  });

  it("does not let a user delete the site's shared network", async () => {
    const shared = (await c.get('/network/v2.0/networks?name=sharednet1')).body.networks[0];
    const res = await c.del(`/network/v2.0/networks/${shared.id}`);
    expect(res.status).toBe(403);
    expect(res.body.NeutronError.type).toBe('PolicyNotAuthorized');
  });
});

describe('routers', () => {
  it('creates a router, adds and removes a subnet interface, and deletes both', async () => {
    const net = await network();
    const s = await subnet(net.id);
    const router = (await c.post('/network/v2.0/routers', { router: { name: 'r', admin_state_up: true } }))
      .body.router;
    expect(router).toMatchObject({ name: 'r', status: 'ACTIVE', external_gateway_info: null });

    const added = await c.put(`/network/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: s.id });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      id: router.id,
      subnet_id: s.id,
      subnet_ids: [s.id],
      network_id: net.id,
      port_id: expect.any(String),
    });
    const port = (await c.get(`/network/v2.0/ports/${added.body.port_id}`)).body.port;
    expect(port).toMatchObject({ device_owner: 'network:router_interface', device_id: router.id });
    expect(port.fixed_ips[0].ip_address).toBe('10.0.0.1');
    const again = await c.put(`/network/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: s.id });
    expect(again.status).toBe(400);

    const inUse = await c.del(`/network/v2.0/routers/${router.id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.NeutronError.type).toBe('RouterInUse');
    expect((await c.del(`/network/v2.0/networks/${net.id}`)).status).toBe(409);

    const removed = await c.put(`/network/v2.0/routers/${router.id}/remove_router_interface`, {
      subnet_id: s.id,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.port_id).toBe(added.body.port_id);
    const twice = await c.put(`/network/v2.0/routers/${router.id}/remove_router_interface`, {
      subnet_id: s.id,
    });
    expect(twice.status).toBe(404);
    expect(twice.body.NeutronError.type).toBe('RouterInterfaceNotFoundForSubnet');

    expect((await c.del(`/network/v2.0/routers/${router.id}`)).status).toBe(204);
    expect((await c.del(`/network/v2.0/subnets/${s.id}`)).status).toBe(204);
    expect((await c.del(`/network/v2.0/networks/${net.id}`)).status).toBe(204);
    const gone = await c.get(`/network/v2.0/routers/${router.id}`);
    expect(gone.body).toEqual({
      NeutronError: {
        type: 'RouterNotFound',
        message: `Router ${router.id} could not be found.`,
        detail: '',
      },
    });
  });

  it('sets a gateway on the external network and refuses one on an internal network', async () => {
    const nets = (await c.get('/network/v2.0/networks')).body.networks;
    const pub = nets.find((n: any) => n.name === 'public');
    const shared = nets.find((n: any) => n.name === 'sharednet1');
    const router = (await c.post('/network/v2.0/routers', { router: { name: 'r' } })).body.router;
    const set = await c.put(`/network/v2.0/routers/${router.id}`, {
      router: { external_gateway_info: { network_id: pub.id } },
    });
    expect(set.body.router.external_gateway_info).toMatchObject({ network_id: pub.id });
    const bad = await c.put(`/network/v2.0/routers/${router.id}`, {
      router: { external_gateway_info: { network_id: shared.id } },
    });
    expect(bad.status).toBe(400);
  });
});
