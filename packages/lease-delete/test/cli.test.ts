// lease-delete through the shipped bin against a simulator over HTTP: the floating IPs envboot attached to the
// lease's servers are released with them (with --with-servers or not), the user's own addresses are kept, and the
// lease's reserved addresses go with the lease, as Blazar does.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { neutron } from '@envboot/openstack';
import type { AllocationData, LaunchData, LeaseDeletionData } from '@envboot/core';
import { envelopeOf, hasStackTrace, runCli, writeSshKey } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';

let sim: Sim;
let env: NodeJS.ProcessEnv;

interface SimFloatingIp {
  id: string;
  address: string;
  port_id: string | null;
  server_id: string | null;
  reservation_id: string | null;
}
const floatingIps = () => (sim.state() as { floating_ips: SimFloatingIp[] }).floating_ips;
const addresses = () => floatingIps().map((f) => f.address);

beforeAll(async () => {
  // At 600×, booting a bare-metal server takes about a second; the 48-hour leases last almost five minutes.
  sim = await startSim({ port: 0, seed: 'small', speed: 600 });
  const home = mkdtempSync(join(tmpdir(), 'envboot-ld-home-'));
  // launch boots only servers someone can log in to: the user's key.
  writeSshKey(home);
  env = { ENVBOOT_SIM_URL: sim.url, HOME: home, XDG_CACHE_HOME: join(home, '.cache') };
});
afterAll(() => sim.close());

const cli = (args: string[], input?: string) =>
  runCli([...args, '--site', 'sim'], { env, input, timeoutMs: 120_000 });

/** A lease with a server booted by the shipped launch, a floating IP attached to it. */
async function launched(name: string, nodeType: string, floatingIps = 0) {
  const lease = await makeLease(sim, await simCloud(sim), name, { nodeType, hours: 48, floatingIps });
  const run = await cli([
    'launch',
    lease.id,
    '--image',
    'CC-Ubuntu22.04',
    '--assign-floating-ip',
    '--wait',
    '1800',
    '--no-stdin',
  ]);
  const envelope = envelopeOf(run);
  expect(envelope.ok).toBe(true);
  const server = (envelope.data as LaunchData).servers[0]!;
  expect(server.floating_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  return { lease, server, launchOutput: run.stdout };
}

// Each test runs the CLI three or four times: on a busy machine that may take a while.
jest.setTimeout(180_000);

describe('lease-delete --with-servers and floating IPs', () => {
  it('releases the floating IP launch attached, and keeps an address the user had', async () => {
    const cloud = await simCloud(sim);
    const publicNet = await neutron.networks.findByName(cloud.neutron, 'public');
    const mine = await neutron.floatingips.create(cloud.neutron, {
      floating_network_id: publicNet.id,
      description: 'my own address',
    });
    const { lease, server } = await launched('ld-cli-fip', 'compute_skylake');
    // allocate makes a second address for the lease, which stays unattached.
    const allocated = await cli(['allocate', lease.id, '--floating-ips', '2', '--no-stdin']);
    const spare = (envelopeOf(allocated).data as AllocationData).floating_ips.find((f) => !f.port_id)!;
    expect(spare.address).not.toBe(server.floating_ip);

    const run = await cli(['lease-delete', lease.id, '--yes', '--with-servers', '--wait']);
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseDeletionData;
    expect(data).toMatchObject({ status: 'deleted', servers_deleted: [server.server_id] });
    expect(data.floating_ips_released).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          address: server.floating_ip,
          server_id: server.server_id,
          reserved: false,
        }),
        expect.objectContaining({ address: spare.address, server_id: null, reserved: false }),
      ]),
    );
    expect(data.floating_ips_released).toHaveLength(2);
    expect(addresses()).not.toContain(server.floating_ip);
    expect(addresses()).not.toContain(spare.address);
    expect(addresses()).toContain(mine.floating_ip_address);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('keeps the addresses with --keep-floating-ips', async () => {
    const { lease, server } = await launched('ld-cli-keep', 'compute_skylake');
    const run = await cli([
      'api-4',
      '--reservation-id',
      lease.id,
      '--confirm',
      '--with-servers',
      '--keep-floating-ips',
      '--wait',
    ]);
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseDeletionData;
    expect(data.floating_ips_released).toEqual([]);
    const kept = floatingIps().find((f) => f.address === server.floating_ip);
    expect(kept).toMatchObject({ port_id: null });
  });

  it('lets the reserved addresses go with the lease, as Blazar does, and says so', async () => {
    const { lease, server } = await launched('ld-cli-reserved', 'gpu_rtx_6000', 1);
    const reserved = floatingIps().find((f) => f.address === server.floating_ip)!;
    expect(reserved.reservation_id).toBeTruthy();
    const run = await cli(['lease-delete', lease.id, '--yes', '--with-servers', '--wait']);
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseDeletionData;
    expect(data.floating_ips_released).toEqual([
      expect.objectContaining({ address: server.floating_ip, reserved: true }),
    ]);
    expect(addresses()).not.toContain(server.floating_ip);
  });

  it('without --with-servers, releases the address launch attached once Blazar takes the servers', async () => {
    const { lease, server } = await launched('ld-cli-plain', 'compute_cascadelake_r');
    const run = await cli(['lease-delete', lease.id, '--yes', '--wait']);
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as LeaseDeletionData;
    expect(data.servers_deleted).toEqual([]);
    expect(data.floating_ips_released).toEqual([
      expect.objectContaining({ address: server.floating_ip, server_id: server.server_id, reserved: false }),
    ]);
    expect(addresses()).not.toContain(server.floating_ip);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
