// A lease the user already has, named by --lease or by --lease-name. A run uses one only when the user says so
// (--lease, --adopt-lease, or "y" at the terminal), and only when it fits the plan unless the user says to use it
// anyway (--adopt-anyway, or "y" to a question that says why it does not fit). Such a lease is adopted, not
// created: the run records it as the user's, and neither a failed run nor `envboot cleanup` deletes it.
import { ConflictError, formatDuration, isoUtc, type PlanData } from '@envboot/core';
import { formatElapsed } from '@envboot/core/cli';
import type { blazar, Cloud } from '@envboot/openstack';
import { findLease, leaseEnded, leasesNamed } from '@envboot/leases';
import { parseFilter, pinnedNodeType } from '@envboot/availability';
import type { RunOptions } from './state/model.js';

type Lease = blazar.Lease;
type Host = blazar.Host;
type Allocation = blazar.Allocation;
type HostReservation = Extract<Lease['reservations'][number], { resource_type: 'physical:host' }>;

/** The lease --lease names, or a live lease of the --lease-name; null when the run is to create its lease. */
export async function existingLease(cloud: Cloud, o: RunOptions): Promise<Lease | null> {
  if (o.lease) return findLease(cloud, o.lease);
  if (!o.leaseName) return null;
  const live = (await leasesNamed(cloud, o.leaseName)).filter((l) => !leaseEnded(l));
  if (live.length > 1) {
    throw new ConflictError(`${live.length} leases are named "${o.leaseName}"`, {
      field: 'lease-name',
      hint: 'Give --lease <id> to use one of them, or choose another --lease-name.',
      details: { leases: live.map((l) => ({ id: l.id, status: l.status, start: l.start, end: l.end })) },
    });
  }
  return live[0] ?? null;
}

export interface Fit {
  /** Why the lease cannot serve the plan (empty when it fits). */
  problems: string[];
  /** Why it cannot be used at all, whatever the user says (it has ended). */
  unusable: string | null;
  /** How many hosts it holds. */
  hosts: number;
  /** The lease, and the plan against it, in a line each. */
  lease: string;
  plan: string;
}

/** The hosts a lease's host reservation holds: from Blazar's allocations, else as the reservation asks. */
function heldHosts(
  reservation: HostReservation,
  site: { hosts: readonly Host[]; allocations: readonly Allocation[] },
): { count: number; nodeTypes: string[] } {
  const held = new Set(
    site.allocations
      .filter((a) => a.reservations.some((r) => r.id === reservation.id))
      .map((a) => a.resource_id),
  );
  if (held.size === 0) {
    const pinned = pinnedNodeType(parseFilter(reservation.resource_properties));
    return { count: reservation.max, nodeTypes: pinned ? [pinned] : [] };
  }
  const types = site.hosts.filter((h) => held.has(h.id)).map((h) => h.node_type);
  return {
    count: held.size,
    nodeTypes: [...new Set(types.filter((t): t is string => !!t))].sort(),
  };
}

/** Whether the lease can serve the plan: live, long enough from when it can first be used, with the hosts. */
export function leaseFit(
  lease: Lease,
  plan: PlanData,
  site: { hosts: readonly Host[]; allocations: readonly Allocation[] },
  now: number,
): Fit {
  const start = Date.parse(lease.start);
  const end = Date.parse(lease.end);
  const from = Math.max(now, start);
  const needed = from + plan.duration_minutes * 60_000;
  const reservation = lease.reservations.find(
    (r): r is HostReservation => r.resource_type === 'physical:host',
  );
  const hosts = reservation ? heldHosts(reservation, site) : { count: 0, nodeTypes: [] };
  const problems: string[] = [];
  if (end < needed) {
    problems.push(
      `it ends at ${isoUtc(new Date(end))}, ${formatElapsed(needed - end)} before ` +
        `the planned ${formatDuration(plan.duration_minutes)} would (${isoUtc(new Date(needed))})`,
    );
  }
  if (!reservation) problems.push('it reserves no bare-metal hosts (no physical:host reservation)');
  else if (hosts.count < plan.count)
    problems.push(`it holds ${hosts.count} host(s); the plan needs ${plan.count}`);
  const others = hosts.nodeTypes.filter((t) => t !== plan.node_type);
  if (others.length > 0)
    problems.push(`its hosts are ${others.join(', ')}; the plan wants ${plan.node_type}`);
  return {
    problems,
    unusable: leaseEnded(lease) ? `it is ${lease.status}` : null,
    hosts: hosts.count,
    lease:
      `lease ${lease.name}: ${lease.status}, ${isoUtc(new Date(start))} → ${isoUtc(new Date(end))}, ` +
      `${hosts.count} × ${hosts.nodeTypes.join('/') || 'host'}`,
    plan: `the plan: ${plan.count} × ${plan.node_type} for ${formatDuration(plan.duration_minutes)}, until ${isoUtc(new Date(needed))}`,
  };
}

export type Verdict = 'adopt' | 'ask';

/**
 * Whether to adopt the lease now, or ask the person at the terminal; a CONFLICT (exit 4) with the reason and the
 * flag that would allow it when neither.
 */
export function judge(lease: Lease, fit: Fit, o: RunOptions, canAsk: boolean): Verdict {
  if (fit.unusable) {
    throw new ConflictError(`lease ${lease.name} cannot be used: ${fit.unusable}`, {
      field: o.lease ? 'lease' : 'lease-name',
      hint: o.lease ? 'Give a live lease.' : 'Choose another --lease-name.',
      details: { lease_id: lease.id, status: lease.status },
    });
  }
  const told = Boolean(o.lease) || o.adoptLease;
  const fits = fit.problems.length === 0;
  if ((told && fits) || o.adoptAnyway) return 'adopt';
  if (canAsk) return 'ask';
  const details = { lease_id: lease.id, lease: fit.lease, plan: fit.plan, problems: fit.problems };
  if (!told) {
    throw new ConflictError(
      `a lease named "${lease.name}" already exists (${fit.lease.replace(/^lease [^:]*: /, '')}); a run uses a lease it did not create only when told to`,
      {
        field: 'lease-name',
        hint: fits
          ? 'Use it with --adopt-lease (the run will never delete it), or choose another --lease-name.'
          : `It does not fit the plan: ${fit.problems.join('; ')}. --adopt-lease takes only a lease that fits; ` +
            '--adopt-anyway uses it all the same (the run will never delete it). Or choose another --lease-name.',
        details,
      },
    );
  }
  throw new ConflictError(`lease ${lease.name} does not fit the plan: ${fit.problems.join('; ')}`, {
    field: o.lease ? 'lease' : 'lease-name',
    hint: 'Use it anyway with --adopt-anyway, change the plan (--duration, --nodes, --node-type), or give another lease.',
    details,
  });
}

/** The question for the person at the terminal: the lease's dates and hosts against the plan's. */
export function question(lease: Lease, fit: Fit): { text: string; reasons: string[] } {
  const fits = fit.problems.length === 0;
  return {
    text: `Use your lease ${lease.name} for this run${fits ? '' : ' anyway'}? It stays yours: clean-up will not delete it.`,
    reasons: [fit.lease, fit.plan, ...fit.problems.map((p) => `it does not fit: ${p}`)],
  };
}
