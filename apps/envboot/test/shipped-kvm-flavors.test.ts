// KVM@TACC through the shipped CLI against the simulator: lease-create --flavor reserves instances of a flavor
// (Blazar's flavor:instance, affinity null), and launch boots on the reserved flavor reservation:<id>, by id and
// without a scheduler hint.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LaunchData, LeaseData } from '@envboot/core';
import { envelopeOf, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

const MINUTE = 60_000;

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', sites: 'uc,kvm', speed: 60 });
  box = sandbox('shipped-kvm-flavors');
});
afterAll(() => sim.close());

const envboot = (...args: string[]) =>
  runCli([...args, '--site', 'kvm'], {
    env: { ...box.env, ENVBOOT_SIM_SITES: `uc=${sim.url},kvm=${sim.site('kvm').url}` },
  });

interface HeldLease {
  name: string;
  reservations: Array<{ resource_type: string; flavor?: string; amount?: number }>;
}
interface HeldServer {
  name: string;
  status: string;
  reservation_id: string | null;
  scheduler_hint: string | null;
}
const state = () => sim.site('kvm').state() as { leases: HeldLease[]; servers: HeldServer[] };

describe('KVM@TACC flavor reservations through the shipped CLI', () => {
  it('lease-create --flavor --count reserves instances of the flavor', async () => {
    const run = await envboot(
      'lease-create',
      '--flavor',
      'g1.h100.pci.1',
      '--count',
      '2',
      '--duration',
      '1d',
      '--name',
      'kvm-h100',
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseData;
    expect(data.resource_type).toBe('flavor:instance');
    expect(data.reservations?.[0]).toMatchObject({
      resource_type: 'flavor:instance',
      amount: 2,
      flavor: 'g1.h100.pci.1',
    });
    expect(data.flavor_reservation_id).toBe(data.reservations?.[0]?.id);
    expect(data.host_reservation_id).toBeNull();
    expect(state().leases.find((l) => l.name === 'kvm-h100')?.reservations[0]).toMatchObject({
      flavor: 'g1.h100.pci.1',
      amount: 2,
    });
  });

  it("lease-create --flavor --dry-run prices the lease at the flavor's published rate, and an unpriced one not at all", async () => {
    const dry = await envboot(
      'lease-create',
      '--flavor',
      'g1.h100.pci.1',
      '--count',
      '2',
      '--duration',
      '1d',
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    expect((envelopeOf(dry).data as LeaseData).su_cost).toEqual({
      hours: 24,
      hosts: 2,
      su_per_hour: 1,
      su: 24,
      basis: 'flavor',
    });
    const unpriced = await envboot('lease-create', '--flavor', 'no.rate.flavor', '--count', '1', '--dry-run');
    expect(unpriced.code).toBe(0);
    expect((envelopeOf(unpriced).data as LeaseData).su_cost).toBeNull();
  });

  it('an unknown flavor is NOT_FOUND with the site flavors, and --count needs --flavor', async () => {
    const unknown = await envboot('lease-create', '--flavor', 'g1.h200', '--count', '1');
    expect(unknown.code).toBe(3);
    expect(envelopeOf(unknown).error?.hint).toMatch(/g1\.h100\.pci\.1/);
    const count = await envboot('lease-create', '--node-type', 'compute_skylake', '--count', '2');
    expect(count.code).toBe(2);
  });

  it('launch boots on the reserved flavor, without a scheduler hint', async () => {
    sim.clock.advance(MINUTE);
    const status = await envboot('lease-status', 'kvm-h100');
    expect((envelopeOf(status).data as LeaseData).status).toBe('ACTIVE');
    const run = await envboot(
      'launch',
      'kvm-h100',
      '--image',
      'CC-Ubuntu22.04',
      '--count',
      '2',
      '--no-floating-ip',
      '--name-prefix',
      'h100',
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LaunchData;
    const lease = (await envboot('lease-status', 'kvm-h100')).stdout;
    const reservationId = (JSON.parse(lease) as { data: LeaseData }).data.flavor_reservation_id!;
    expect(data.flavor).toBe(`reservation:${reservationId}`);
    sim.clock.advance(15 * MINUTE);
    const servers = state().servers.filter((s) => s.name.startsWith('h100'));
    expect(servers.map((s) => s.status)).toEqual(['ACTIVE', 'ACTIVE']);
    expect(servers.every((s) => s.reservation_id === reservationId && s.scheduler_hint === null)).toBe(true);
  });
});
