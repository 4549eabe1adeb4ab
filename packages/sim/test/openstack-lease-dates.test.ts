// The real `openstack reservation lease …` (python-blazarclient) reckons lease dates on this machine's wall clock,
// against a simulator whose clock runs 60 times faster: the lease it asks for from now for an hour lasts an hour of
// the simulator's time, and its --prolong-for (reckoned from the end the simulator answered) adds just that.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { blazarDate, Client, MINUTE, start } from './helpers.js';
import { client, installed } from './real-clients.js';

const HOUR = 60 * MINUTE;

let sim: Sim;
let c: Client;

beforeEach(async () => {
  sim = await start({ speed: 60 });
  c = await new Client(sim).login();
});
afterEach(() => sim.close());

const haveClient = installed('openstack') && installed('blazar');
if (!haveClient)
  console.warn(
    'skipping `openstack reservation lease create` at speed 60: python3-openstackclient or python3-blazarclient is not installed',
  );

const floor = (t: number) => Math.floor(t / MINUTE) * MINUTE;
const ms = (blazar: string) => Date.parse(`${blazar}Z`);

interface HeldLease {
  id: string;
  status: string;
  start_date: string;
  end_date: string;
}
const held = (id: string) => (sim.state() as { leases: HeldLease[] }).leases.find((l) => l.id === id)!;

describe('openstack reservation lease, on the wall clock, against a simulator at speed 60', () => {
  (haveClient ? it : it.skip)(
    'creates a lease an hour long in the simulator time that is ACTIVE half an hour later, and prolongs it by an hour',
    async () => {
      // As python-blazarclient reckons it: now on this machine's clock, plus an hour, to the minute.
      const before = Date.now();
      const end = blazarDate(before + HOUR);
      const out = await client(sim, 'openstack', [
        'reservation',
        'lease',
        'create',
        '--reservation',
        'min=1,max=1,resource_type=physical:host,resource_properties=["==","$node_type","compute_skylake"]',
        '--start-date',
        'now',
        '--end-date',
        end,
        'wall-clock-hour',
        '-f',
        'json',
      ]);
      const after = Date.now();
      // The simulator's clock no longer runs while the test looks: half an hour of it passes when the test says.
      expect((await c.post('/_sim/clock', { speed: 1 })).status).toBe(200);
      const id = (JSON.parse(out.slice(out.indexOf('{'))) as { id: string }).id;
      const lease = held(id);
      const length = ms(lease.end_date) - ms(lease.start_date);
      // An hour, less a minute for each wall-clock minute that turned while the client ran (as against a real
      // Blazar, which reads "now" when the request arrives): never the 59 minutes the simulator ran ahead.
      expect(length).toBeLessThanOrEqual(ms(end) - floor(before));
      expect(length).toBeGreaterThanOrEqual(ms(end) - floor(after));
      expect(length).toBeGreaterThanOrEqual(HOUR - MINUTE);

      expect((await c.post('/_sim/clock', { advance: 30 * MINUTE })).status).toBe(200);
      const shown = await client(sim, 'openstack', ['reservation', 'lease', 'show', id, '-f', 'json']);
      expect(JSON.parse(shown.slice(shown.indexOf('{')))).toMatchObject({ id, status: 'ACTIVE' });

      await client(sim, 'openstack', ['reservation', 'lease', 'set', '--prolong-for', '1h', id]);
      expect(held(id)).toMatchObject({ status: 'ACTIVE', start_date: lease.start_date });
      expect(ms(held(id).end_date)).toBe(ms(lease.end_date) + HOUR);
    },
    // Three CLI calls, each allowed its minute on a busy machine.
    3 * 60_000 + 10_000,
  );
});
