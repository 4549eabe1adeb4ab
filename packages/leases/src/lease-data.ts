// A Blazar lease in the envelope's form (schemas/lease.json), keeping the original tools' field names.
import { UsageError, isoUtc, type LeaseData, type Context } from '@envboot/core';
import type { blazar } from '@envboot/openstack';
import { parseFilter, pinnedNodeType } from '@envboot/availability';

type Lease = blazar.Lease;

export interface LeaseDataExtras {
  site: string;
  dryRun: boolean;
  reused?: boolean;
  polling?: LeaseData['polling'];
  /** The failed hosts of a degraded lease (failedHostsOf). */
  failedHosts?: LeaseData['failed_hosts'];
  /** lease-repair's account of a reallocation. */
  repair?: LeaseData['repair'];
}

const toIso = (s: string | null) => (s ? isoUtc(new Date(s)) : null);

export function hostReservation(lease: Lease) {
  return lease.reservations.find((r) => r.resource_type === 'physical:host');
}

export function toLeaseData(lease: Lease, extras: LeaseDataExtras): LeaseData {
  const host = lease.reservations.find((r) => r.resource_type === 'physical:host');
  const fip = lease.reservations.find((r) => r.resource_type === 'virtual:floatingip');
  const flavor = lease.reservations.find((r) => r.resource_type === 'flavor:instance');
  const device = lease.reservations.find((r) => r.resource_type === 'device');
  const start = toIso(lease.start) ?? undefined;
  const end = toIso(lease.end) ?? undefined;
  const minutes = start && end ? Math.round((Date.parse(end) - Date.parse(start)) / 60_000) : undefined;
  return {
    reservation_id: lease.id,
    lease_id: lease.id,
    name: lease.name,
    status: lease.status,
    site: extras.site,
    zone: extras.site,
    start,
    end,
    start_date: start,
    end_date: end,
    created_at: toIso(lease.created_at),
    updated_at: toIso(lease.updated_at),
    duration_minutes: minutes && minutes > 0 ? minutes : undefined,
    nodes_requested: host?.resource_type === 'physical:host' ? host.max : null,
    node_type: host?.resource_type === 'physical:host' ? nodeTypeIn(host.resource_properties) : null,
    resource_type:
      lease.reservations[0]?.resource_type === 'other' ? undefined : lease.reservations[0]?.resource_type,
    resource_properties: host?.resource_type === 'physical:host' ? host.resource_properties : null,
    before_end: host?.resource_type === 'physical:host' ? host.before_end : null,
    reservations: lease.reservations.map((r) => ({
      id: r.id,
      resource_type: r.resource_type === 'other' ? r.original_type : r.resource_type,
      status: r.status,
      ...(r.resource_type === 'physical:host'
        ? {
            min: r.min,
            max: r.max,
            resource_properties: r.resource_properties,
            before_end: r.before_end,
          }
        : r.resource_type === 'device'
          ? { min: r.min, max: r.max, resource_properties: r.resource_properties }
          : {}),
      ...(r.resource_type === 'virtual:floatingip' ? { amount: r.amount, network_id: r.network_id } : {}),
      ...(r.resource_type === 'flavor:instance'
        ? { amount: r.amount, flavor: r.source_flavor?.name ?? null }
        : {}),
      ...(r.missing_resources ? { missing_resources: true } : {}),
      ...(r.resources_changed ? { resources_changed: true } : {}),
    })),
    host_reservation_id: host?.id ?? null,
    floatingip_reservation_id: fip?.id ?? null,
    ...(flavor ? { flavor_reservation_id: flavor.id } : {}),
    ...(device ? { device_reservation_id: device.id } : {}),
    allocated: host?.status === 'active',
    reused: extras.reused ?? false,
    degraded: lease.degraded,
    ...(extras.failedHosts ? { failed_hosts: extras.failedHosts } : {}),
    ...(extras.repair ? { repair: extras.repair } : {}),
    polling: extras.polling ?? null,
    dry_run: extras.dryRun,
  };
}

/** The node type a filter pins, if any (a malformed filter pins none). */
function nodeTypeIn(filter: string): string | null {
  try {
    return pinnedNodeType(parseFilter(filter));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err; // the parser's refusal of a filter it cannot read
    return null;
  }
}

/** What a lease adds to the chain context. */
export function leaseContext(data: LeaseData): Partial<Context> {
  if (!data.lease_id) return {};
  return {
    site: data.site,
    lease: {
      id: data.lease_id,
      name: data.name,
      status: data.status,
      host_reservation_id: data.host_reservation_id ?? null,
      floatingip_reservation_id: data.floatingip_reservation_id ?? null,
    },
    ...(data.start && data.end
      ? { window: { start: data.start, end: data.end, duration_minutes: data.duration_minutes } }
      : {}),
  };
}
