// lease-status (api-3): show a lease, or wait until it is ACTIVE, failing at once when it goes to ERROR. A lease
// that starts later is waited for as long as its start asks (schedule.ts).
import { formatElapsed } from '@envboot/core/cli';
import {
  isPlaceholderId,
  refusePlaceholder,
  type Context,
  type LeaseData,
  type LeaseHost,
} from '@envboot/core';
import { blazar, waitFor, type CloudStepContext } from '@envboot/openstack';
import { failedHostsOf, findLease, leaseContext, toLeaseData } from '@envboot/leases';
import type { LeaseStatusInput } from './input.js';
import { rehearse } from './rehearsal.js';
import { quietMs, waitBoundSeconds } from './schedule.js';

type Lease = blazar.Lease;

const GAVE_UP = new Set(['ERROR', 'TERMINATED', 'TERMINATING', 'DELETING']);

function describe(lease: Lease, now: number): string {
  const start = Date.parse(lease.start);
  const waiting =
    lease.status === 'PENDING' && start > now ? `, starts in ${formatElapsed(start - now)}` : '';
  return `lease ${lease.name} ${lease.status}${waiting}`;
}

export async function run(input: LeaseStatusInput, ctx: CloudStepContext): Promise<LeaseData> {
  // A lease a --dry-run made up: rehearsed without the cloud, or refused by a command that would ask it.
  if (ctx.dryRun && isPlaceholderId(input.lease)) return rehearse(input, ctx);
  refusePlaceholder(input.lease, 'lease');
  const cloud = await ctx.cloud();
  let lease = await findLease(cloud, input.lease);
  if (input.waitSeconds === null) {
    const failedHosts = await failedHostsOf(cloud, lease);
    warnDegraded(ctx, lease, failedHosts);
    return toLeaseData(lease, { site: ctx.site.id, dryRun: ctx.dryRun, failedHosts });
  }

  // The cloud's Date header counts whole seconds: its clock may be up to a second (of real time) ahead of ours.
  const bound = waitBoundSeconds(input.waitSeconds, lease, cloud.clock.now(), 1000 / cloud.timeScale);
  const started = Date.now();
  let polls = 1;
  if (lease.status !== 'ACTIVE') {
    lease = await waitFor(() => blazar.leases.get(cloud.blazar, lease.id), {
      until: (l) => l.status === 'ACTIVE',
      failWhen: (l) =>
        GAVE_UP.has(l.status) &&
        `went to ${l.status}${l.degraded ? ' (degraded: a reserved host failed)' : ''} before it became ACTIVE`,
      failCode: 'LEASE_FAILED',
      // A lease that starts later changes nothing until then: sleep until just before its start.
      quietFor: (l) => (l.status === 'PENDING' ? quietMs(Date.parse(l.start) - cloud.clock.now()) : null),
      timeoutMs: bound * 1000,
      intervalMs: input.intervalSeconds * 1000,
      signal: ctx.signal,
      cloud,
      what: `lease ${lease.name} (${lease.id})`,
      onProgress: (l, p) => {
        polls = p.attempt + 1;
        ctx.progress.update(
          `${describe(l, cloud.clock.now())} (${formatElapsed(Date.now() - started)})`,
          l.status,
        );
      },
    });
    ctx.progress.done(`lease ${lease.name} is ACTIVE`);
  }
  const failedHosts = await failedHostsOf(cloud, lease);
  warnDegraded(ctx, lease, failedHosts);
  return toLeaseData(lease, {
    site: ctx.site.id,
    dryRun: ctx.dryRun,
    failedHosts,
    polling: {
      timeout_seconds: bound,
      interval_seconds: input.intervalSeconds,
      poll_count: polls,
      elapsed_seconds: Math.round((Date.now() - started) / 100) / 10,
    },
  });
}

/** A degraded lease is said on stderr too, with the host to replace and how. */
function warnDegraded(ctx: CloudStepContext, lease: Lease, failed: LeaseHost[] | undefined): void {
  if (!lease.degraded) return;
  const names = (failed ?? []).map((h) => h.node_name ?? h.id);
  ctx.log.warn(
    { lease: lease.id, failed_hosts: failed ?? [] },
    names.length > 0
      ? `lease ${lease.name} is degraded: ${names.join(', ')} failed; replace with: envboot lease-repair ${lease.name}`
      : `lease ${lease.name} is degraded: a reserved host failed or was replaced`,
  );
}

export function contextFrom(data: LeaseData): Partial<Context> {
  return leaseContext(data);
}
