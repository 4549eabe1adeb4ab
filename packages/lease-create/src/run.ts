// lease-create (api-2): reserve hosts (and floating IPs) with a Blazar lease. The name is the idempotency key: a
// live lease of the same name is reported (CONFLICT) or, with --reuse, returned, so a repeated command never books
// twice. A refusal for lack of hosts says when the request would fit.
import {
  EnvbootError,
  UsageError,
  withChanges,
  floorMinute,
  formatDuration,
  isoUtc,
  placeholderId,
  type Context,
  type LeaseData,
  type Window,
} from '@envboot/core';
import { candidates, earliestWindow, parseFilter, pinnedNodeType } from '@envboot/availability';
import { blazar, neutron, type Cloud, type CloudStepContext } from '@envboot/openstack';
import {
  DEFAULT_SU_FACTOR,
  flavorSuCost,
  leaseContext,
  loadCalendar,
  suCost,
  toLeaseData,
} from '@envboot/leases';
import type { LeaseCreateInput } from './input.js';
import { flavorIdOf, flavorReservation } from './flavor.js';
import { deviceReservation } from './device.js';

type ReservationRequest = Parameters<typeof blazar.leases.toCreateBody>[0]['reservations'][number];

const DAY = 86_400_000;

function reservationsFor(
  input: LeaseCreateInput,
  publicNetworkId: string,
  flavorId?: string,
): ReservationRequest[] {
  const main: ReservationRequest =
    input.resourceType === 'flavor:instance'
      ? flavorReservation(flavorId ?? `<id of flavor ${input.flavor}>`, input.nodes)
      : input.resourceType === 'device'
        ? deviceReservation(input.resourceProperties, input.nodes)
        : input.resourceType === 'physical:host'
          ? {
              resource_type: 'physical:host',
              min: input.nodes,
              max: input.nodes,
              resource_properties: input.resourceProperties,
              hypervisor_properties: '',
              ...(input.beforeEnd === undefined ? {} : { before_end: input.beforeEnd }),
            }
          : {
              resource_type: 'virtual:instance',
              amount: input.nodes,
              vcpus: input.instance!.vcpus,
              memory_mb: input.instance!.memoryMb,
              disk_gb: input.instance!.diskGb,
              affinity: null,
              resource_properties: input.resourceProperties,
            };
  const fips: ReservationRequest[] =
    input.floatingIps > 0
      ? [{ resource_type: 'virtual:floatingip', network_id: publicNetworkId, amount: input.floatingIps }]
      : [];
  return [main, ...fips];
}

function request(input: LeaseCreateInput, publicNetworkId: string, cloud?: Cloud, flavorId?: string) {
  return {
    name: input.name,
    ...(cloud ? onCloudClock(input, cloud) : dates(input.window)),
    reservations: reservationsFor(input, publicNetworkId, flavorId),
  };
}

const dates = (w: Window) => ({ start: w.startIsNow ? ('now' as const) : w.start, end: w.end });

/**
 * A window from now is reckoned on the cloud's clock, which the simulator runs ahead of this machine's, so that the
 * lease lasts its duration. A clock that runs faster than ours (the simulator at --speed) would read "now" when
 * the request arrives, the request's real time multiplied by the speed, and the lease would lose that much: the
 * start goes as a date instead, which the simulator starts at once, keeping the length.
 */
function onCloudClock(input: LeaseCreateInput, cloud: Cloud): { start: Date | 'now'; end: Date } {
  const w = input.window;
  if (!w.startIsNow) return dates(w);
  const now = floorMinute(new Date(cloud.clock.now()));
  const end = input.endIsDate ? w.end : new Date(now.getTime() + w.durationMinutes * 60_000);
  return { start: cloud.timeScale < 1 ? now : 'now', end };
}

export async function run(input: LeaseCreateInput, ctx: CloudStepContext): Promise<LeaseData> {
  const site = ctx.site;
  if (input.window.durationMinutes > site.max_lease_minutes) {
    throw new UsageError(
      `a ${formatDuration(input.window.durationMinutes)} lease is longer than ${site.name} allows (${formatDuration(site.max_lease_minutes)})`,
      { field: 'duration', hint: 'Reserve less now, and extend the lease later.' },
    );
  }
  if (ctx.dryRun) return dryRun(input, ctx.site.id);

  const cloud = await ctx.cloud();
  const publicNetworkId =
    input.floatingIps > 0 ? (await neutron.networks.findByName(cloud.neutron, site.public_network)).id : '';
  const flavorId = input.flavor ? await flavorIdOf(cloud, input.flavor) : undefined;
  // A reused token made no request yet: the cloud's clock is read before the dates are reckoned on it.
  if (input.window.startIsNow && !cloud.clock.synced) await blazar.leases.list(cloud.blazar);
  try {
    const lease = await blazar.leases.create(cloud.blazar, request(input, publicNetworkId, cloud, flavorId), {
      existing: input.reuse ? 'reuse' : 'fail',
    });
    return {
      ...toLeaseData(lease, { site: ctx.site.id, dryRun: false, reused: lease.reused }),
      duration_minutes: input.window.durationMinutes,
    };
  } catch (err) {
    if (
      err instanceof EnvbootError &&
      err.code === 'INSUFFICIENT_CAPACITY' &&
      input.resourceType === 'physical:host'
    ) {
      throw await withEarliestWindow(err, cloud, input);
    }
    throw err;
  }
}

