// Server metadata over HTTP (the whole set and single items), and `openstack server set --property` against it.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, MINUTE, start } from './helpers.js';
import { client, installed } from './real-clients.js';

let sim: Sim;
let c: Client;
let id: string;

beforeEach(async () => {
  sim = await start();
  c = await new Client(sim).login();
  const { reservationId } = await c.activeLease();
  id = (await c.serverCreate(reservationId, { metadata: { team: 'a' } })).body.server.id;
  sim.clock.advance(11 * MINUTE);
});
afterEach(() => sim.close());

const haveOpenstack = installed('openstack');
if (!haveOpenstack)
  console.warn('skipping `openstack server set --property`: python3-openstackclient is not installed');

const path = (suffix = '') => `/compute/v2.1/servers/${id}/metadata${suffix}`;

describe('server metadata', () => {
  it('shows, merges (POST) and replaces (PUT) the whole set', async () => {
    expect((await c.get(path())).body).toEqual({ metadata: { team: 'a' } });
    const merged = await c.post(path(), { metadata: { role: 'head' } });
    expect(merged.status).toBe(200);
    expect(merged.body).toEqual({ metadata: { team: 'a', role: 'head' } });
    const replaced = await c.put(path(), { metadata: { only: 'this' } });
    expect(replaced.body).toEqual({ metadata: { only: 'this' } });
    expect((await c.get(`/compute/v2.1/servers/${id}`)).body.server.metadata).toEqual({ only: 'this' });
  });

  it('shows, sets and deletes one item', async () => {
    expect((await c.get(path('/team'))).body).toEqual({ meta: { team: 'a' } });
    const set = await c.put(path('/role'), { meta: { role: 'worker' } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ meta: { role: 'worker' } });
    expect((await c.get(path())).body.metadata).toEqual({ team: 'a', role: 'worker' });
    expect((await c.del(path('/team'))).status).toBe(204);
    expect((await c.get(path())).body.metadata).toEqual({ role: 'worker' });
    const missing = await c.get(path('/team'));
    expect(missing.status).toBe(404);
    expect(missing.body.itemNotFound.message).toBe('Metadata item was not found');
    expect((await c.del(path('/team'))).status).toBe(404);
  });

  it('refuses a body that does not match the item, a non-string value, and an unknown server', async () => {
    const mismatch = await c.put(path('/role'), { meta: { other: 'x' } });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.badRequest.message).toBe('Request body and URI mismatch');
    expect((await c.put(path('/a'), { meta: { a: '1', b: '2' } })).body.badRequest.message).toBe(
      'Request body contains too many items',
    );
    expect((await c.post(path(), { metadata: { n: 1 } })).status).toBe(400);
    expect((await c.post(path(), { meta: {} })).status).toBe(400);
    expect((await c.get('/compute/v2.1/servers/00000000-0000-0000-0000-000000000000/metadata')).status).toBe(
      404,
    );
  });

  (haveOpenstack ? it : it.skip)(
    'openstack server set --property stores the item',
    async () => {
      await client(sim, 'openstack', ['server', 'set', '--property', 'purpose=ci', id]);
      expect((await c.get(path())).body.metadata).toEqual({ team: 'a', purpose: 'ci' });
    },
    90_000,
  );
});
