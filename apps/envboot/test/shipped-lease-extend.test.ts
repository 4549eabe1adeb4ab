// envboot lease-extend through the shipped CLI against a simulator, on its clock (moved by hand, never waited for):
// refused before anything is sent when it is too early (with the moment the window opens), too far (with the
// latest end) or when another reservation takes the host (with how far it can go and the next free window); done
// within the window, with the cost of the added time; and Blazar's own refusal read when it refuses anyway.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startSim, type AnsweredRequest, type Sim } from '@envboot/sim';
import type { LeaseData } from '@envboot/core';
import { blazar, type Cloud } from '@envboot/openstack';
import { envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { atTerminal, sandbox, type Sandbox } from './shipped-support.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let sim: Sim;
let cloud: Cloud;
let box: Sandbox;
let answered: AnsweredRequest[] = [];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', onRequest: (r) => answered.push(r) });
  cloud = await simCloud(sim);
  box = sandbox('shipped-lease-extend');
});
afterAll(() => sim.close());
beforeEach(() => {
  answered = [];
});

const extend = (...args: string[]) =>
  runCli(['lease-extend', '--site', 'sim', '--no-token-cache', ...args], {
    env: { ...box.env, ENVBOOT_SIM_URL: sim.url },
  });
/** A lease from now, made ACTIVE by moving the simulator's clock (Blazar starts it within 15 virtual seconds). */
const activeLease = async (name: string, nodeType: string, hours: number) => {
  const lease = await makeLease(sim, cloud, name, { nodeType, hours, wait: false });
  sim.clock.advance(30_000);
  return blazar.leases.get(cloud.blazar, lease.id);
};
const puts = () => answered.filter((r) => r.method === 'PUT');
const endOf = async (id: string) => Date.parse((await blazar.leases.get(cloud.blazar, id)).end);
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const flagDate = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
/** The uid of the one host a lease holds. */
const hostUid = async (leaseId: string) => {
  const allocations = await blazar.allocations.list(cloud.blazar, { lease_id: leaseId });
  const id = allocations.find((a) => a.reservations.length > 0)!.resource_id;
  return (await blazar.hosts.get(cloud.blazar, id)).hypervisor_hostname;
};
const leaseOnHost = (name: string, uid: string, start: number, end: number) =>
  blazar.leases.create(cloud.blazar, {
    name,
    start: new Date(start),
    end: new Date(end),
    reservations: [
      { resource_type: 'physical:host', min: 1, max: 1, resource_properties: ['==', '$uid', uid] },
    ],
  });

