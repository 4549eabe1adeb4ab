/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Chameleon's extension rules, for every lease, on the simulator's clock: only within 48 hours of the current end,
// at most 7 days past it, and only while the hosts stay free (a started lease keeps its hosts).
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { blazarDate, Client, DAY, MINUTE, start } from './helpers.js';

const HOUR = 60 * MINUTE;
/** One of the small seed's compute_skylake hosts that nothing else holds. */
const HOST_UID = '490a3354-5ed2-4330-9e64-c3bcfd7519d4';
const onHost = `["==","$uid","${HOST_UID}"]`;

let sim: Sim;
let c: Client;

beforeEach(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterEach(() => sim.close());

const ms = (blazar: string) => Date.parse(`${blazar}Z`);
const extend = (id: string, end: number) =>
  c.put(`/reservation/v1/leases/${id}`, { end_date: blazarDate(end) });

describe('extending a lease that has not started', () => {
  it('is refused until its last 48 hours, as for a started one', async () => {
    const now = sim.clock.now().getTime();
    const created = await c.leaseCreate({
      start_date: blazarDate(now + 3 * DAY),
      end_date: blazarDate(now + 4 * DAY),
    });
    const lease = created.body.lease;
    const end = ms(lease.end_date);
    const early = await extend(lease.id, end + HOUR);
    expect(early.status).toBe(400);
    expect(early.body).toEqual({
      error_code: 400,
      error_message: 'Lease can only be extended within 172800 seconds of the leases current end time.',
      error_name: 400,
    });
    // Nothing changed.
    expect(ms((await c.get(`/reservation/v1/leases/${lease.id}`)).body.lease.end_date)).toBe(end);
    // The window opens at end − 48 h, before the lease starts.
    sim.clock.advance(end - 2 * DAY - sim.clock.now().getTime());
    const ok = await extend(lease.id, end + HOUR);
    expect(ok.status).toBe(200);
    expect(ok.body.lease.status).toBe('PENDING');
    expect(ms(ok.body.lease.end_date)).toBe(end + HOUR);
  });

  it('can be shortened at any time', async () => {
    const now = sim.clock.now().getTime();
    const lease = (
      await c.leaseCreate({ start_date: blazarDate(now + DAY), end_date: blazarDate(now + 5 * DAY) })
    ).body.lease;
    const r = await extend(lease.id, ms(lease.end_date) - DAY);
    expect(r.status).toBe(200);
  });

  it('may be deferred only within the window too (a later start is checked as an extension)', async () => {
    const now = sim.clock.now().getTime();
    const lease = (
      await c.leaseCreate({ start_date: blazarDate(now + DAY), end_date: blazarDate(now + 5 * DAY) })
    ).body.lease;
    const r = await c.put(`/reservation/v1/leases/${lease.id}`, {
      start_date: blazarDate(ms(lease.start_date) + HOUR),
    });
    expect(r.status).toBe(400);
    expect(r.body.error_message).toMatch(/^Lease can only be extended within 172800 seconds/);
  });
});

describe('how far', () => {
  it('adds at most 7 days to the current end, whatever the lease length', async () => {
    // A day-long lease is in its last 48 hours as soon as it exists.
    const lease = (await c.leaseCreate()).body.lease;
    const end = ms(lease.end_date);
    const tooFar = await extend(lease.id, end + 7 * DAY + MINUTE);
    expect(tooFar.status).toBe(400);
    expect(tooFar.body).toEqual({
      error_code: 400,
      error_message:
        'Lease duration of 604860 seconds must be less than or equal to the maximum lease duration of 604800 seconds.',
      error_name: 400,
    });
    const week = await extend(lease.id, end + 7 * DAY);
    expect(week.status).toBe(200);
    expect(ms(week.body.lease.end_date) - ms(week.body.lease.start_date)).toBe(8 * DAY);
  });
});

describe('when another reservation holds the hosts', () => {
  it('refuses a started lease with the generic 500, and leaves it as it was', async () => {
    const lease = (await c.leaseCreate({}, { resource_properties: onHost })).body.lease;
    const end = ms(lease.end_date);
    // Someone books the same host from the end of this lease.
    const next = await c.leaseCreate(
      { name: 'next', start_date: blazarDate(end), end_date: blazarDate(end + DAY) },
      { resource_properties: onHost },
    );
    expect(next.status).toBe(201);
    expect((await c.leaseAfter(lease.id, 30_000)).status).toBe('ACTIVE');
    const blocked = await extend(lease.id, end + HOUR);
    expect(blocked.status).toBe(500);
    expect(blocked.body).toEqual({
      error_code: 500,
      error_message: 'Not enough hosts available',
      error_name: 500,
    });
    const after = (await c.get(`/reservation/v1/leases/${lease.id}`)).body.lease;
    expect(after).toMatchObject({ status: 'ACTIVE', end_date: lease.end_date });
    // Once the other lease is gone, the same extension works.
    expect((await c.del(`/reservation/v1/leases/${next.body.lease.id}`)).status).toBe(200);
    expect((await extend(lease.id, end + HOUR)).status).toBe(200);
  });

  it('lets a started lease extend up to where the other reservation begins', async () => {
    const lease = (await c.leaseCreate({}, { resource_properties: onHost })).body.lease;
    const end = ms(lease.end_date);
    await c.leaseCreate(
      { name: 'later', start_date: blazarDate(end + 6 * HOUR), end_date: blazarDate(end + DAY) },
      { resource_properties: onHost },
    );
    await c.leaseAfter(lease.id, 30_000);
    expect((await extend(lease.id, end + 7 * HOUR)).status).toBe(500);
    expect((await extend(lease.id, end + 6 * HOUR)).status).toBe(200);
  });

  it('moves a lease that has not started to another free host instead', async () => {
    const now = sim.clock.now().getTime();
    const lease = (
      await c.leaseCreate(
        { start_date: blazarDate(now + HOUR), end_date: blazarDate(now + DAY) },
        { resource_properties: '["==","$node_type","compute_skylake"]' },
      )
    ).body.lease;
    const hosts = async () =>
      (await c.get(`/reservation/v1/leases/${lease.id}/hosts`)).body.hosts.map((h: any) => h.id);
    const [first] = await hosts();
    const end = ms(lease.end_date);
    const host = (await c.get(`/reservation/v1/os-hosts/${first}`)).body.host;
    await c.leaseCreate(
      { name: 'after', start_date: blazarDate(end), end_date: blazarDate(end + DAY) },
      { resource_properties: `["==","$uid","${host.uid}"]` },
    );
    const moved = await extend(lease.id, end + HOUR);
    expect(moved.status).toBe(200);
    expect(await hosts()).not.toContain(first);
  });
});

describe('the reminder', () => {
  it('is sent again before the new end of an extended lease', async () => {
    const lease = (await c.leaseCreate()).body.lease;
    const reminder = (l: any) => l.events.find((e: any) => e.event_type === 'before_end_lease');
    const active = await c.leaseAfter(lease.id, 30_000);
    expect(reminder(active).status).toBe('DONE');
    const end = ms(lease.end_date);
    const r = await extend(lease.id, end + 3 * DAY);
    expect(r.status).toBe(200);
    expect(reminder(r.body.lease)).toMatchObject({ status: 'UNDONE' });
    expect(ms(reminder(r.body.lease).time)).toBe(end + 3 * DAY - DAY);
  });

  it('is not sent for a lease made with before_end "" (kept as it was given; only a missing value is the default)', async () => {
    const quiet = (await c.leaseCreate({}, { before_end: '' })).body.lease;
    expect(quiet.reservations[0].before_end).toBe('');
    const usual = (await c.leaseCreate({ name: 'usual' })).body.lease;
    expect(usual.reservations[0].before_end).toBe('default');
  });
});
