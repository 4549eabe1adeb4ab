// Replacing a failed node through the shipped CLI: the simulator marks a host of an ACTIVE lease failed; lease-status
// shows the lease degraded and names the host; lease-repair asks Blazar to reallocate it, and says what happened:
// a spare host took its place, none was free (the lease shrank and stays degraded), or a server still on it made
// Blazar refuse.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LeaseData } from '@envboot/core';
import { envelopeOf, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

const MINUTE = 60_000;

let sim: Sim;
let box: Sandbox;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 60 });
  box = sandbox('shipped-lease-repair');
});
afterAll(() => sim.close());

const envboot = (...args: string[]) =>
  runCli([...args, '--site', 'sim'], { env: { ...box.env, ENVBOOT_SIM_URL: sim.url } });

interface HeldLease {
  id: string;
  name: string;
  degraded: boolean;
  reservations: Array<{ hosts?: Array<{ id: string; node_name: string; failed: boolean }> }>;
}
const held = (name: string) => (sim.state() as { leases: HeldLease[] }).leases.find((l) => l.name === name)!;
const hostsOf = (name: string) => held(name).reservations.flatMap((r) => r.hosts ?? []);

/** A lease of one node of that type, ACTIVE on the simulator's clock. */
async function activeLease(name: string, nodeType: string): Promise<string> {
  const run = await envboot(
    'lease-create',
    '--node-type',
    nodeType,
    '--nodes',
    '1',
    '--duration',
    '2h',
    '--name',
    name,
  );
  expect(run.code).toBe(0);
  sim.clock.advance(MINUTE);
  const status = await envboot('lease-status', name);
  expect((envelopeOf(status).data as LeaseData).status).toBe('ACTIVE');
  return hostsOf(name)[0]!.id;
}

/** Requests the simulator answered while `fn` ran, by route. */
async function counted<T>(fn: () => Promise<T>): Promise<{ result: T; requests: Record<string, number> }> {
  const before = sim.stats();
  const result = await fn();
  const after = sim.stats();
  const requests: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) {
    const d = v - (before[k] ?? 0);
    if (d > 0 && k !== 'total' && k !== 'faults_injected') requests[k] = d;
  }
  return { result, requests };
}

describe('envboot lease-status and lease-repair on a failed host', () => {
  it('with a spare host: the lease shows the bad host, and lease-repair replaces it', async () => {
    const bad = await activeLease('repair-spare', 'compute_skylake');
    sim.failHost(bad);

    const status = await envboot('lease-status', 'repair-spare');
    expect(status.code).toBe(0);
    const shown = envelopeOf(status).data as LeaseData;
    expect(shown.degraded).toBe(true);
    expect(shown.failed_hosts?.map((h) => h.id)).toEqual([bad]);
    expect(shown.reservations?.[0]).toMatchObject({ missing_resources: true });
    expect(status.stderr).toMatch(/degraded: .+ failed; replace with: envboot lease-repair repair-spare/);

    const { result: repaired, requests } = await counted(() => envboot('lease-repair', 'repair-spare'));
    expect(repaired.code).toBe(0);
    const data = envelopeOf(repaired).data as LeaseData;
    expect(data.repair?.replaced).toHaveLength(1);
    expect(data.repair?.replaced[0]?.host.id).toBe(bad);
    const replacement = data.repair!.replaced[0]!.replacement;
    expect(replacement.id).not.toBe(bad);
    expect(replacement.node_type).toBe('compute_skylake');
    expect(data.repair).toMatchObject({ removed: [], hosts_before: 1, hosts_after: 1 });
    // Blazar keeps the lease degraded after a reallocation; no host of it is failed any more.
    expect(data.degraded).toBe(true);
    expect(data.failed_hosts).toEqual([]);
    expect(hostsOf('repair-spare').map((h) => h.id)).toEqual([replacement.id]);
    // The lease by name (a list), its hosts, the failed one's name, the reallocation, its hosts again, the new
    // one's name, the lease; the token comes from the cache.
    expect(requests).toEqual({
      'GET /reservation/v1/leases': 1,
      'GET /reservation/v1/leases/{lease_id}/hosts': 2,
      'GET /reservation/v1/os-hosts/{host_id}': 2,
      'PUT /reservation/v1/os-hosts/{host_id}/allocation': 1,
      'GET /reservation/v1/leases/{lease_id}': 1,
    });
  });

  it('without a spare host: Blazar shrinks the lease, and lease-repair says so (exit 4)', async () => {
    const bad = await activeLease('repair-none', 'storage_nvme');
    sim.failHost(bad);
    const run = await envboot('lease-repair', 'repair-none');
    expect(run.code).toBe(4);
    const env = envelopeOf(run);
    expect(env.error?.code).toBe('INSUFFICIENT_CAPACITY');
    expect(env.error?.message).toMatch(
      /no free host to replace .+ now holds 0 of 1 hosts and stays degraded/,
    );
    const data = env.data as unknown as LeaseData;
    expect(data.repair).toMatchObject({ replaced: [], hosts_before: 1, hosts_after: 0 });
    expect(data.repair?.removed.map((h) => h.id)).toEqual([bad]);
    expect(data.degraded).toBe(true);
    expect(hostsOf('repair-none')).toEqual([]);
    expect(held('repair-none').degraded).toBe(true);
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(/no free host to replace/);
  });

  it('with a server still on the host: Blazar refuses (409), lease-repair says to delete it first', async () => {
    const bad = await activeLease('repair-busy', 'gpu_rtx_6000');
    const launch = await envboot(
      'launch',
      'repair-busy',
      '--image',
      'CC-Ubuntu22.04',
      '--no-floating-ip',
      '--name-prefix',
      'busy',
    );
    expect(launch.code).toBe(0);
    sim.failHost(bad);
    const run = await envboot('lease-repair', 'repair-busy', '--host', bad);
    expect(run.code).toBe(4);
    const error = envelopeOf(run).error!;
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/while a server is on it: .*Servers \['busy'\] found for host/);
    expect(error.hint).toMatch(/Delete the server/);
    expect(hostsOf('repair-busy').map((h) => h.id)).toEqual([bad]);
  });

  it('a lease with no failed host: nothing to repair (NOT_FOUND), and --dry-run sends no change', async () => {
    await activeLease('repair-healthy', 'compute_cascadelake_r');
    const none = await envboot('lease-repair', 'repair-healthy');
    expect(none.code).toBe(3);
    expect(envelopeOf(none).error?.code).toBe('NOT_FOUND');
    const host = hostsOf('repair-healthy')[0]!;
    const { result: dry, requests } = await counted(() =>
      envboot('lease-repair', 'repair-healthy', '--host', host.node_name, '--dry-run'),
    );
    expect(dry.code).toBe(0);
    const data = envelopeOf(dry).data as LeaseData;
    expect(data.request).toMatchObject({
      reallocate: [{ method: 'PUT', path: `os-hosts/${host.id}/allocation` }],
    });
    expect(Object.keys(requests).some((k) => k.startsWith('PUT'))).toBe(false);
    expect(hostsOf('repair-healthy').map((h) => h.id)).toEqual([host.id]);
  });
});
