// os-hosts/allocations (every host, each with the reservations of leases that end after now) and
// os-hosts/{id}/allocation. Only lease_id and reservation_id filter; with either, the time window is dropped.
import { blazarDate } from '../dates.js';
import { json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import type { Booking } from './allocator.js';
import { notFoundObject } from './errors.js';
import type { Host } from './hosts.js';

function allocation(world: World, host: Host, req: SimRequest, withExtras: boolean) {
  const leaseId = req.query.get('lease_id');
  const reservationId = req.query.get('reservation_id');
  const filtered = leaseId !== null || reservationId !== null;
  const keep = (b: Booking) =>
    filtered
      ? (leaseId === null || b.lease.id === leaseId) &&
        (reservationId === null || b.reservation.id === reservationId)
      : b.lease.end > req.now;
  return {
    resource_id: host.id,
    reservations: world.blazar
      .bookings(host.id)
      .filter(keep)
      .sort((a, b) => a.lease.start - b.lease.start)
      .map((b) => ({
        id: b.reservation.id,
        lease_id: b.lease.id,
        start_date: blazarDate(b.lease.start),
        end_date: blazarDate(b.lease.end),
        ...(withExtras
          ? {
              extras: b.lease.seeded
                ? {}
                : { user_name: world.directory.users.get(b.lease.user_id)?.name ?? b.lease.user_id },
            }
          : {}),
      })),
  };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reservation/v1/os-hosts/allocations',
    service: 'reservation',
    auth: true,
    handler: (req, world) =>
      json(200, { allocations: world.blazar.hostList.map((h) => allocation(world, h, req, true)) }),
  },
  {
    method: 'GET',
    path: '/reservation/v1/os-hosts/{host_id}/allocation',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      const host = world.blazar.hosts.get(req.params.host_id!);
      if (!host) throw notFoundObject('host_id', req.params.host_id!);
      return json(200, { allocation: allocation(world, host, req, false) });
    },
  },
];