describe('envboot lease-extend', () => {
  it('says when the 48-hour window opens, sends nothing, then extends once the clock gets there', async () => {
    const lease = await activeLease('ext-window', 'compute_skylake', 96);
    const end = Date.parse(lease.end);
    const early = await extend('ext-window', '--by', '1d');
    expect(early.code).toBe(4);
    const refused = envelopeOf(early);
    expect(refused.error).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'window', allowed_from: iso(end - 2 * DAY), allowed_now: false },
    });
    expect(early.stderr).toContain(`from ${flagDate(end - 2 * DAY)} UTC`);
    expect(hasStackTrace(early.stderr)).toBe(false);
    expect(puts()).toEqual([]);

    sim.clock.advance(end - 2 * DAY - sim.clock.now().getTime());
    answered = [];
    const run = await extend('ext-window', '--by', '1d');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseData;
    expect(data.extension).toMatchObject({
      previous_end: iso(end),
      requested_end: iso(end + DAY),
      added_minutes: 1440,
      sent: true,
      check: { allowed_now: true, max_end: iso(end + 7 * DAY) },
      // 24 hours on one host whose su_factor is 1.0.
      su_cost: { hours: 24, hosts: 1, su_per_hour: 1, su: 24, basis: 'hosts' },
    });
    expect(data.end).toBe(iso(end + DAY));
    // A login, the lease by name, the calendar (allocations and hosts), the update.
    expect(answered.map((r) => `${r.method} ${r.path.split('?')[0]}`).sort()).toEqual([
      'GET /reservation/v1/leases',
      'GET /reservation/v1/os-hosts',
      'GET /reservation/v1/os-hosts/allocations',
      'POST /v3/auth/tokens',
      `PUT /reservation/v1/leases/${lease.id}`,
    ]);
    expect(await endOf(lease.id)).toBe(end + DAY);
    expect(envelopeOf(run).metrics.requests).toBe(5);
  });

  it('refuses more than 7 days past the current end, naming the latest end', async () => {
    const lease = await activeLease('ext-far', 'gpu_rtx_6000', 24);
    const end = Date.parse(lease.end);
    const run = await extend(lease.id, '--until', flagDate(end + 8 * DAY));
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'too_long', max_end: iso(end + 7 * DAY) },
    });
    expect(envelopeOf(run).error!.hint).toContain(`--until "${flagDate(end + 7 * DAY)}"`);
    expect(puts()).toEqual([]);
  });

  it('says how far a lease can go when another reservation takes its host, and the next free window', async () => {
    const lease = await activeLease('ext-blocked', 'compute_skylake', 24);
    const end = Date.parse(lease.end);
    const uid = await hostUid(lease.id);
    const next = await leaseOnHost('ext-next', uid, end + 6 * HOUR, end + 30 * HOUR);
    const run = await extend('ext-blocked', '--by', '1d');
    expect(run.code).toBe(4);
    const error = envelopeOf(run).error!;
    expect(error).toMatchObject({
      code: 'INSUFFICIENT_CAPACITY',
      details: {
        reason: 'blocked',
        max_end: iso(end + 6 * HOUR),
        blocking: [{ lease_id: next.id, start: iso(end + 6 * HOUR), end: iso(end + 30 * HOUR) }],
        free_window: { start: iso(end + 30 * HOUR), end: iso(end + 54 * HOUR) },
      },
    });
    expect(error.message).toContain(`up to ${flagDate(end + 6 * HOUR)} UTC`);
    expect(puts()).toEqual([]);
    // As far as the host is free, it works.
    const upTo = await extend('ext-blocked', '--until', flagDate(end + 6 * HOUR));
    expect(upTo.code).toBe(0);
    expect(await endOf(lease.id)).toBe(end + 6 * HOUR);
  });

  it("reads Blazar's refusal when it refuses anyway (a lease not started yet, with no other host free)", async () => {
    const now = sim.clock.now().getTime();
    const start = Math.ceil((now + HOUR) / MINUTE) * MINUTE;
    const lease = await makeLease(sim, cloud, 'ext-pending', {
      nodeType: 'storage_nvme',
      start: new Date(start),
      hours: 24,
    });
    const end = Date.parse(lease.end);
    await leaseOnHost('ext-after', await hostUid(lease.id), end, end + DAY);
    const run = await extend('ext-pending', '--by', '2h');
    expect(run.code).toBe(4);
    const error = envelopeOf(run).error!;
    expect(error).toMatchObject({
      code: 'INSUFFICIENT_CAPACITY',
      cloud: { status: 500 },
      details: { refusal: 'blocked', reason: 'blocked' },
    });
    expect(String((error.details as Record<string, unknown>).blazar_message)).toMatch(
      /^Not enough resources available/,
    );
    expect(puts()).toHaveLength(1);
    expect(await endOf(lease.id)).toBe(end);
  });

  it('--dry-run checks and prices the extension and sends nothing', async () => {
    const lease = await activeLease('ext-dry', 'compute_cascadelake_r', 12);
    const end = Date.parse(lease.end);
    const run = await extend(lease.id, '--by', '12h', '--dry-run');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseData;
    expect(data).toMatchObject({
      dry_run: true,
      request: { end_date: flagDate(end + 12 * HOUR) },
      extension: { sent: false, su_cost: { hours: 12, su: 12 } },
    });
    expect(puts()).toEqual([]);
    expect(await endOf(lease.id)).toBe(end);
  });

  it('asks for --by or --until, and refuses both', async () => {
    const none = await extend('whatever');
    expect(none.code).toBe(2);
    expect(envelopeOf(none).error!.code).toBe('INVALID_INPUT');
    const both = await extend('whatever', '--by', '1d', '--until', '2030-01-01 00:00');
    expect(both.code).toBe(2);
    expect(answered).toEqual([]);
  });

  it('at a terminal, prints the lease, the extension and its cost', async () => {
    const { code, screen } = await atTerminal(
      ['lease-extend', 'ext-dry', '--by', '3h', '--dry-run', '--site', 'sim', '--no-token-cache'],
      { ...box.env, ENVBOOT_SIM_URL: sim.url },
      { columns: 100 },
    );
    expect(code).toBe(0);
    expect(screen).toContain('ext-dry');
    expect(screen).toMatch(/dry run, not extended/);
    expect(screen).toMatch(/would extend +by 3h, from \d{4}-\d\d-\d\d \d\d:\d\d UTC to /);
    expect(screen).toMatch(/cost +3 SU \(3h × 1 SU\/h\), estimated/);
  });
});
