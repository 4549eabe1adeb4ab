// Helpers for tests that talk to a simulator through the cloud client: a connection, a step context, and leases
// that are ACTIVE (or start later) on demand.
import {
  blazar,
  connect,
  createCloudContext,
  neutron,
  resolveCloudConfig,
  waitFor,
  type Cloud,
  type CloudStepContext,
} from '@envboot/openstack';
import type { Sim } from '@envboot/sim';
import { baseContext, simEnv, stepArgs } from '@envboot/testkit';

/** A connection to the simulator as --site sim with its default identity (no token cache). */
export async function simCloud(sim: Sim): Promise<Cloud> {
  return connect(await resolveCloudConfig({ site: 'sim', env: simEnv(sim.url) }), { tokenCache: false });
}

/** The step context a command's run() gets for --site sim. */
export function simContext(sim: Sim, options: { dryRun?: boolean } = {}): Promise<CloudStepContext> {
  return createCloudContext(stepArgs(), baseContext(options), { env: simEnv(sim.url) });
}

export interface LeaseOptions {
  nodeType: string;
  nodes?: number;
  /** 'now' (default: wait until ACTIVE) or a later start (returned PENDING). */
  start?: Date | 'now';
  /** Length in hours (default 24). */
  hours?: number;
  floatingIps?: number;
  /** Wait until a lease that starts now is ACTIVE (default true). */
  wait?: boolean;
}

/** A lease of `nodes` hosts of a node type: ACTIVE when it starts now (unless wait is false), else PENDING. */
export async function makeLease(sim: Sim, cloud: Cloud, name: string, o: LeaseOptions) {
  const start = o.start ?? 'now';
  const from = start === 'now' ? sim.clock.now().getTime() : start.getTime();
  const publicNet = o.floatingIps ? (await neutron.networks.findByName(cloud.neutron, 'public')).id : '';
  const created = await blazar.leases.create(cloud.blazar, {
    name,
    start,
    // A day by default: 43 s of real time at 2000×, so a lease outlives a test on a busy machine.
    end: new Date(from + (o.hours ?? 24) * 3_600_000),
    reservations: [
      {
        resource_type: 'physical:host',
        min: o.nodes ?? 1,
        max: o.nodes ?? 1,
        resource_properties: JSON.stringify(['==', '$node_type', o.nodeType]),
      },
      ...(o.floatingIps
        ? [{ resource_type: 'virtual:floatingip' as const, network_id: publicNet, amount: o.floatingIps }]
        : []),
    ],
  });
  if (start !== 'now' || o.wait === false) return created;
  return waitFor(() => blazar.leases.get(cloud.blazar, created.id), {
    until: (l) => l.status === 'ACTIVE',
    timeoutMs: 600_000,
    cloud,
  });
}
