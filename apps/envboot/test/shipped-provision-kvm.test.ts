// provision given no site, asked for a GPU no bare-metal site has free now, through the shipped CLI against the
// simulator: it goes to KVM@TACC, reserves one instance of its GPU flavor from now (priced at the flavor's rate),
// boots on the reserved flavor, and its cleanup leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { CapacityData, ProvisionData } from '@envboot/core';
import { envelopeOf, runCli } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { logLines, sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
let box: Sandbox;

interface KvmState {
  leases: Array<{ name: string; status: string; reservations: Array<{ resource_type: string }> }>;
  servers: Array<{
    name: string;
    status: string;
    reservation_id: string | null;
    scheduler_hint: string | null;
  }>;
  floating_ips?: Array<{ port_id?: string | null }>;
}
const kvmState = () => sim.site('kvm').state() as unknown as KvmState;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', sites: 'uc,kvm', speed: 300 });
  box = sandbox('shipped-provision-kvm');
});
afterAll(() => sim.close());

const cli = (...args: string[]) =>
  runCli(args, {
    env: { ...box.env, ENVBOOT_SIM_SITES: `uc=${sim.url},kvm=${sim.site('kvm').url}` },
    cwd: box.cwd,
    timeoutMs: 120_000,
  });

describe('provision when no bare-metal GPU is free', () => {
  it('reserves a GPU flavor at KVM@TACC from now, boots on it, and cleans up after itself', async () => {
    // Every gpu_rtx_6000 of CHI@UC taken for a day.
    const uc = envelopeOf(await cli('capacity', '--site', 'uc', '--node-type', 'gpu_rtx_6000'))
      .data as CapacityData;
    expect(uc.total_nodes).toBeGreaterThan(0);
    await makeLease(sim, await simCloud(sim), 'all-the-gpus', {
      nodeType: 'gpu_rtx_6000',
      nodes: uc.available_nodes,
      hours: 3,
    });

    const dry = await cli(
      'provision',
      '--skip-repo-clone',
      '--node-type',
      'gpu_rtx_6000',
      '--duration',
      '2h',
      '--dry-run',
    );
    expect(dry.code).toBe(0);
    const plan = (envelopeOf(dry).data as ProvisionData).plan!;
    expect(plan).toMatchObject({ site: 'kvm', flavor: 'g1.h100.pci.1', count: 1, duration_minutes: 120 });
    // hours × count × the flavor's rate (0.5 SU an hour for g1.h100.pci.1).
    expect(plan.su_cost).toEqual({ hours: 2, hosts: 1, su_per_hour: 0.5, su: 1, basis: 'flavor' });
    expect(logLines(dry.stderr).some((l) => l.level === 40)).toBe(false);
    expect(
      logLines(dry.stderr).some((l) =>
        /free now .*: 1 × g1\.h100\.pci\.1 at KVM@TACC.*, now$/.test(String(l.msg)),
      ),
    ).toBe(true);

    const run = await cli(
      'provision',
      '--skip-repo-clone',
      '--node-type',
      'gpu_rtx_6000',
      '--duration',
      '2h',
      '--yes',
      '--lease-name',
      'kvm-provision',
      '--no-wait-ssh',
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as ProvisionData;
    expect(data.site).toBe('kvm');
    expect(data.lease?.resource_type).toBe('flavor:instance');
    const reservationId = data.lease!.flavor_reservation_id!;
    const [server] = kvmState().servers.filter((s) => s.name === 'kvm-provision');
    expect(server).toMatchObject({ status: 'ACTIVE', reservation_id: reservationId, scheduler_hint: null });
    expect(data.steps.find((s) => s.name === 'allocate')?.status).toBe('skipped');

    const cleanup = await cli('cleanup', data.run_id, '--yes');
    expect(cleanup.code).toBe(0);
    const after = kvmState();
    expect(after.servers.filter((s) => s.name === 'kvm-provision' && s.status !== 'DELETED')).toEqual([]);
    expect(after.leases.filter((l) => l.name === 'kvm-provision' && l.status !== 'DELETED')).toEqual([]);
    expect((after.floating_ips ?? []).filter((f) => f.port_id)).toEqual([]);
  });
});
