// `openstack floating ip create`, `server add floating ip` and `server remove floating ip` against the simulator:
// the address is attached to the server's port, shown in its addresses, and detached again (kept in the project).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { Client, MINUTE, start } from './helpers.js';
import { client, installed } from './real-clients.js';

const haveOpenstack = installed('openstack');
if (!haveOpenstack)
  console.warn(
    'skipping `openstack server add/remove floating ip`: python3-openstackclient is not installed',
  );

let sim: Sim;
let c: Client;
let serverId: string;

beforeAll(async () => {
  sim = await start();
  c = await new Client(sim).login();
  const { reservationId } = await c.activeLease();
  serverId = (await c.serverCreate(reservationId)).body.server.id;
  sim.clock.advance(11 * MINUTE);
});
afterAll(() => sim.close());

const openstack = async (...args: string[]) => (await client(sim, 'openstack', args)).trim();
const floatingIp = async (address: string) =>
  (await c.get(`/network/v2.0/floatingips?floating_ip_address=${address}`)).body.floatingips[0];

describe('a floating IP through the openstack CLI', () => {
  (haveOpenstack ? it : it.skip)(
    'is attached to the server and removed from it again',
    async () => {
      const address = await openstack(
        'floating',
        'ip',
        'create',
        'public',
        '-f',
        'value',
        '-c',
        'floating_ip_address',
      );
      expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      await openstack('server', 'add', 'floating', 'ip', serverId, address);
      expect((await floatingIp(address)).port_id).toBeTruthy();
      const shown = await openstack('server', 'show', serverId, '-f', 'json');
      expect(JSON.stringify(JSON.parse(shown).addresses)).toContain(address);

      await openstack('server', 'remove', 'floating', 'ip', serverId, address);
      expect((await floatingIp(address)).port_id).toBeNull();
      const after = await openstack('server', 'show', serverId, '-f', 'json');
      expect(JSON.stringify(JSON.parse(after).addresses)).not.toContain(address);
    },
    // Six CLI calls, each allowed its minute on a busy machine.
    6 * 60_000 + 10_000,
  );
});
