// What a scenario needs in place before its command runs: a lease (pending, starting or active), the user's key
// pair, a provision run.
import { blazar, connect, nova, resolveCloudConfig, waitFor, type Cloud } from '@envboot/openstack';
import { TEST_PUBLIC_KEY, envelopeOf, runCli } from '@envboot/testkit';
import type { ProvisionData } from '@envboot/core';
import type { World } from './world.js';

export async function cloudOf(world: World): Promise<Cloud> {
  const config = await resolveCloudConfig({ site: 'sim', env: { ...world.env } });
  return connect(config, { tokenCache: false, shareToken: false });
}

/** The user's own key pair, already in the project (so that a command using it creates no key pair). */
export async function userKeyPair(world: World, name = 'rel-user-key'): Promise<string> {
  const cloud = await cloudOf(world);
  try {
    await nova.keypairs.create(cloud.nova, { name, public_key: TEST_PUBLIC_KEY });
    return name;
  } finally {
    cloud.close();
  }
}

export interface LeaseOptions {
  name: string;
  /** Minutes from the simulator's now (0: now). */
  startsInMinutes?: number;
  hours?: number;
  nodeType?: string;
  /** Wait until the lease has started (ACTIVE, or ERROR when a fault says so). */
  started?: boolean;
}

export async function makeLease(world: World, o: LeaseOptions): Promise<{ id: string; name: string }> {
  const cloud = await cloudOf(world);
  try {
    const now = world.sim.clock.now().getTime();
    const start = o.startsInMinutes ? new Date(now + o.startsInMinutes * 60_000) : 'now';
    const lease = await blazar.leases.create(cloud.blazar, {
      name: o.name,
      start,
      end: new Date(now + (o.startsInMinutes ?? 0) * 60_000 + (o.hours ?? 48) * 3_600_000),
      reservations: [
        {
          resource_type: 'physical:host',
          min: 1,
          max: 1,
          resource_properties: JSON.stringify(['==', '$node_type', o.nodeType ?? 'compute_skylake']),
        },
      ],
    });
    if (o.started) {
      await waitFor(() => blazar.leases.get(cloud.blazar, lease.id), {
        until: (l) => l.status === 'ACTIVE' || l.status === 'ERROR',
        timeoutMs: 3_600_000,
        cloud,
      });
    }
    return { id: lease.id, name: o.name };
  } finally {
    cloud.close();
  }
}

/** A completed provision run (no repository read: the plan comes from the flags). */
export async function provisionRun(world: World, leaseName: string): Promise<ProvisionData> {
  const run = await runCli(
    [
      'provision',
      '--skip-repo-clone',
      '--site',
      'sim',
      '--yes',
      '--node-type',
      'compute_skylake',
      '--lease-name',
      leaseName,
    ],
    { env: world.env, timeoutMs: 120_000 },
  );
  const envelope = envelopeOf(run);
  if (!envelope.ok) throw new Error(`setup provision failed: ${run.stdout}\n${run.stderr}`);
  return envelope.data as ProvisionData;
}
