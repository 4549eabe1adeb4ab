// lease-extend: move a lease's end later, after checking Chameleon's rules against the lease, the site's clock and
// the host calendar, so that a refusal says why and from when it would work, before anything is sent. What Blazar
// refuses anyway is explained the same way, from its answer.
import {
  EnvbootError,
  UsageError,
  floorMinute,
  formatDuration,
  isoUtc,
  refusePlaceholder,
  withChanges,
  type Context,
  type ExtensionCheck,
  type LeaseData,
} from '@envboot/core';
import { earliestWindow } from '@envboot/availability';
import { blazar, type CloudStepContext } from '@envboot/openstack';
import {
  calendarHosts,
  extensionCheck,
  findLease,
  hostsOfLease,
  hoursBetween,
  leaseContext,
  suCost,
  suFactor,
  toLeaseData,
} from '@envboot/leases';
import type { LeaseExtendInput } from './input.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** "2026-12-08 14:00 UTC": how a person reads an envelope date in a message. */
const said = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
/** The same date as --until takes it. */
const flagDate = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export async function run(input: LeaseExtendInput, ctx: CloudStepContext): Promise<LeaseData> {
  refusePlaceholder(input.lease, 'lease');
  const cloud = await ctx.cloud();
  const lease = await findLease(cloud, input.lease);
  // The calendar: which hosts the lease holds and who holds them next; the hosts' su_factors for the cost.
  const [allocations, hosts] = await Promise.all([
    blazar.allocations.list(cloud.blazar),
    blazar.hosts.list(cloud.blazar),
  ]);
  const now = cloud.clock.now();
  const end = Date.parse(lease.end);
  const requested = floorMinute(
    new Date('until' in input.to ? input.to.until.getTime() : end + input.to.byMinutes * MINUTE),
  ).getTime();
  const { hostIds, others } = hostsOfLease(allocations, lease.id);
  const check = extensionCheck(lease, now, others);
  refuseEarly(lease, check, requested, end, { hostIds, allocations, hosts });

  const factors = hostIds.map((id) => suFactor(hosts.find((h) => h.id === id)?.capabilities ?? {}));
  const extension = {
    previous_end: isoUtc(new Date(end)),
    requested_end: isoUtc(new Date(requested)),
    added_minutes: Math.round((requested - end) / MINUTE),
    sent: !ctx.dryRun,
    check,
    hosts: hostIds,
    su_cost: suCost(factors, hoursBetween(end, requested)),
  };
  const site = ctx.site.id;
  if (ctx.dryRun) {
    return {
      ...toLeaseData(lease, { site, dryRun: true }),
      request: blazar.leases.toUpdateBody({ end: new Date(requested) }),
      extension,
    };
  }
  let updated: blazar.Lease;
  try {
    updated = await blazar.leases.update(cloud.blazar, lease.id, { end: new Date(requested) });
  } catch (err) {
    throw explainRefusal(err, check);
  }
  ctx.log.info(
    { lease: updated.id, end: updated.end },
    `lease ${updated.name} now ends ${said(isoUtc(new Date(updated.end)))}`,
  );
  return { ...toLeaseData(updated, { site, dryRun: false }), extension };
}

interface Calendar {
  hostIds: string[];
  allocations: blazar.Allocation[];
  hosts: blazar.Host[];
}

