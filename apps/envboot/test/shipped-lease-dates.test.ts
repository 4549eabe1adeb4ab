// envboot lease-create through the shipped CLI against a simulator whose clock runs 60 times faster than this
// machine's: envboot reckons its dates on the cloud's clock and says so (X-Sim-Dates: virtual), so the lease has
// exactly the length, and the start, it asked for, with a fresh token or a cached one.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LeaseData } from '@envboot/core';
import { envelopeOf, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let sim: Sim;
let box: Sandbox;
let logins = 0;

beforeAll(async () => {
  sim = await startSim({
    port: 0,
    seed: 'small',
    speed: 60,
    onRequest: (r) => {
      if (r.method === 'POST' && r.path === '/v3/auth/tokens') logins += 1;
    },
  });
  box = sandbox('shipped-lease-dates');
});
afterAll(() => sim.close());

const leaseCreate = async (...args: string[]): Promise<LeaseData> => {
  const run = await runCli(['lease-create', '--site', 'sim', '--nodes', '1', ...args], {
    env: { ...box.env, ENVBOOT_SIM_URL: sim.url },
  });
  expect(run.code).toBe(0);
  return envelopeOf(run).data as LeaseData;
};

interface HeldLease {
  id: string;
  start_date: string;
  end_date: string;
}
const held = (id: string | null) => (sim.state() as { leases: HeldLease[] }).leases.find((l) => l.id === id)!;
const ms = (blazar: string) => Date.parse(`${blazar}Z`);
const length = (l: HeldLease) => ms(l.end_date) - ms(l.start_date);

describe('envboot lease-create against a simulator at speed 60', () => {
  it('from now for an hour: exactly an hour of the simulator time, token fresh or cached', async () => {
    // Far ahead of the wall clock, as after a few minutes at this speed: a date reckoned on the wall clock would
    // make the lease end before it starts.
    sim.clock.advance(5 * HOUR);
    const first = await leaseCreate(
      '--node-type',
      'compute_skylake',
      '--duration',
      '1h',
      '--name',
      'dates-fresh',
    );
    expect(length(held(first.lease_id))).toBe(HOUR);
    // The second run reuses the first one's token: its first request is the lease's.
    const second = await leaseCreate(
      '--node-type',
      'gpu_rtx_6000',
      '--duration',
      '2h',
      '--name',
      'dates-cached',
    );
    expect(length(held(second.lease_id))).toBe(2 * HOUR);
    expect(logins).toBe(1);
  });

  it('from a date on the simulator clock: starts then, for the length asked', async () => {
    const start = Math.floor((sim.clock.now().getTime() + 3 * HOUR) / MINUTE) * MINUTE;
    const text = new Date(start).toISOString().slice(0, 16).replace('T', ' ');
    const lease = await leaseCreate(
      '--node-type',
      'compute_skylake',
      '--start',
      text,
      '--duration',
      '90m',
      '--name',
      'dates-ahead',
    );
    expect(ms(held(lease.lease_id).start_date)).toBe(start);
    expect(length(held(lease.lease_id))).toBe(90 * MINUTE);
  });
});
