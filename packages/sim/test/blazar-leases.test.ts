/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Blazar leases over HTTP: create/show/list/update/delete, the status life cycle on the virtual clock, the date
// rules (wall clock vs virtual clock), allocation and its refusals, floating IP reservations.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { eventually } from '@envboot/testkit';
import { appCredAuth, blazarDate, Client, DAY, MINUTE, start } from './helpers.js';

let sim: Sim;
let c: Client;

beforeEach(async () => {
  sim = await start();
  c = await new Client(sim).login();
});
afterEach(() => sim.close());

const BLAZAR_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/;

/** Advances the clock one second at a time and records every status the lease shows, from `first`. */
async function statuses(id: string, seconds: number, first?: string): Promise<string[]> {
  const seen: string[] = first ? [first] : [];
  for (let i = 0; i < seconds; i++) {
    const lease = await c.leaseAfter(id, 1000);
    if (seen[seen.length - 1] !== lease.status) seen.push(lease.status);
  }
  return seen;
}

describe('creating a lease', () => {
  it('answers 201 with the lease PENDING, in Blazar formats', async () => {
    const r = await c.leaseCreate({ name: 'my-lease' });
    expect(r.status).toBe(201);
    const l = r.body.lease;
    expect(l).toMatchObject({
      name: 'my-lease',
      status: 'PENDING',
      degraded: false,
      project_id: sim.identity.projectId,
      user_id: sim.identity.userId,
      updated_at: null,
    });
    expect(l.start_date).toMatch(BLAZAR_DATE);
    expect(l.end_date).toMatch(BLAZAR_DATE);
    expect(l.created_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(Date.parse(`${l.end_date}Z`) - Date.parse(`${l.start_date}Z`)).toBe(DAY);
    expect(l.reservations).toEqual([
      expect.objectContaining({
        resource_type: 'physical:host',
        status: 'pending',
        min: 1,
        max: 1,
        resource_properties: '["==","$node_type","compute_skylake"]',
        hypervisor_properties: '',
        before_end: 'default',
        lease_id: l.id,
      }),
    ]);
    expect(l.events.map((e: any) => [e.event_type, e.status])).toEqual([
      ['start_lease', 'UNDONE'],
      ['end_lease', 'UNDONE'],
      ['before_end_lease', 'UNDONE'],
    ]);
    expect(r.headers.get('openstack-api-version')).toBe('reservation 1.0');
  });

  it('goes PENDING → STARTING → ACTIVE, then TERMINATING → TERMINATED at its end', async () => {
    const r = await c.leaseCreate({ end_date: blazarDate(sim.clock.now().getTime() + 2 * 3600_000) });
    const id = r.body.lease.id;
    expect(await statuses(id, 20, r.body.lease.status)).toEqual(['PENDING', 'STARTING', 'ACTIVE']);
    let lease = (await c.get(`/reservation/v1/leases/${id}`)).body.lease;
    expect(lease.reservations[0].status).toBe('active');
    expect(lease.events.find((e: any) => e.event_type === 'start_lease').status).toBe('DONE');
    sim.clock.advance(Date.parse(`${lease.end_date}Z`) - sim.clock.now().getTime() - 20_000);
    expect(await statuses(id, 40)).toEqual(['ACTIVE', 'TERMINATING', 'TERMINATED']);
    lease = (await c.get(`/reservation/v1/leases/${id}`)).body.lease;
    expect(lease.events.map((e: any) => e.status)).toEqual(['DONE', 'DONE', 'DONE']);
    expect(lease.reservations[0].status).toBe('deleted');
  });

  it('goes to ERROR at start with the lease-error fault', async () => {
    sim.setFaults({ leaseError: 'next' });
    const failing = (await c.leaseCreate()).body.lease.id;
    const fine = (await c.leaseCreate({}, {})).body.lease.id;
    expect(await statuses(failing, 20, 'PENDING')).toEqual(['PENDING', 'STARTING', 'ERROR']);
    const lease = (await c.get(`/reservation/v1/leases/${failing}`)).body.lease;
    expect(lease.events[0].status).toBe('ERROR');
    expect(lease.reservations[0].status).toBe('error');
    expect((await c.get(`/reservation/v1/leases/${fine}`)).body.lease.status).toBe('ACTIVE');
  });

  it('takes the site default node type when resource_properties is empty, and any type when that is full', async () => {
    const node = async (leaseId: string) => {
      const state = sim.state() as any;
      return state.leases.find((l: any) => l.id === leaseId).reservations[0].hosts[0].node_type;
    };
    const ids = [];
    for (let i = 0; i < 3; i++) {
      const r = await c.leaseCreate({}, { resource_properties: '' });
      expect(r.status).toBe(201);
      ids.push(r.body.lease.id);
    }
    // the small site has three compute_skylake nodes, one of them booked now
    expect([await node(ids[0]), await node(ids[1]), await node(ids[2])]).toEqual([
      'compute_skylake',
      'compute_skylake',
      expect.not.stringMatching('compute_skylake'),
    ]);
  });

  it('accepts the "=" operator and "and" filters', async () => {
    const eq = await c.leaseCreate({}, { resource_properties: '["=", "$node_type", "gpu_rtx_6000"]' });
    expect(eq.status).toBe(201);
    const and = await c.leaseCreate(
      {},
      { resource_properties: '["and", ["==", "$node_type", "gpu_rtx_6000"], ["==", "$gpu.gpu", "True"]]' },
    );
    expect(and.status).toBe(201);
    const none = await c.leaseCreate(
      {},
      { resource_properties: '["and", ["==", "$node_type", "gpu_rtx_6000"], ["==", "$gpu.gpu", "False"]]' },
    );
    expect(none.status).toBe(500);
  });

  it('refuses too few free hosts with Blazar 500 and the query in the message', async () => {
    const r = await c.leaseCreate({}, { min: 3, max: 3 });
    expect(r.status).toBe(500);
    expect(r.body.error_code).toBe(500);
    expect(r.body.error_name).toBe(500);
    expect(r.body.error_message).toMatch(
      /^Not enough resources available with query \{'resource_type': 'physical:host', 'min': 3, 'max': 3, /,
    );
    expect(r.body.error_message).toContain(
      '\'resource_properties\': \'["==","$node_type","compute_skylake"]\'',
    );
    expect(r.body.error_message).toMatch(/'start_date': datetime\.datetime\(\d{4}, \d+, \d+, \d+, \d+\)/);
    // nothing was kept: the two free nodes can still be reserved
    expect((await c.leaseCreate({}, { min: 2, max: 2 })).status).toBe(201);
    expect((await c.leaseCreate()).status).toBe(500);
  });

  it('gives a lease at most `max` hosts and at least `min`', async () => {
    const r = await c.leaseCreate({}, { min: 1, max: 5 });
    expect(r.status).toBe(201);
    const state = sim.state() as any;
    expect(state.leases[0].reservations[0].hosts).toHaveLength(2);
  });

  it.each([
    [
      'an unknown property',
      { resource_properties: '["==", "$colour", "red"]' },
      500,
      'colour ComputeHostExtraCapability was not found',
    ],
    [
      'a malformed filter',
      { resource_properties: '["==", "$node_type", 1]' },
      400,
      'Malformed requirements ["==", "$node_type", 1]',
    ],
    ['min 0', { min: 0 }, 400, 'Malformed parameter min and max (must be greater than or equal to 1)'],
    [
      'max below min',
      { min: 2, max: 1 },
      400,
      'Invalid values for min/max of hosts. Max must be equal to or larger than min.',
    ],
    ['no min', { min: undefined }, 400, 'Missing parameter min'],
    ['a bad before_end', { before_end: 'later' }, 400, 'Malformed parameter before_end'],
    [
      'an unsupported resource type',
      { resource_type: 'network', network_name: 'x' },
      500,
      'The network resource type is not supported',
    ],
  ])('refuses %s', async (_what, reservation, status, message) => {
    const r = await c.leaseCreate({}, reservation);
    expect(r.status).toBe(status);
    expect(r.body).toEqual({ error_code: status, error_message: message, error_name: status });
  });

  it.each([
    [
      'a lease over 7 days',
      { end_date: 'plus8d' },
      403,
      /^Lease duration of \d+ seconds must be less than or equal to the maximum lease duration of 604800 seconds\.$/,
    ],
    [
      'an unparsable date',
      { end_date: '2026-11-25T10:00' },
      400,
      /^2026-11-25T10:00 is an invalid date\. Required format: %Y-%m-%d %H:%M$/,
    ],
    ['an end before the start', { end_date: 'minus1h' }, 400, /End date must be later than start date/],
    ['no name', { name: undefined }, 400, /Missing parameter name/],
  ])('refuses %s', async (_what, overrides: Record<string, unknown>, status, message) => {
    const now = sim.clock.now().getTime();
    const end =
      overrides.end_date === 'plus8d'
        ? blazarDate(now + 8 * DAY)
        : overrides.end_date === 'minus1h'
          ? blazarDate(now - 3600_000)
          : overrides.end_date;
    const r = await c.leaseCreate({ ...overrides, ...(end ? { end_date: end } : {}) });
    expect(r.status).toBe(status);
    expect(r.body.error_message).toMatch(message);
  });

  it('refuses leases from restricted application credentials, as the trust Blazar needs cannot be created', async () => {
    const cred = (
      await c.post(`/v3/users/${sim.identity.userId}/application_credentials`, {
        application_credential: { name: 'r' },
      })
    ).body.application_credential;
    const r = new Client(sim);
    r.token = (await r.post('/v3/auth/tokens', appCredAuth(cred.id, cred.secret))).headers.get(
      'x-subject-token',
    )!;
    const refused = await r.leaseCreate();
    expect(refused.status).toBe(500);
    expect(refused.body).toEqual({
      error_code: 500,
      error_message: 'Internal Server Error',
      error_name: 'INTERNAL_SERVER_ERROR',
    });
  });
});

describe('dates and the virtual clock', () => {
  it('at speed 1, accepts the current wall-clock minute as it is, and refuses the minute before (403)', async () => {
    const minute = Math.floor(Date.now() / MINUTE) * MINUTE;
    const ok = await c.leaseCreate({ start_date: blazarDate(minute), end_date: blazarDate(minute + DAY) });
    expect(ok.status).toBe(201);
    expect(ok.body.lease.start_date).toBe(`${blazarDate(minute).replace(' ', 'T')}:00.000000`);
    const past = await c.leaseCreate({
      start_date: blazarDate(minute - MINUTE),
      end_date: blazarDate(minute + DAY),
    });
    expect(past.status).toBe(403);
    expect(past.body.error_message).toBe('Start date must later than current date');
  });

  it('ahead of the wall clock, starts a lease from the wall-clock minute now and keeps its duration', async () => {
    sim.clock.advance(5 * 3600_000 + 17_000);
    const minute = Math.floor(Date.now() / MINUTE) * MINUTE;
    const onWallClock = {};
    const r = await c.leaseCreate(
      { start_date: blazarDate(minute), end_date: blazarDate(minute + 3 * 3600_000) },
      {},
      onWallClock,
    );
    expect(r.status).toBe(201);
    const start = Date.parse(`${r.body.lease.start_date}Z`);
    const end = Date.parse(`${r.body.lease.end_date}Z`);
    expect(start).toBe(Math.floor(sim.clock.now().getTime() / MINUTE) * MINUTE);
    expect(end - start).toBe(3 * 3600_000);
    expect(await c.leaseAfter(r.body.lease.id, 20_000)).toMatchObject({ status: 'ACTIVE' });
  });

  it('ahead of the wall clock, takes "now" with an end on the clock the client says it reckons on', async () => {
    sim.clock.advance(5 * 3600_000);
    const duration = (l: any) => Date.parse(`${l.end_date}Z`) - Date.parse(`${l.start_date}Z`);
    // The wall minute may turn between the two readings, as it may between a client and a real Blazar.
    const fromWall = await c.leaseCreate(
      { start_date: 'now', end_date: blazarDate(Date.now() + 3 * 3600_000) },
      {},
      {},
    );
    expect(fromWall.status).toBe(201);
    expect(Math.abs(duration(fromWall.body.lease) - 3 * 3600_000)).toBeLessThanOrEqual(MINUTE);
    const fromSim = await c.leaseCreate(
      { start_date: 'now', end_date: blazarDate(sim.clock.now().getTime() + 2 * 3600_000) },
      { resource_properties: '["==","$node_type","gpu_rtx_6000"]' },
    );
    expect(fromSim.status).toBe(201);
    expect(Math.abs(duration(fromSim.body.lease) - 2 * 3600_000)).toBeLessThanOrEqual(MINUTE);
  });

  it('starts a lease dated in the future when the virtual clock reaches its start', async () => {
    const now = sim.clock.now().getTime();
    const r = await c.leaseCreate({
      start_date: blazarDate(now + 3600_000),
      end_date: blazarDate(now + 5 * 3600_000),
    });
    const id = r.body.lease.id;
    expect((await c.leaseAfter(id, 55 * MINUTE)).status).toBe('PENDING');
    expect((await c.leaseAfter(id, 6 * MINUTE)).status).toBe('ACTIVE');
  });

  it('at high speed, starts a future lease by itself, about (wait / speed) later in real time', async () => {
    const fast = await start({ speed: 3600 });
    try {
      const f = await new Client(fast).login();
      const now = fast.clock.now().getTime();
      const r = await f.leaseCreate({
        start_date: blazarDate(now + 60 * MINUTE),
        // A day: 24 s of real time, so a busy machine still sees it ACTIVE.
        end_date: blazarDate(now + DAY),
      });
      expect(r.status).toBe(201);
      expect((await f.get(`/reservation/v1/leases/${r.body.lease.id}`)).body.lease.status).toBe('PENDING');
      // About a second of real time: nothing here moves the clock by hand.
      const state = await eventually(() => {
        const s = fast.state() as any;
        expect(s.leases[0].status).toBe('ACTIVE');
        return s;
      });
      expect(Date.parse(state.clock.now) - Date.parse(state.clock.wall)).toBeGreaterThan(0);
    } finally {
      await fast.close();
    }
  });
});

describe('reading, changing and deleting leases', () => {
  it('lists only the caller project leases and ignores query parameters', async () => {
    await c.leaseCreate({ name: 'a' });
    await c.leaseCreate({ name: 'b' }, { resource_properties: '["==","$node_type","gpu_rtx_6000"]' });
    const all = await c.get('/reservation/v1/leases?name=a&status=ACTIVE');
    expect(all.body.leases.map((l: any) => l.name).sort()).toEqual(['a', 'b']);
    expect((await c.get('/reservation/v1/leases.json')).body.leases).toHaveLength(2);
  });

  it('shows any lease by id, including the calendar of other projects', async () => {
    const alloc = (await c.get('/reservation/v1/os-hosts/allocations')).body.allocations;
    const other = alloc.flatMap((a: any) => a.reservations)[0];
    const r = await c.get(`/reservation/v1/leases/${other.lease_id}`);
    expect(r.status).toBe(200);
    expect(r.body.lease.project_id).not.toBe(sim.identity.projectId);
  });

  it('answers an unknown lease with Blazar 404', async () => {
    const r = await c.get('/reservation/v1/leases/00000000-0000-0000-0000-000000000000');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({
      error_code: 404,
      error_message: "Object with {'lease_id': '00000000-0000-0000-0000-000000000000'} not found",
      error_name: 404,
    });
  });

  it('deletes with 200 {} (as Chameleon does), after which the lease is gone', async () => {
    const id = (await c.leaseCreate()).body.lease.id;
    const r = await c.del(`/reservation/v1/leases/${id}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({});
    expect((await c.get(`/reservation/v1/leases/${id}`)).status).toBe(404);
    expect((await c.leaseCreate({}, { min: 2, max: 2 })).status).toBe(201);
  });

  it('renames, and extends a started lease only in its last 48 hours, up to 7 days', async () => {
    const now = sim.clock.now().getTime();
    const id = (await c.leaseCreate({ end_date: blazarDate(now + 5 * DAY) })).body.lease.id;
    // Blazar compares minutes: a lease has started once the current minute is past its start minute
    await c.leaseAfter(id, 2 * MINUTE);
    expect((await c.put(`/reservation/v1/leases/${id}`, { name: 'renamed' })).body.lease.name).toBe(
      'renamed',
    );
    const lease = (await c.get(`/reservation/v1/leases/${id}`)).body.lease;
    const end = Date.parse(`${lease.end_date}Z`);
    const early = await c.put(`/reservation/v1/leases/${id}`, { end_date: blazarDate(end + DAY) });
    expect(early.status).toBe(400);
    expect(early.body.error_message).toBe(
      'Lease can only be extended within 172800 seconds of the leases current end time.',
    );
    sim.clock.advance(4 * DAY);
    const ok = await c.put(`/reservation/v1/leases/${id}`, { end_date: blazarDate(end + DAY) });
    expect(ok.status).toBe(200);
    expect(Date.parse(`${ok.body.lease.end_date}Z`)).toBe(end + DAY);
    // Measured from the current end (now end + 1 day), and refused with the code Blazar's update passes through.
    const tooLong = await c.put(`/reservation/v1/leases/${id}`, { end_date: blazarDate(end + 9 * DAY) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error_message).toBe(
      'Lease duration of 691200 seconds must be less than or equal to the maximum lease duration of 604800 seconds.',
    );
    const moveStart = await c.put(`/reservation/v1/leases/${id}`, {
      start_date: blazarDate(sim.clock.now().getTime() + DAY),
    });
    expect(moveStart.status).toBe(403);
    expect(moveStart.body.error_message).toBe('Cannot modify the start date of already started leases');
    const badRes = await c.put(`/reservation/v1/leases/${id}`, { reservations: [{ id: 'nope', max: 2 }] });
    expect(badRes.status).toBe(400);
  });

  it('moves a pending lease and re-checks its hosts', async () => {
    const now = sim.clock.now().getTime();
    const id = (
      await c.leaseCreate(
        { start_date: blazarDate(now + DAY), end_date: blazarDate(now + 2 * DAY) },
        { min: 2, max: 2 },
      )
    ).body.lease.id;
    const moved = await c.put(`/reservation/v1/leases/${id}`, {
      start_date: blazarDate(now + 3 * DAY),
      end_date: blazarDate(now + 4 * DAY),
    });
    expect(moved.status).toBe(200);
    expect(Date.parse(`${moved.body.lease.start_date}Z`)).toBe(Math.floor((now + 3 * DAY) / MINUTE) * MINUTE);
    expect(moved.body.lease.events[0].time).toBe(moved.body.lease.start_date);
    // three skylake nodes are free then: growing to 3 works, to 4 does not
    const rid = moved.body.lease.reservations[0].id;
    expect(
      (await c.put(`/reservation/v1/leases/${id}`, { reservations: [{ id: rid, min: 3, max: 3 }] })).status,
    ).toBe(200);
    const tooMany = await c.put(`/reservation/v1/leases/${id}`, {
      reservations: [{ id: rid, min: 4, max: 4 }],
    });
    expect(tooMany.status).toBe(500);
    expect(tooMany.body.error_message).toMatch(/^Not enough resources available/);
  });
});

describe('floating IP reservations (virtual:floatingip)', () => {
  it('put tagged addresses in the project while the lease is ACTIVE, and take them away at its end', async () => {
    const publicId = await c.network('public');
    const now = sim.clock.now().getTime();
    const r = await c.post('/reservation/v1/leases', {
      name: 'fips',
      start_date: 'now',
      end_date: blazarDate(now + 3600_000),
      reservations: [
        {
          resource_type: 'virtual:floatingip',
          network_id: publicId,
          amount: 2,
          required_floatingips: ['192.5.87.200'],
        },
      ],
      events: [],
    });
    expect(r.status).toBe(201);
    const rid = r.body.lease.reservations[0].id;
    expect(r.body.lease.reservations[0]).toMatchObject({
      resource_type: 'virtual:floatingip',
      network_id: publicId,
      amount: 2,
      required_floatingips: ['192.5.87.200'],
    });
    expect((await c.get(`/network/v2.0/floatingips?tags=reservation:${rid}`)).body.floatingips).toEqual([]);
    await c.leaseAfter(r.body.lease.id, 20_000);
    const fips = (await c.get(`/network/v2.0/floatingips?tags=reservation:${rid}`)).body.floatingips;
    expect(fips.map((f: any) => f.floating_ip_address).sort()).toEqual(['192.5.87.150', '192.5.87.200']);
    expect(fips[0].tags).toEqual(['blazar', `reservation:${rid}`]);
    await c.leaseAfter(r.body.lease.id, 3600_000);
    expect((await c.get(`/network/v2.0/floatingips?tags=reservation:${rid}`)).body.floatingips).toEqual([]);
  });

  it('go at once when an ACTIVE lease is deleted, attached or not; ad-hoc addresses stay', async () => {
    const publicId = await c.network('public');
    const now = sim.clock.now().getTime();
    const created = await c.post('/reservation/v1/leases', {
      name: 'fips-deleted',
      start_date: 'now',
      end_date: blazarDate(now + DAY),
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          hypervisor_properties: '',
          resource_properties: '["==","$node_type","compute_skylake"]',
        },
        { resource_type: 'virtual:floatingip', network_id: publicId, amount: 2 },
      ],
      events: [],
    });
    expect(created.status).toBe(201);
    const lease = await c.leaseAfter(created.body.lease.id, 30_000);
    expect(lease.status).toBe('ACTIVE');
    const hostRes = lease.reservations.find((r: any) => r.resource_type === 'physical:host').id;
    const fipRes = lease.reservations.find((r: any) => r.resource_type === 'virtual:floatingip').id;
    const reserved = (await c.get(`/network/v2.0/floatingips?tags=reservation:${fipRes}`)).body.floatingips;
    expect(reserved).toHaveLength(2);
    // One reserved address attached to a server on the lease, and one ad-hoc address of the project's own.
    const server = (await c.serverCreate(hostRes)).body.server;
    const port = (await c.get(`/network/v2.0/ports?device_id=${server.id}`)).body.ports[0];
    expect(
      (await c.put(`/network/v2.0/floatingips/${reserved[0].id}`, { floatingip: { port_id: port.id } }))
        .status,
    ).toBe(200);
    const adHoc = await c.post('/network/v2.0/floatingips', {
      floatingip: { floating_network_id: publicId },
    });
    expect(adHoc.status).toBe(201);

    expect((await c.del(`/reservation/v1/leases/${lease.id}`)).status).toBe(200);
    const left = (await c.get('/network/v2.0/floatingips')).body.floatingips.map((f: any) => f.id);
    expect(left).not.toContain(reserved[0].id);
    expect(left).not.toContain(reserved[1].id);
    expect(left).toContain(adHoc.body.floatingip.id);
  });

  it('refuses more addresses than the reservable pool holds, and other networks', async () => {
    const publicId = await c.network('public');
    const ask = (network_id: string, amount: number) =>
      c.post('/reservation/v1/leases', {
        name: 'fips',
        start_date: 'now',
        end_date: blazarDate(sim.clock.now().getTime() + 3600_000),
        reservations: [{ resource_type: 'virtual:floatingip', network_id, amount }],
        events: [],
      });
    const many = await ask(publicId, 101);
    expect(many.status).toBe(500);
    expect(many.body.error_message).toBe('Not enough floating IPs available');
    expect((await ask(await c.network('sharednet1'), 1)).status).toBe(500);
  });
});

describe('the reservation API itself', () => {
  it('serves its version document and refuses unsupported microversions', async () => {
    const v = await c.get('/reservation');
    expect(v.status).toBe(300);
    expect(v.body.versions[0]).toMatchObject({
      id: 'v1.0',
      status: 'CURRENT',
      links: [{ href: `${sim.url}/reservation/v1`, rel: 'self' }],
    });
    const ok = await c.get('/reservation/v1/leases', { 'OpenStack-API-Version': 'reservation 1.0' });
    expect(ok.headers.get('openstack-api-version')).toBe('reservation 1.0');
    expect(ok.headers.get('vary')).toBe('OpenStack-API-Version');
    const bad = await c.get('/reservation/v1/leases', { 'OpenStack-API-Version': 'reservation 1.2' });
    expect(bad.status).toBe(406);
    expect(bad.body).toEqual({
      error: 406,
      error_message: 'Version 1.2 is not supported by the API. Minimum is 1.0 and maximum is 1.0.',
    });
  });

  it('serves /reservation/versions and the hosts of a lease', async () => {
    expect((await c.get('/reservation/versions')).body.versions[0].id).toBe('v1.0');
    const lease = (await c.leaseCreate({}, { min: 2, max: 2 })).body.lease;
    const hosts = (await c.get(`/reservation/v1/leases/${lease.id}/hosts`)).body.hosts;
    expect(hosts.map((h: any) => h.id).sort()).toEqual(['1682', '1716']);
    expect(hosts[0]).toMatchObject({ hypervisor_type: 'ironic', vcpus: 48 });
    expect(hosts[0].node_type).toBeUndefined();
  });

  it('answers unknown routes and methods with its routing error shape', async () => {
    const nf = await c.get('/reservation/v1/nothing');
    expect(nf.status).toBe(404);
    expect(nf.body).toEqual({ error: 404, error_message: 'The resource could not be found.' });
    const na = await c.call('PATCH', '/reservation/v1/leases');
    expect(na.status).toBe(405);
    expect(na.headers.get('allow')).toBe('GET, POST');
  });
});
