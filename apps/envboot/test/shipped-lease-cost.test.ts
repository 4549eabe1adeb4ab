// The SU cost capacity and lease-create --dry-run estimate (hours × Σ su_factor of the hosts), and lease-create's
// --before-end, through the shipped CLI against a simulator.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { CapacityData, LeaseData } from '@envboot/core';
import { blazar } from '@envboot/openstack';
import { simCloud } from '@envboot/testkit-cloud';
import { envelopeOf, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
  box = sandbox('shipped-lease-cost');
});
afterAll(() => sim.close());

const env = () => ({ ...box.env, ENVBOOT_SIM_URL: sim.url });
const cli = (...args: string[]) => runCli(args, { env: env() });

/** The before_end Blazar keeps for the lease's host reservation, as Blazar answers it. */
const beforeEndAtBlazar = async (id: string) => {
  const lease = await blazar.leases.get((await simCloud(sim)).blazar, id);
  const host = lease.reservations.find((r) => r.resource_type === 'physical:host');
  return host?.resource_type === 'physical:host' ? host.before_end : undefined;
};

describe('SU cost', () => {
  it('capacity prices each candidate window: hours × Σ su_factor of the hosts it would get', async () => {
    const run = await cli(
      'capacity',
      '--site',
      'sim',
      '--node-type',
      'compute_skylake',
      '--nodes',
      '2',
      '--duration',
      '6h',
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    expect(data.earliest!.su_cost).toEqual({ hours: 6, hosts: 2, su_per_hour: 2, su: 12, basis: 'hosts' });
    expect(data.earliest!.nodes!.every((n) => n.su_factor === 1)).toBe(true);
  });

  it('lease-create --dry-run prices the lease, with capacity’s figure when piped, else 1.0 a host, said so', async () => {
    const alone = await cli(
      'lease-create',
      '--site',
      'sim',
      '--node-type',
      'gpu_rtx_6000',
      '--nodes',
      '2',
      '--duration',
      '1d',
      '--dry-run',
    );
    expect(alone.code).toBe(0);
    expect((envelopeOf(alone).data as LeaseData).su_cost).toEqual({
      hours: 24,
      hosts: 2,
      su_per_hour: 2,
      su: 48,
      basis: 'assumed',
    });
    // capacity's envelope on lease-create's stdin, as in `capacity … | lease-create --dry-run`.
    const found = await cli(
      'capacity',
      '--site',
      'sim',
      '--node-type',
      'compute_skylake',
      '--nodes',
      '1',
      '--duration',
      '3h',
    );
    const piped = await runCli(['lease-create', '--dry-run'], { env: env(), input: found.stdout });
    expect(piped.code).toBe(0);
    expect((envelopeOf(piped).data as LeaseData).su_cost).toEqual({
      hours: 3,
      hosts: 1,
      su_per_hour: 1,
      su: 3,
      basis: 'hosts',
    });
  });
});

describe('lease-create --before-end', () => {
  it('none: Blazar sends no reminder (before_end ""); left out: the site default', async () => {
    const quiet = await cli(
      'lease-create',
      '--site',
      'sim',
      '--node-type',
      'compute_skylake',
      '--duration',
      '2h',
      '--name',
      'quiet',
      '--before-end',
      'none',
    );
    expect(quiet.code).toBe(0);
    const data = envelopeOf(quiet).data as LeaseData;
    expect(data.before_end).toBe('');
    expect(await beforeEndAtBlazar(data.lease_id!)).toBe('');

    const usual = await cli(
      'lease-create',
      '--site',
      'sim',
      '--node-type',
      'compute_skylake',
      '--duration',
      '2h',
      '--name',
      'usual',
    );
    expect((envelopeOf(usual).data as LeaseData).before_end).toBe('default');
    const email = await cli(
      'lease-create',
      '--site',
      'sim',
      '--node-type',
      'gpu_rtx_6000',
      '--duration',
      '2h',
      '--name',
      'email',
      '--before-end',
      'email',
    );
    expect((envelopeOf(email).data as LeaseData).before_end).toBe('email');
  });

  it('refuses another value (yargs choices): exit 2', async () => {
    const run = await cli('lease-create', '--site', 'sim', '--before-end', 'snapshot', '--dry-run');
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error!.code).toBe('USAGE');
  });
});
