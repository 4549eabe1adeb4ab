// lease-status --dry-run on a lease a --dry-run made up (a placeholder id): the lease as the pipe described it, and
// how long --wait would wait for it, without asking the cloud.
import { dataOf, type LeaseData } from '@envboot/core';
import type { CloudStepContext } from '@envboot/openstack';
import type { LeaseStatusInput } from './input.js';
import { waitBoundSeconds } from './schedule.js';

export function rehearse(input: LeaseStatusInput, ctx: CloudStepContext, now = Date.now()): LeaseData {
  const piped = dataOf(ctx.upstream, 'lease');
  const context = ctx.upstream?.context;
  // lease-create's request body is its own: it is not passed on.
  const { request: _sent, ...described } =
    piped?.lease_id === input.lease
      ? piped
      : {
          reservation_id: input.lease,
          lease_id: input.lease,
          name: context?.lease?.id === input.lease ? (context.lease.name ?? input.lease) : input.lease,
          status: 'DRY_RUN',
          site: ctx.site.id,
          zone: ctx.site.id,
          ...(context?.window ? { start: context.window.start, end: context.window.end } : {}),
          host_reservation_id:
            context?.lease?.id === input.lease ? (context.lease.host_reservation_id ?? null) : null,
          floatingip_reservation_id:
            context?.lease?.id === input.lease ? (context.lease.floatingip_reservation_id ?? null) : null,
          allocated: false,
          reused: false,
          request: null,
          dry_run: true,
        };
  const bound =
    input.waitSeconds === null
      ? null
      : waitBoundSeconds(
          input.waitSeconds,
          { name: described.name, status: 'PENDING', start: described.start ?? new Date(now).toISOString() },
          now,
        );
  return {
    ...described,
    polling:
      bound === null
        ? null
        : {
            timeout_seconds: bound,
            interval_seconds: input.intervalSeconds,
            poll_count: 0,
            elapsed_seconds: 0,
          },
    dry_run: true,
  };
}