/** The rules, checked before asking: each refusal says why, and the moment (or the end) that would work. */
function refuseEarly(
  lease: blazar.Lease,
  check: ExtensionCheck,
  requested: number,
  end: number,
  calendar: Calendar,
): void {
  const base = {
    lease_id: lease.id,
    current_end: isoUtc(new Date(end)),
    requested_end: isoUtc(new Date(requested)),
  };
  if (check.reason === 'ended') {
    throw new EnvbootError(
      'CONFLICT',
      `lease ${lease.name} has ended (${lease.status}): it cannot be extended`,
      {
        field: 'lease',
        hint: 'Reserve again with envboot lease-create (envboot capacity finds a window).',
        details: { ...base, reason: 'ended', status: lease.status },
      },
    );
  }
  if (requested <= end) {
    throw new UsageError(
      `the lease already ends ${said(base.current_end)}: ${said(base.requested_end)} is not later`,
      { field: 'until', details: { ...base, reason: 'not_later' } },
    );
  }
  const details = { ...base, ...check };
  if (check.reason === 'window') {
    throw new EnvbootError(
      'CONFLICT',
      `lease ${lease.name} can be extended only within 48 hours of its end (${said(base.current_end)}): from ${said(check.allowed_from!)}`,
      {
        field: 'lease',
        retryable: true,
        hint: `Run the same command again from ${said(check.allowed_from!)} (Chameleon's rule; the site's clock).`,
        details: { ...details, reason: 'window' },
      },
    );
  }
  const cap = end + 7 * DAY;
  if (requested > cap) {
    throw new UsageError(
      `an extension may add at most 7 days to the current end: ${said(base.requested_end)} is ${formatDuration(Math.round((requested - cap) / MINUTE))} past ${said(isoUtc(new Date(cap)))}`,
      {
        field: 'until',
        hint: `Ask for at most --until "${flagDate(isoUtc(new Date(cap)))}", and extend again within 48 hours of that end.`,
        details: { ...details, reason: 'too_long' },
      },
    );
  }
  const maxEnd = check.max_end ? Date.parse(check.max_end) : cap;
  if (requested > maxEnd) {
    const taken = check.blocking.filter((b) => Date.parse(b.start) < requested);
    const free = freeWindowAfter(calendar, end, requested - end);
    const upTo =
      maxEnd > end
        ? `it can be extended up to ${said(check.max_end!)} (--until "${flagDate(check.max_end!)}")`
        : 'it cannot be extended on these hosts';
    throw new EnvbootError(
      'INSUFFICIENT_CAPACITY',
      `another reservation takes ${taken.length === 1 ? 'a host' : `${new Set(taken.map((b) => b.host_id)).size} hosts`} of lease ${lease.name} from ${said(taken[0]!.start)}: ${upTo}`,
      {
        field: 'lease',
        retryable: false,
        hint: free
          ? `The same hosts are free together for that long from ${said(free.start)} to ${said(free.end)}: reserve that window with a new lease.`
          : 'The same hosts are not free together for that long in the next 14 days; envboot capacity finds other hosts.',
        details: { ...details, reason: 'blocked', free_window: free },
      },
    );
  }
}

/** The earliest window of `length` from `from` in which every host of the lease is free (14 days ahead at most). */
function freeWindowAfter(
  calendar: Calendar,
  from: number,
  length: number,
): { start: string; end: string } | null {
  const own = new Set(calendar.hostIds);
  const hosts = calendarHosts(calendar.hosts, calendar.allocations).filter((h) => own.has(h.id));
  const found = earliestWindow(hosts, {
    count: hosts.length,
    durationMs: length,
    from,
    until: from + 14 * DAY,
  });
  return found && { start: isoUtc(new Date(found.start)), end: isoUtc(new Date(found.end)) };
}

/** Blazar refused anyway (a rule this side could not see, a reservation made meanwhile): its answer, explained. */
function explainRefusal(err: unknown, check: ExtensionCheck): unknown {
  if (!(err instanceof EnvbootError)) return err;
  const refusal = err.details?.refusal;
  const hints: Record<string, string> = {
    window: `Blazar says it is too early: the 48-hour window opens ${check.allowed_from ? said(check.allowed_from) : 'later'}.`,
    too_long: 'Blazar allows at most 7 days past the current end per extension.',
    blocked:
      'Another reservation took one of the hosts: envboot leases shows how far the lease can go now, envboot capacity other hosts.',
    balance:
      "The project's SU balance does not cover the extension (the portal shows the balance; no API does).",
    allocation_expiry: "The project's allocation ends before the new end: the PI must renew it.",
  };
  if (typeof refusal !== 'string' || !hints[refusal]) return err;
  return withChanges(err, {
    hint: hints[refusal],
    details: { ...(err.details ?? {}), reason: refusal, check },
  });
}

export function contextFrom(data: LeaseData): Partial<Context> {
  return leaseContext(data);
}