/** Blazar's refusal, with the earliest window in which the same request would fit (14 days ahead). */
async function withEarliestWindow(
  err: EnvbootError,
  cloud: Cloud,
  input: LeaseCreateInput,
): Promise<EnvbootError> {
  const calendar = await loadCalendar(cloud);
  const filter = parseFilter(input.resourceProperties);
  const pinned = pinnedNodeType(filter);
  const types = [...new Set(calendar.map((h) => h.node_type).filter((t): t is string => !!t))].sort();
  if (pinned && !types.includes(pinned)) {
    return new UsageError(`unknown node type "${pinned}" at this site`, {
      field: input.nodeType ? 'node-type' : 'resource-properties',
      hint: `Known node types: ${types.join(', ')}`,
      details: { node_types: types },
    });
  }
  const hosts = candidates(calendar, filter);
  const from = Math.max(Date.now(), input.window.start.getTime());
  const found = earliestWindow(hosts, {
    count: input.nodes,
    durationMs: input.window.durationMinutes * 60_000,
    from,
    until: from + 14 * DAY,
  });
  const hint = found
    ? `${input.nodes} matching host(s) are free from ${isoUtc(new Date(found.start))}: try --start "${new Date(found.start).toISOString().slice(0, 16).replace('T', ' ')}"`
    : `fewer than ${input.nodes} matching host(s) are free for ${formatDuration(input.window.durationMinutes)} in the next 14 days (${hosts.length} match in all)`;
  return withChanges(err, {
    hint,
    retryable: true,
    details: {
      ...(err.details ?? {}),
      matching_hosts: hosts.length,
      earliest: found ? { start: isoUtc(new Date(found.start)), end: isoUtc(new Date(found.end)) } : null,
    },
  });
}

/**
 * --dry-run: the body that would be sent, and the lease as Blazar would answer it, with placeholder ids (the same
 * for the same request) that the next command's --dry-run takes. Nothing is sent: no network is needed.
 */
function dryRun(input: LeaseCreateInput, site: string): LeaseData {
  const body = blazar.leases.toCreateBody(request(input, '<id of the public network>'));
  const start = isoUtc(input.window.start);
  const end = isoUtc(input.window.end);
  const seed = `${site}|${input.name}|${start}|${end}`;
  const leaseId = placeholderId('lease', seed);
  const hostReservation = placeholderId('reservation', seed);
  const fipReservation = input.floatingIps > 0 ? placeholderId('fip-reservation', seed) : null;
  return {
    reservation_id: leaseId,
    lease_id: leaseId,
    name: input.name,
    status: 'DRY_RUN',
    site,
    zone: site,
    start,
    end,
    start_date: start,
    end_date: end,
    duration_minutes: input.window.durationMinutes,
    nodes_requested: input.nodes,
    node_type: input.nodeType,
    resource_type: input.resourceType,
    resource_properties: input.resourceProperties,
    reservations: [
      {
        id: hostReservation,
        resource_type: input.resourceType,
        status: 'pending',
        ...(input.resourceType === 'physical:host' || input.resourceType === 'device'
          ? { min: input.nodes, max: input.nodes, resource_properties: input.resourceProperties }
          : { amount: input.nodes }),
        ...(input.flavor ? { flavor: input.flavor } : {}),
      },
      ...(fipReservation
        ? [
            {
              id: fipReservation,
              resource_type: 'virtual:floatingip',
              status: 'pending',
              amount: input.floatingIps,
              network_id: null,
            },
          ]
        : []),
    ],
    host_reservation_id: input.resourceType === 'physical:host' ? hostReservation : null,
    ...(input.flavor ? { flavor_reservation_id: hostReservation } : {}),
    ...(input.deviceType ? { device_reservation_id: hostReservation } : {}),
    floatingip_reservation_id: fipReservation,
    allocated: false,
    reused: false,
    request: body,
    before_end: input.resourceType === 'physical:host' ? (input.beforeEnd ?? 'default') : null,
    // Offline, the hosts (and their su_factors) are not known: capacity's figure when it was piped in, else 1.0
    // each, and the envelope says so. A flavor lease costs its flavor's published rate (capacity's figure when
    // piped); a flavor without one has no cost shown, rather than a guess.
    su_cost:
      input.resourceType === 'physical:host'
        ? (input.suCost ??
          suCost(Array(input.nodes).fill(DEFAULT_SU_FACTOR), input.window.durationMinutes / 60, 'assumed'))
        : (input.suCost ??
          (input.flavor ? flavorSuCost(input.flavor, input.nodes, input.window.durationMinutes / 60) : null)),
    dry_run: true,
  };
}

export function contextFrom(data: LeaseData, input: LeaseCreateInput): Partial<Context> {
  return {
    ...leaseContext(data),
    node_type: input.nodeType ?? undefined,
    resource_properties: input.resourceProperties || undefined,
    nodes: input.nodes,
  };
}
