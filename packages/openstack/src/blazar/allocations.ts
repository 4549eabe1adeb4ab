// Blazar host allocations: which reservations hold each host from now on (past leases are never listed).
import { isoDate, list as listOf, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'os-hosts/allocations',
  one: (hostId: string) => `os-hosts/${encodeURIComponent(hostId)}/allocation`,
};

// ---- wire types
interface WireAllocationReservation {
  id?: string;
  lease_id?: string;
  start_date?: string;
  end_date?: string;
  extras?: Record<string, unknown>;
}
interface WireAllocation {
  resource_id?: string | number;
  reservations?: WireAllocationReservation[];
}

// ---- public types
export interface AllocatedReservation {
  id: string;
  lease_id: string;
  start: string;
  end: string;
  extras: Record<string, string>;
}

export interface Allocation {
  /** Blazar's host id. */
  resource_id: string;
  reservations: AllocatedReservation[];
}

export interface AllocationFilter {
  lease_id?: string;
  reservation_id?: string;
}

// ---- parsers
export function parseAllocation(w: WireAllocation): Allocation {
  return {
    resource_id: str(w.resource_id) ?? '',
    reservations: (w.reservations ?? []).map((r) => ({
      id: str(r.id) ?? '',
      lease_id: str(r.lease_id) ?? '',
      start: isoDate(r.start_date) ?? '',
      end: isoDate(r.end_date) ?? '',
      extras: Object.fromEntries(
        Object.entries(r.extras ?? {}).flatMap(([k, v]) => (str(v) === null ? [] : [[k, str(v)!]])),
      ),
    })),
  };
}

// ---- operations
/** Every host with its current and future reservations (idle hosts have none). */
export async function list(c: ServiceClient, filter: AllocationFilter = {}): Promise<Allocation[]> {
  const body = await c.request({
    op: 'blazar.allocations.list',
    method: 'GET',
    path: path.all(),
    query: { lease_id: filter.lease_id, reservation_id: filter.reservation_id },
  });
  return listOf<WireAllocation>(body, 'allocations').map(parseAllocation);
}

export async function get(
  c: ServiceClient,
  hostId: string,
  filter: AllocationFilter = {},
): Promise<Allocation> {
  const body = await c.request({
    op: 'blazar.allocations.get',
    method: 'GET',
    path: path.one(hostId),
    query: { lease_id: filter.lease_id, reservation_id: filter.reservation_id },
  });
  return parseAllocation(unwrap<WireAllocation>(body, 'allocation', c.service));
}
