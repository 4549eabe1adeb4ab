/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Nova over HTTP: versions and microversions, flavors, key pairs, and servers booted with the reservation hint.
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

const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEkmSyvOswNlRLO1NaDxrp8sx/wmy8Os9FDrcNt5SFL5 fixture';

const server = async (id: string) => (await c.get(`/compute/v2.1/servers/${id}`)).body.server;

describe('versions and microversions', () => {
  it('serves the version documents without a token', async () => {
    const root = await new Client(sim).get('/compute');
    expect(root.body.versions.map((v: any) => v.id)).toEqual(['v2.0', 'v2.1']);
    const v21 = await new Client(sim).get('/compute/v2.1');
    expect(v21.body.version).toMatchObject({
      id: 'v2.1',
      status: 'CURRENT',
      version: '2.95',
      min_version: '2.1',
    });
  });

  it('echoes the microversion asked for, defaults to 2.1, and refuses bad ones', async () => {
    const plain = await c.get('/compute/v2.1/flavors');
    expect(plain.headers.get('openstack-api-version')).toBe('compute 2.1');
    expect(plain.headers.get('x-openstack-nova-api-version')).toBe('2.1');
    expect(plain.headers.get('x-compute-request-id')).toMatch(/^req-[0-9a-f-]{36}$/);
    const sdk = await c.get('/compute/v2.1/flavors', {
      'OpenStack-API-Version': 'compute 2.61',
      'X-OpenStack-Nova-API-Version': '2.61',
    });
    expect(sdk.headers.get('openstack-api-version')).toBe('compute 2.61');
    expect(
      (await c.get('/compute/v2.1/flavors', { 'X-OpenStack-Nova-API-Version': 'latest' })).headers.get(
        'x-openstack-nova-api-version',
      ),
    ).toBe('2.95');
    const bad = await c.get('/compute/v2.1/flavors', { 'X-OpenStack-Nova-API-Version': 'two' });
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.code).toBe(400);
    const high = await c.get('/compute/v2.1/flavors', { 'X-OpenStack-Nova-API-Version': '2.96' });
    expect(high.status).toBe(406);
    expect(high.body.computeFault.message).toBe(
      'Version 2.96 is not supported by the API. Minimum is 2.1 and maximum is 2.95.',
    );
  });
});

describe('flavors', () => {
  it('has the one bare-metal flavor, with fields that depend on the microversion', async () => {
    const list = (await c.get('/compute/v2.1/flavors')).body.flavors;
    expect(list).toEqual([{ id: expect.any(String), name: 'baremetal', links: expect.any(Array) }]);
    const id = list[0].id;
    const old = (await c.get(`/compute/v2.1/flavors/${id}`)).body.flavor;
    expect(old).toMatchObject({
      name: 'baremetal',
      'OS-FLV-EXT-DATA:ephemeral': 0,
      'os-flavor-access:is_public': true,
      swap: '',
    });
    expect(old.extra_specs).toBeUndefined();
    const detail = (
      await c.get('/compute/v2.1/flavors/detail?is_public=True', { 'X-OpenStack-Nova-API-Version': '2.61' })
    ).body.flavors[0];
    expect(detail.extra_specs).toMatchObject({ 'resources:CUSTOM_BAREMETAL': '1' });
    expect(
      (await c.get(`/compute/v2.1/flavors/${id}/os-extra_specs`)).body.extra_specs['resources:VCPU'],
    ).toBe('0');
    const byName = await c.get('/compute/v2.1/flavors/baremetal');
    expect(byName.status).toBe(404);
    expect(byName.body).toEqual({
      itemNotFound: { code: 404, message: 'Flavor baremetal could not be found.' },
    });
  });
});

