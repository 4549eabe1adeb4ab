// When a lease can be extended, by Chameleon's rules (its Blazar's MaxLeaseDurationFilter and host plugin): only
// from 48 hours before its current end, by at most 7 days past that end, and, for a lease that has started, only
// while no other reservation takes one of its hosts. A lease that has not started is checked by the same window;
// Blazar moves it to other free hosts of its kind when its own are taken, or refuses with a 500. Pure: the lease,
// the site's present and the host calendar come from the caller.
import { isoUtc, type ExtensionCheck } from '@envboot/core';
import type { blazar } from '@envboot/openstack';

export const EXTENSION_WINDOW_MS = 48 * 3_600_000;
export const MAX_EXTENSION_MS = 7 * 24 * 3_600_000;
const MINUTE = 60_000;

/** Another reservation on one of the lease's hosts. */
export interface HostBooking {
  host_id: string;
  lease_id: string;
  reservation_id: string | null;
  start: number;
  end: number;
}

/** The lease's hosts and every other reservation on them, from Blazar's allocations (GET /os-hosts/allocations). */
export function hostsOfLease(
  allocations: readonly blazar.Allocation[],
  leaseId: string,
): { hostIds: string[]; others: HostBooking[] } {
  const mine = allocations.filter((a) => a.reservations.some((r) => r.lease_id === leaseId));
  const others = mine.flatMap((a) =>
    a.reservations
      .filter((r) => r.lease_id !== leaseId)
      .map((r) => ({
        host_id: a.resource_id,
        lease_id: r.lease_id,
        reservation_id: r.id || null,
        start: Date.parse(r.start),
        end: Date.parse(r.end),
      })),
  );
  return { hostIds: mine.map((a) => a.resource_id), others };
}

const ENDED = new Set(['TERMINATED', 'TERMINATING', 'DELETING']);

/**
 * Whether the lease can be extended at `now` (the site's clock), from when, and how far. `others` are the other
 * reservations on its hosts (hostsOfLease).
 */
export function extensionCheck(
  lease: { start: string; end: string; status: string },
  now: number,
  others: readonly HostBooking[],
): ExtensionCheck {
  const end = Date.parse(lease.end);
  if (ENDED.has(lease.status) || end <= now) {
    return { allowed_now: false, allowed_from: null, max_end: null, reason: 'ended', blocking: [] };
  }
  const opens = end - EXTENSION_WINDOW_MS;
  const cap = end + MAX_EXTENSION_MS;
  const blocking = others.filter((b) => b.end > end && b.start < cap).sort((a, b) => a.start - b.start);
  // A started lease keeps its hosts: the first other reservation on any of them is as far as it can go.
  const started = lease.status === 'ACTIVE' || Date.parse(lease.start) <= now;
  const limit = started && blocking.length > 0 ? Math.max(end, blocking[0]!.start) : cap;
  const maxEnd = Math.floor(Math.min(cap, limit) / MINUTE) * MINUTE;
  const reason = now < opens ? 'window' : maxEnd - end < MINUTE ? 'blocked' : null;
  return {
    allowed_now: reason === null,
    allowed_from: isoUtc(new Date(opens)),
    max_end: isoUtc(new Date(maxEnd)),
    reason,
    blocking: blocking.map((b) => ({
      host_id: b.host_id,
      lease_id: b.lease_id,
      reservation_id: b.reservation_id,
      start: isoUtc(new Date(b.start)),
      end: isoUtc(new Date(b.end)),
    })),
  };
}
