// leases: the project's leases at each site asked, each with its hosts, servers and floating IPs, when it can be
// extended and what it costs. Per site, five requests in parallel once logged in: the leases, Blazar's hosts and
// allocations, the servers and the floating IPs. A site that cannot be asked is reported in `sites`; only when
// every site fails is the command an error.
import {
  EnvbootError,
  UsageError,
  isSiteFailure,
  isoUtc,
  type ErrorCode,
  type LeaseListData,
} from '@envboot/core';
import { parseFilter, pinnedNodeType } from '@envboot/availability';
import { blazar, neutron, nova, type CloudStepContext, type Site } from '@envboot/openstack';
import {
  SERVER_METADATA,
  extensionCheck,
  hostsOfLease,
  hoursBetween,
  isLeaseAddress,
  isReservedFor,
  suCost,
  suFactor,
} from '@envboot/leases';
import type { LeaseListInput } from './input.js';
import type { LeaseListContext } from './site-context.js';

type Row = LeaseListData['leases'][number];
type SiteRow = LeaseListData['sites'][number];

const MINUTE = 60_000;
/** Leases that are over: shown only with --all. */
const OVER = new Set(['TERMINATED', 'ERROR', 'DELETING']);
export async function run(input: LeaseListInput, ctx: CloudStepContext): Promise<LeaseListData> {
  const ids = input.sites ?? [ctx.site.id];
  const many = withSites(ctx);
  const answers = await Promise.all(ids.map((id) => askSite(id, input, many)));
  const failed = answers.filter((a) => a.site.status === 'error');
  for (const a of failed)
    ctx.log.warn(
      { site: a.site.site, code: a.site.error?.code },
      `${a.site.name} could not be asked: ${a.site.error?.message}`,
    );
  if (failed.length === answers.length) throw allFailed(answers.map((a) => a.site));
  const leases = answers.flatMap((a) => a.leases).sort(order);
  return { sites: answers.map((a) => a.site), leases };
}

/** Live leases first, the soonest to end first; then those that have ended, the latest first. */
function order(a: Row, b: Row): number {
  const over = (r: Row) => (r.time_left_minutes === null ? 1 : 0);
  return over(a) - over(b) || (over(a) ? b.end.localeCompare(a.end) : a.end.localeCompare(b.end));
}

function withSites(ctx: CloudStepContext): LeaseListContext {
  if ('forSite' in ctx) return ctx as LeaseListContext;
  return Object.assign(Object.create(ctx) as CloudStepContext, {
    forSite: async (id: string) => {
      if (id !== ctx.site.id)
        throw new EnvbootError('INVALID_INPUT', `only ${ctx.site.name} can be asked here`);
      return ctx;
    },
  });
}

async function askSite(
  id: string,
  input: LeaseListInput,
  ctx: LeaseListContext,
): Promise<{ site: SiteRow; leases: Row[] }> {
  const siteCtx = await ctx.forSite(id);
  const site = siteCtx.site;
  try {
    const cloud = await siteCtx.cloud();
    const [leases, hosts, allocations, servers, addresses] = await Promise.all([
      blazar.leases.list(cloud.blazar),
      blazar.hosts.list(cloud.blazar),
      blazar.allocations.list(cloud.blazar),
      nova.servers.list(cloud.nova),
      neutron.floatingips.list(cloud.neutron),
    ]);
    const now = cloud.clock.now();
    const shown = leases.filter((l) => input.all || !OVER.has(l.status));
    const rows = shown.map((lease) => leaseRow(site, lease, now, { hosts, allocations, servers, addresses }));
    return {
      site: {
        site: site.id,
        name: site.name,
        status: 'ok',
        leases: rows.length,
        now: isoUtc(new Date(now)),
        error: null,
      },
      leases: rows,
    };
  } catch (err) {
    if (!isSiteFailure(err)) throw err;
    return {
      site: { site: site.id, name: site.name, status: 'error', leases: 0, error: err.toJSON() },
      leases: [],
    };
  }
}

interface SiteRecords {
  hosts: blazar.Host[];
  allocations: blazar.Allocation[];
  servers: nova.Server[];
  addresses: neutron.FloatingIp[];
}

