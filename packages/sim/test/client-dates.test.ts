// How the simulator reads the dates clients send, over HTTP, on a wall clock the test moves by hand: a client on
// its wall clock keeps the length and the start it asked for at any speed; one that says it reckons on the
// simulator's clock is taken as it is; changes derived from the lease's own dates are not moved.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { blazarDate, Client, DAY, MINUTE, start } from './helpers.js';

const HOUR = 60 * MINUTE;
const WALL_START = Date.UTC(2026, 11, 6, 18, 30, 25);

let wall: number;
let sim: Sim;
let c: Client;

beforeEach(async () => {
  wall = WALL_START;
  sim = await start({ speed: 60, wall: () => wall });
  c = await new Client(sim).login();
});

afterEach(async () => {
  await sim.close();
});

const ms = (blazar: string) => Date.parse(`${blazar}Z`);
const floor = (t: number) => Math.floor(t / MINUTE) * MINUTE;

/** A minute of the wall clock: an hour less a minute of the simulator's clock at speed 60. */
function wallMinutePasses() {
  wall += MINUTE;
}

describe('a lease from a client on its wall clock (the openstack CLI, python-chi)', () => {
  it('from now until an hour later on the wall clock lasts an hour, and is ACTIVE 30 virtual minutes later', async () => {
    wallMinutePasses();
    expect(sim.clock.now().getTime() - wall).toBe(59 * MINUTE);
    const r = await c.leaseCreate({ start_date: 'now', end_date: blazarDate(wall + HOUR) }, {}, {});
    expect(r.status).toBe(201);
    const { start_date, end_date, id } = r.body.lease;
    expect(ms(start_date)).toBe(floor(sim.clock.now().getTime()));
    expect(ms(end_date) - ms(start_date)).toBe(HOUR);
    expect((await c.post('/_sim/clock', { advance: 30 * MINUTE })).status).toBe(200);
    expect((await c.get(`/reservation/v1/leases/${id}`)).body.lease.status).toBe('ACTIVE');
  });

  it('in two hours on the wall clock starts two hours after the simulator now, for the length asked', async () => {
    wallMinutePasses();
    const r = await c.leaseCreate(
      { start_date: blazarDate(wall + 2 * HOUR), end_date: blazarDate(wall + 5 * HOUR) },
      {},
      {},
    );
    expect(r.status).toBe(201);
    const now = floor(sim.clock.now().getTime());
    expect(ms(r.body.lease.start_date)).toBe(now + 2 * HOUR);
    expect(ms(r.body.lease.end_date)).toBe(now + 5 * HOUR);
  });

  it('is refused a start before its current minute, as Blazar refuses it', async () => {
    wallMinutePasses();
    const r = await c.leaseCreate(
      { start_date: blazarDate(wall - MINUTE), end_date: blazarDate(wall + HOUR) },
      {},
      {},
    );
    expect(r.status).toBe(403);
    expect(r.body.error_message).toBe('Start date must later than current date');
  });

  it('is answered in the simulator time, and its prolong-for (from the answered end) adds just that', async () => {
    wallMinutePasses();
    const created = await c.leaseCreate({ start_date: 'now', end_date: blazarDate(wall + HOUR) }, {}, {});
    const lease = created.body.lease;
    // python-blazarclient's --prolong-for 1h: the lease's end as answered, plus an hour.
    const r = await c.put(`/reservation/v1/leases/${lease.id}`, {
      end_date: blazarDate(ms(lease.end_date) + HOUR),
    });
    expect(r.status).toBe(200);
    expect(ms(r.body.lease.end_date)).toBe(ms(lease.end_date) + HOUR);
    expect(ms(r.body.lease.start_date)).toBe(ms(lease.start_date));
  });
});

describe('a lease from a client on the simulator clock (X-Sim-Dates: virtual, as envboot sends)', () => {
  it('gets exactly the dates it sent', async () => {
    wallMinutePasses();
    sim.clock.advance(3 * DAY);
    const now = floor(sim.clock.now().getTime());
    const r = await c.leaseCreate({
      start_date: blazarDate(now + HOUR),
      end_date: blazarDate(now + 3 * HOUR),
    });
    expect(r.status).toBe(201);
    expect(ms(r.body.lease.start_date)).toBe(now + HOUR);
    expect(ms(r.body.lease.end_date)).toBe(now + 3 * HOUR);
    const fromNow = await c.leaseCreate(
      { start_date: 'now', end_date: blazarDate(now + 2 * HOUR) },
      { resource_properties: '["==","$node_type","gpu_rtx_6000"]' },
    );
    expect(ms(fromNow.body.lease.end_date) - ms(fromNow.body.lease.start_date)).toBe(2 * HOUR);
  });

  it('starts now a start its reckoning left behind, keeping the length', async () => {
    const reckoned = floor(sim.clock.now().getTime());
    wall += 10_000; // ten real seconds: ten virtual minutes
    const r = await c.leaseCreate({
      start_date: blazarDate(reckoned),
      end_date: blazarDate(reckoned + HOUR),
    });
    expect(r.status).toBe(201);
    expect(ms(r.body.lease.start_date)).toBe(floor(sim.clock.now().getTime()));
    expect(ms(r.body.lease.end_date) - ms(r.body.lease.start_date)).toBe(HOUR);
  });

  it('refuses a header naming another clock (Blazar 400)', async () => {
    const r = await c.leaseCreate({}, {}, { 'X-Sim-Dates': 'sundial' });
    expect(r.status).toBe(400);
    expect(r.body.error_message).toBe('Malformed header X-Sim-Dates: expected wall or virtual');
  });
});