describe('key pairs', () => {
  const v210 = { 'X-OpenStack-Nova-API-Version': '2.10' };

  it('are created from a public key, listed wrapped, shown and deleted', async () => {
    const created = await c.call(
      'POST',
      '/compute/v2.1/os-keypairs',
      { keypair: { name: 'k1', public_key: `${PUBLIC_KEY}\n` } },
      v210,
    );
    expect(created.status).toBe(201);
    expect(created.body.keypair).toEqual({
      name: 'k1',
      public_key: `${PUBLIC_KEY}\n`,
      fingerprint: '9c:0d:ed:73:33:b8:54:d3:b1:bb:f7:75:62:b9:29:5d',
      user_id: sim.identity.userId,
      type: 'ssh',
    });
    const list = await c.get('/compute/v2.1/os-keypairs', v210);
    expect(list.body.keypairs).toEqual([
      {
        keypair: { name: 'k1', public_key: `${PUBLIC_KEY}\n`, fingerprint: expect.any(String), type: 'ssh' },
      },
    ]);
    const one = (await c.get('/compute/v2.1/os-keypairs/k1')).body.keypair;
    expect(one).toMatchObject({ name: 'k1', user_id: sim.identity.userId, deleted: false, id: 1 });
    expect(one.type).toBeUndefined();
    expect(
      (
        await c.call(
          'POST',
          '/compute/v2.1/os-keypairs',
          { keypair: { name: 'k1', public_key: PUBLIC_KEY } },
          v210,
        )
      ).status,
    ).toBe(409);
    expect((await c.call('DELETE', '/compute/v2.1/os-keypairs/k1', undefined, v210)).status).toBe(204);
    const gone = await c.get('/compute/v2.1/os-keypairs/k1');
    expect(gone.status).toBe(404);
    expect(gone.body.itemNotFound.message).toBe(`Keypair k1 not found for user ${sim.identity.userId}`);
  });

  it('answer 200 without type at microversion 2.1, and delete with 202', async () => {
    const created = await c.post('/compute/v2.1/os-keypairs', {
      keypair: { name: 'old', public_key: PUBLIC_KEY },
    });
    expect(created.status).toBe(200);
    expect(created.body.keypair.type).toBeUndefined();
    expect((await c.del('/compute/v2.1/os-keypairs/old')).status).toBe(202);
  });

  it('are generated below microversion 2.92, and need a public key from 2.92', async () => {
    const generated = await c.call('POST', '/compute/v2.1/os-keypairs', { keypair: { name: 'gen' } }, v210);
    expect(generated.status).toBe(201);
    expect(generated.body.keypair.private_key).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(generated.body.keypair.public_key).toMatch(/^ssh-rsa /);
    expect((await c.get('/compute/v2.1/os-keypairs/gen')).text).not.toContain('PRIVATE KEY');
    const modern = await c.call(
      'POST',
      '/compute/v2.1/os-keypairs',
      { keypair: { name: 'new' } },
      { 'X-OpenStack-Nova-API-Version': '2.92' },
    );
    expect(modern.status).toBe(400);
  });

  it('refuse bad keys and unsafe names', async () => {
    const bad = await c.post('/compute/v2.1/os-keypairs', {
      keypair: { name: 'bad', public_key: 'ssh-rsa nope' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.badRequest.message).toBe('Keypair data is invalid: failed to generate fingerprint');
    expect(
      (await c.post('/compute/v2.1/os-keypairs', { keypair: { name: 'a/b', public_key: PUBLIC_KEY } }))
        .status,
    ).toBe(400);
    expect((await c.post('/compute/v2.1/os-keypairs', { nokeypair: {} })).status).toBe(400);
  });
});

describe('servers', () => {
  it('boot onto a host of an ACTIVE reservation: BUILD for about 10 virtual minutes, then ACTIVE', async () => {
    const { reservationId } = await c.activeLease();
    const created = await c.serverCreate(reservationId, {
      metadata: { purpose: 'test' },
      key_name: undefined,
    });
    expect(created.status).toBe(202);
    expect(created.headers.get('location')).toBe(`${sim.url}/compute/v2.1/servers/${created.body.server.id}`);
    expect(created.body.server).toMatchObject({
      id: expect.any(String),
      'OS-DCF:diskConfig': 'MANUAL',
      adminPass: expect.any(String),
    });
    const id = created.body.server.id;
    let s = await server(id);
    expect(s).toMatchObject({
      status: 'BUILD',
      'OS-EXT-STS:vm_state': 'building',
      'OS-EXT-STS:task_state': 'scheduling',
      metadata: { purpose: 'test' },
      tenant_id: sim.identity.projectId,
    });
    expect(s.addresses.sharednet1).toEqual([
      {
        version: 4,
        addr: '10.140.80.10',
        'OS-EXT-IPS:type': 'fixed',
        'OS-EXT-IPS-MAC:mac_addr': expect.stringMatching(/^fa:16:3e:/),
      },
    ]);
    sim.clock.advance(9 * MINUTE);
    expect((await server(id)).status).toBe('BUILD');
    sim.clock.advance(MINUTE + 1000);
    s = await server(id);
    expect(s).toMatchObject({
      status: 'ACTIVE',
      'OS-EXT-STS:vm_state': 'active',
      'OS-EXT-STS:task_state': null,
      'OS-EXT-STS:power_state': 1,
      progress: 100,
    });
    expect(s['OS-SRV-USG:launched_at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000000$/);
    const state = sim.state() as any;
    expect(state.servers[0]).toMatchObject({ id, status: 'ACTIVE', reservation_id: reservationId });
    expect(state.leases[0].reservations[0].hosts[0].node_name).toBe(state.servers[0].host);
  });

  it('shows the embedded flavor from microversion 2.47', async () => {
    const { reservationId } = await c.activeLease();
    const id = (await c.serverCreate(reservationId)).body.server.id;
    const modern = (await c.get(`/compute/v2.1/servers/${id}`, { 'X-OpenStack-Nova-API-Version': '2.61' }))
      .body.server;
    expect(modern.flavor).toMatchObject({ original_name: 'baremetal', vcpus: 48 });
    expect(modern.locked).toBe(false);
    expect(modern.tags).toEqual([]);
    expect((await server(id)).flavor).toEqual({ id: expect.any(String), links: expect.any(Array) });
  });

  it.each([
    ['no hint', null],
    ['an unknown reservation', '00000000-0000-4000-8000-000000000000'],
  ])('go to ERROR with "No valid host" given %s', async (_what, hint) => {
    const id = (await c.serverCreate(hint)).body.server.id;
    sim.clock.advance(5000);
    const s = await server(id);
    expect(s.status).toBe('ERROR');
    expect(s.fault).toMatchObject({
      code: 500,
      message: 'No valid host was found. There are not enough hosts available.',
    });
    expect(s.addresses).toEqual({});
  });

  it('need the reservation to be ACTIVE, and one free host per server', async () => {
    const pending = (await c.leaseCreate()).body.lease;
    const early = (await c.serverCreate(pending.reservations[0].id)).body.server.id;
    const lease = await c.leaseAfter(pending.id, 20_000);
    expect(lease.status).toBe('ACTIVE');
    const first = (await c.serverCreate(lease.reservations[0].id)).body.server.id;
    const second = (await c.serverCreate(lease.reservations[0].id)).body.server.id;
    sim.clock.advance(11 * MINUTE);
    expect((await server(early)).status).toBe('ERROR');
    expect((await server(first)).status).toBe('ACTIVE');
    expect((await server(second)).status).toBe('ERROR');
  });

  it('fail to build with a Nova fault under the server-error fault', async () => {
    const { reservationId } = await c.activeLease();
    sim.setFaults({ serverError: 'next' });
    const id = (await c.serverCreate(reservationId)).body.server.id;
    sim.clock.advance(6 * MINUTE);
    const s = await server(id);
    expect(s.status).toBe('ERROR');
    expect(s.fault.message).toMatch(/^Build of instance .+ aborted: Failed to provision instance/);
  });

  it('refuse unknown images, flavors, key pairs and networks with 400', async () => {
    const { reservationId } = await c.activeLease();
    for (const [extra, message] of [
      [{ imageRef: 'CC-Ubuntu22.04' }, 'Image CC-Ubuntu22.04 could not be found.'],
      [{ flavorRef: 'baremetal' }, 'Flavor baremetal could not be found.'],
      [{ key_name: 'nope' }, 'Invalid key_name provided.'],
      [{ networks: [{ uuid: 'nope' }] }, 'Network nope could not be found.'],
    ] as const) {
      const r = await c.serverCreate(reservationId, extra);
      expect(r.status).toBe(400);
      expect(r.body.badRequest.message).toBe(message);
    }
  });

  it('are listed (name is a regular expression), paged, and not found by name', async () => {
    const { reservationId } = await c.activeLease({ min: 2, max: 2 });
    await c.serverCreate(reservationId, { name: 'alpha-1' });
    await c.serverCreate(reservationId, { name: 'beta-1' });
    const all = await c.get('/compute/v2.1/servers');
    expect(all.body.servers.map((s: any) => s.name).sort()).toEqual(['alpha-1', 'beta-1']);
    expect(Object.keys(all.body.servers[0]).sort()).toEqual(['id', 'links', 'name']);
    expect((await c.get('/compute/v2.1/servers?name=^alp')).body.servers.map((s: any) => s.name)).toEqual([
      'alpha-1',
    ]);
    expect((await c.get('/compute/v2.1/servers/detail')).body.servers[0].status).toBe('BUILD');
    const page = await c.get('/compute/v2.1/servers?limit=1');
    expect(page.body.servers).toHaveLength(1);
    expect(page.body.servers_links[0].rel).toBe('next');
    const next = await c.get(page.body.servers_links[0].href.slice(sim.url.length));
    expect(next.body.servers).toHaveLength(1);
    expect(next.body.servers[0].id).not.toBe(page.body.servers[0].id);
    const byName = await c.get('/compute/v2.1/servers/alpha-1');
    expect(byName.status).toBe(404);
    expect(byName.body.itemNotFound.message).toBe('Instance alpha-1 could not be found.');
  });

  it('are deleted: 204, task_state "deleting" for a few seconds, then 404 and an empty list by id', async () => {
    const { reservationId } = await c.activeLease();
    const id = (await c.serverCreate(reservationId)).body.server.id;
    sim.clock.advance(11 * MINUTE);
    expect((await c.del(`/compute/v2.1/servers/${id}`)).status).toBe(204);
    expect((await server(id))['OS-EXT-STS:task_state']).toBe('deleting');
    sim.clock.advance(6000);
    expect((await c.get(`/compute/v2.1/servers/${id}`)).status).toBe(404);
    expect((await c.get(`/compute/v2.1/servers?name=${id}`)).body.servers).toEqual([]);
    expect((await c.get(`/network/v2.0/ports?device_id=${id}`)).body.ports).toEqual([]);
  });

  it('are deleted when their lease ends or is deleted, and their floating IPs come loose', async () => {
    const { lease, reservationId } = await c.activeLease();
    const id = (await c.serverCreate(reservationId)).body.server.id;
    sim.clock.advance(11 * MINUTE);
    const port = (await c.get(`/network/v2.0/ports?device_id=${id}`)).body.ports[0];
    const fip = (
      await c.post('/network/v2.0/floatingips', {
        floatingip: { floating_network_id: await c.network('public'), port_id: port.id },
      })
    ).body.floatingip;
    expect(fip.port_id).toBe(port.id);
    expect((await c.del(`/reservation/v1/leases/${lease.id}`)).status).toBe(200);
    sim.clock.advance(6000);
    expect((await c.get(`/compute/v2.1/servers/${id}`)).status).toBe(404);
    const loose = (await c.get(`/network/v2.0/floatingips/${fip.id}`)).body.floatingip;
    expect(loose).toMatchObject({ port_id: null, status: 'DOWN', fixed_ip_address: null });
  });
});