function leaseRow(site: Site, lease: blazar.Lease, now: number, r: SiteRecords): Row {
  const start = Date.parse(lease.start);
  const end = Date.parse(lease.end);
  const { hostIds, others } = hostsOfLease(r.allocations, lease.id);
  const hosts = hostIds.map((id) => {
    const h = r.hosts.find((x) => x.id === id);
    return {
      host_id: id,
      uuid: h?.hypervisor_hostname ?? '',
      hostname: h?.node_name ?? null,
      node_type: h?.node_type ?? null,
      su_factor: suFactor(h?.capabilities ?? {}),
      // A host Blazar no longer gives out: a node taken out of service after it failed.
      degraded: h === undefined || h.disabled || !h.reservable,
    };
  });
  const factors = hosts.map((h) => h.su_factor);
  const hostReservations = lease.reservations.filter((x) => x.resource_type === 'physical:host');
  const reservationIds = lease.reservations.map((x) => x.id);
  const servers = r.servers.filter((s) => s.metadata[SERVER_METADATA.lease] === lease.id);
  const floating = r.addresses.filter((a) => isReservedFor(a, reservationIds) || isLeaseAddress(a, lease.id));
  // The server an address is attached to: the one whose fixed address it points at.
  const serverOf = (fixed: string | null) =>
    fixed === null
      ? null
      : (r.servers.find((s) => s.addresses.some((a) => a.type === 'fixed' && a.addr === fixed))?.id ?? null);
  const over = OVER.has(lease.status) || end <= now;
  return {
    site: site.id,
    id: lease.id,
    name: lease.name,
    status: lease.status,
    start: isoUtc(new Date(start)),
    end: isoUtc(new Date(end)),
    degraded: lease.degraded || lease.reservations.some((x) => x.missing_resources || x.resources_changed),
    time_left_minutes: over ? null : Math.max(0, Math.floor((end - Math.max(now, start)) / MINUTE)),
    starts_in_minutes: !over && start > now ? Math.ceil((start - now) / MINUTE) : null,
    node_type: nodeTypeOf(hostReservations, hosts),
    nodes: hosts.length,
    hosts,
    servers: servers.map((s) => ({
      id: s.id,
      name: s.name,
      status: s.status,
      floating_ip: s.addresses.find((a) => a.type === 'floating')?.addr ?? null,
    })),
    floating_ips: floating.map((f) => ({
      address: f.floating_ip_address,
      reserved: isReservedFor(f, reservationIds),
      server_id: f.port_id === null ? null : serverOf(f.fixed_ip_address),
    })),
    extension: extensionCheck(lease, now, others),
    su_cost: {
      total: suCost(factors, hoursBetween(start, end)),
      so_far: suCost(factors, hoursBetween(start, Math.min(now, end))),
    },
  };
}

/** The node type the lease's filter pins, else the one its hosts share. */
function nodeTypeOf(
  reservations: blazar.Reservation[],
  hosts: Array<{ node_type: string | null }>,
): string | null {
  for (const r of reservations) {
    if (r.resource_type !== 'physical:host') continue;
    try {
      const pinned = pinnedNodeType(parseFilter(r.resource_properties));
      if (pinned) return pinned;
    } catch (err) {
      if (!(err instanceof UsageError)) throw err; // the parser's refusal of a filter it cannot read: pins nothing
    }
  }
  const types = [...new Set(hosts.map((h) => h.node_type).filter((t): t is string => t !== null))];
  return types.length === 1 ? types[0]! : null;
}

function allFailed(sites: SiteRow[]): EnvbootError {
  const codes = new Set(sites.map((s) => s.error!.code));
  const [only] = codes;
  const code = (codes.size === 1 && only ? only : 'CLOUD_API') as ErrorCode;
  return new EnvbootError(
    code,
    `no site could be asked (${sites.map((s) => `${s.name}: ${s.error!.message}`).join('; ')})`,
    {
      hint: 'Check the network and the credentials for these sites, or name the sites that work with --site.',
      details: {
        sites: sites.map((s) => ({ site: s.site, code: s.error!.code, message: s.error!.message })),
      },
      retryable: sites.every((s) => s.error!.retryable),
    },
  );
}
