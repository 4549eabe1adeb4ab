// The steps that reserve: the key pair, the lease (lease-create), waiting until it is ACTIVE (lease-status), and
// the hosts it received (allocate).
import { EnvbootError } from '@envboot/core';
import { run as createLease } from '@envboot/lease-create';
import { run as waitForLease } from '@envboot/lease-status';
import { run as allocateHosts } from '@envboot/allocate';
import { ensureKey } from '../keypair.js';
import type { RunState } from '../state/model.js';
import { connected, type ChainStep, type RunScope, type StepResult } from './types.js';

/** Bare metal takes its time to start: 15 minutes past the lease's start before waiting gives up. */
const ACTIVATION_SECONDS = 900;

export const keypair: ChainStep = {
  name: 'keypair',
  done: (run) => run.state.key !== null,
  async run(run) {
    const { state, input } = run;
    const o = state.options;
    const key = await ensureKey(connected(run).cloud, {
      keyName: o.keyName,
      createKey: o.createKey,
      keyPath: o.keyPath,
      keysDir: input.keysDir,
      runId: state.run_id,
      home: input.home,
    });
    return { key };
  },
};

/** A name people recognise in the lease list: the repository's, and the run's suffix. */
export function defaultLeaseName(state: RunState): string {
  const repo =
    state.options.repo
      ?.replace(/\.git$/, '')
      .replace(/\/+$/, '')
      .split(/[/:]/)
      .pop() ?? 'envboot';
  const slug =
    repo
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'envboot';
  return `envboot-${slug}-${state.run_id.slice(-6)}`;
}

/** What the run's lease reserves: hosts of a node type (bare metal), or instances of a flavor (KVM@TACC). */
export type LeaseReservation =
  | { resourceType: 'physical:host'; nodeType: string | null; resourceProperties: string }
  | { resourceType: 'flavor:instance'; flavor: string };

/**
 * Creates the run's lease. The name is recorded before the lease is created, so that an interrupted create is
 * found again (and only then is a live lease of that name taken for the run's own).
 */
export async function createRunLease(run: RunScope, reservation: LeaseReservation): Promise<StepResult> {
  const { state, ctx } = run;
  const plan = state.plan!;
  const ownCreateInterrupted = state.lease !== null;
  const name = state.options.leaseName ?? state.lease?.name ?? defaultLeaseName(state);
  const cloud = await ctx.cloud();
  const requestedAt = state.lease?.requested_at ?? new Date(cloud.clock.now()).toISOString();
  state.lease = {
    id: null,
    name,
    host_reservation_id: null,
    floatingip_reservation_id: null,
    requested_at: requestedAt,
  };
  run.save();
  const w = state.window!;
  const created = await createLease(
    {
      name,
      nodes: plan.count,
      nodeType: reservation.resourceType === 'physical:host' ? reservation.nodeType : null,
      resourceProperties: reservation.resourceType === 'physical:host' ? reservation.resourceProperties : '',
      window: {
        start: new Date(w.start),
        end: new Date(w.end),
        durationMinutes: w.duration_minutes,
        // A flavor lease is always from now (provision reserves flavors only when they are free now).
        startIsNow:
          reservation.resourceType === 'flavor:instance' || Date.parse(w.start) <= cloud.clock.now() + 60_000,
      },
      resourceType: reservation.resourceType,
      ...(reservation.resourceType === 'flavor:instance' ? { flavor: reservation.flavor } : {}),
      floatingIps: 0,
      reuse: ownCreateInterrupted,
      instance: null,
    },
    ctx,
  ).catch((err: unknown) => {
    // Someone else's lease took the name since the capacity step: not the run's, not even to clean up.
    if (!ownCreateInterrupted && err instanceof EnvbootError && err.code === 'CONFLICT') state.lease = null;
    throw err;
  });
  return {
    lease: {
      id: created.lease_id,
      name,
      host_reservation_id: created.host_reservation_id ?? null,
      floatingip_reservation_id: created.floatingip_reservation_id ?? null,
      requested_at: requestedAt,
    },
    outputs: { ...state.outputs, lease: created },
  };
}

export const lease: ChainStep = {
  name: 'lease',
  skipped: (run) => run.state.lease?.adopted === true,
  done: (run) => Boolean(run.state.lease?.id),
  run: (run) =>
    createRunLease(run, {
      resourceType: 'physical:host',
      nodeType: run.state.plan!.node_type,
      resourceProperties: run.state.plan!.resource_properties,
    }),
};

export const leaseActive: ChainStep = {
  name: 'lease_active',
  async run(run) {
    const { state, ctx } = run;
    const untilStart =
      Math.max(0, Date.parse(state.window?.start ?? '') - connected(run).cloud.clock.now()) / 1000;
    const active = await waitForLease(
      { lease: leaseId(run), waitSeconds: Math.ceil(untilStart) + ACTIVATION_SECONDS, intervalSeconds: 5 },
      ctx,
    );
    return { outputs: { ...state.outputs, lease: active } };
  },
};

export const allocate: ChainStep = {
  name: 'allocate',
  async run(run) {
    const { site } = connected(run);
    const allocation = await allocateHosts(
      {
        lease: leaseId(run),
        floatingIps: null,
        checkout: null,
        known: { hosts: site.hosts, nodes: site.nodes },
      },
      run.ctx,
    );
    const hosts = allocation.hosts.map((h) => ({
      uuid: h.uuid,
      hostname: h.hostname,
      node_type: h.node_type,
      host_id: h.host_id,
    }));
    return { outputs: { ...run.state.outputs, hosts } };
  },
};

export function leaseId(run: RunScope): string {
  const id = run.state.lease?.id;
  if (!id) throw new Error('the step ran before the lease was made or found');
  return id;
}
