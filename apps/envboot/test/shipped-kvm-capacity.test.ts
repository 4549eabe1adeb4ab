// KVM@TACC as a site whose units are flavors, through the shipped CLI against the simulator: capacity lists each
// flavor with how many instances can be reserved now and their SU cost; a flavor lease is extended by Chameleon's
// rules, and beyond 7 days it is refused both by lease-extend and by the simulator's Blazar (400, as Blazar's
// MaxLeaseDurationFilter answers an update); `capacity | lease-create` reserves the flavor capacity answered for.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { CapacityData, LeaseData } from '@envboot/core';
import { blazar, connect, resolveCloudConfig } from '@envboot/openstack';
import { envelopeOf, runCli, simEnv } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

const DAY = 86_400_000;

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', sites: 'uc,kvm', speed: 60 });
  box = sandbox('shipped-kvm-capacity');
});
afterAll(() => sim.close());

const sites = () => `uc=${sim.url},kvm=${sim.site('kvm').url}`;
const envboot = (...args: string[]) =>
  runCli([...args, '--site', 'kvm'], { env: { ...box.env, ENVBOOT_SIM_SITES: sites() } });
const piped = (input: string, ...args: string[]) =>
  runCli(args, { input, env: { ...box.env, ENVBOOT_SIM_SITES: sites() } });
const kvmCloud = async () =>
  connect(
    await resolveCloudConfig({ site: 'kvm', env: { ...simEnv(sim.url), ENVBOOT_SIM_SITES: sites() } }),
    {
      tokenCache: false,
    },
  );

describe('capacity at KVM@TACC', () => {
  it('lists the flavors, GPU first, with how many can be reserved now and their SU cost', async () => {
    const run = await envboot('capacity', '--duration', '4h');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    expect(data.site).toBe('kvm');
    const h100 = data.flavors![0]!;
    // 4 made-up H100 hypervisors, 2 GPUs each, one GPU an instance.
    expect(h100).toMatchObject({ flavor: 'g1.h100.pci.1', gpus: 1, available: 8, su_per_hour: 0.5 });
    expect(h100.su_cost).toEqual({ hours: 4, hosts: 1, su_per_hour: 0.5, su: 2, basis: 'flavor' });
    expect(data.flavors!.map((f) => f.flavor)).toContain('m1.small');
  });

  it('counts what a flavor lease takes, and answers for a flavor named with --node-type', async () => {
    const lease = await envboot(
      'lease-create',
      '--flavor',
      'g1.h100.pci.1',
      '--count',
      '3',
      '--duration',
      '1d',
    );
    expect(lease.code).toBe(0);
    const run = await envboot('capacity', '--node-type', 'g1.h100.pci.1', '--nodes', '6', '--duration', '2h');
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as CapacityData;
    expect(data).toMatchObject({
      node_type: 'g1.h100.pci.1',
      available_nodes: 5,
      fits: false,
      earliest: null,
    });
    const fits = envelopeOf(
      await envboot('capacity', '--node-type', 'g1.h100.pci.1', '--nodes', '5', '--duration', '2h'),
    ).data as CapacityData;
    expect(fits.earliest?.su_cost).toEqual({ hours: 2, hosts: 5, su_per_hour: 2.5, su: 5, basis: 'flavor' });
  });
});

describe('capacity | lease-create at KVM@TACC', () => {
  it('reserves the flavor capacity answered for, as a flavor:instance lease of the count asked', async () => {
    const capacity = await envboot(
      'capacity',
      '--node-type',
      'g1.h100.pci.1',
      '--nodes',
      '2',
      '--duration',
      '3h',
    );
    expect(capacity.code).toBe(0);
    const dryRun = await piped(capacity.stdout, 'lease-create', '--dry-run');
    expect(dryRun.code).toBe(0);
    // The flavor's rate, as capacity priced it: 2 instances × 0.5 SU/h × 3 h.
    expect((envelopeOf(dryRun).data as LeaseData).su_cost).toEqual({
      hours: 3,
      hosts: 2,
      su_per_hour: 1,
      su: 3,
      basis: 'flavor',
    });
    const run = await piped(capacity.stdout, 'lease-create', '--name', 'kvm-piped');
    expect(run.code).toBe(0);
    const lease = envelopeOf(run).data as LeaseData;
    expect(lease.resource_type).toBe('flavor:instance');
    expect(lease.reservations?.[0]).toMatchObject({
      resource_type: 'flavor:instance',
      amount: 2,
      flavor: 'g1.h100.pci.1',
    });
    expect(lease.host_reservation_id).toBeNull();
    const held = await blazar.leases.get((await kvmCloud()).blazar, lease.lease_id!);
    expect(held.reservations[0]).toMatchObject({ resource_type: 'flavor:instance', amount: 2 });
  });

  it('takes --count over the pipe, and says --nodes does not go with the piped flavor', async () => {
    const capacity = await envboot('capacity', '--node-type', 'g1.h100.pci.1', '--nodes', '1');
    expect(capacity.code).toBe(0);
    const counted = await piped(capacity.stdout, 'lease-create', '--count', '2', '--dry-run');
    expect(counted.code).toBe(0);
    expect((envelopeOf(counted).data as LeaseData).request).toMatchObject({
      reservations: [expect.objectContaining({ resource_type: 'flavor:instance', amount: 2 })],
    });
    const nodes = await piped(capacity.stdout, 'lease-create', '--nodes', '2', '--dry-run');
    expect(nodes.code).toBe(2);
    expect(envelopeOf(nodes).error?.message).toMatch(/--nodes does not go with the flavor g1\.h100\.pci\.1/);
  });
});

describe('extending a KVM@TACC flavor lease', () => {
  it('is refused beyond 7 days past its end, by lease-extend and by Blazar itself', async () => {
    const created = await envboot(
      'lease-create',
      '--flavor',
      'g1.h100.pci.1',
      '--count',
      '1',
      '--duration',
      '1d',
      '--name',
      'kvm-extend',
    );
    expect(created.code).toBe(0);
    const lease = envelopeOf(created).data as LeaseData;
    const end = Date.parse(lease.end!);
    const refused = await envboot('lease-extend', 'kvm-extend', '--by', '8d');
    expect(refused.code).toBe(2);
    expect(envelopeOf(refused).error).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'too_long' },
    });
    // Asked directly, the simulator's Blazar refuses it as Chameleon's does an update: 400, the filter's words.
    const cloud = await kvmCloud();
    const direct = await blazar.leases
      .update(cloud.blazar, lease.lease_id!, { end: new Date(end + 8 * DAY) })
      .then(
        () => null,
        (err: unknown) => err as { status?: number; message: string },
      );
    expect(direct?.status).toBe(400);
    expect(direct?.message).toMatch(
      /must be less than or equal to the maximum lease duration of 604800 seconds/,
    );
    const extended = await envboot('lease-extend', 'kvm-extend', '--by', '6d');
    expect(extended.code).toBe(0);
    expect(Date.parse((envelopeOf(extended).data as LeaseData).end!)).toBe(end + 6 * DAY);
  });
});
