// The seed's reservation calendar as Blazar leases of other projects, its dates moved by `shift`: one lease per
// lease id, one physical:host reservation per reservation id, with the hosts booked under it. Their status follows
// from the time: ended, started or still to come.
import { stableHex } from '../ids.js';
import type { Seed } from '../seed.js';
import { leaseEvents, type Lease } from './model.js';

export function calendarLeases(seed: Seed, shift: number, now: number): Lease[] {
  const byLease = new Map<string, Map<string, { start: number; end: number; hosts: string[] }>>();
  for (const b of seed.bookings) {
    const reservations = byLease.get(b.leaseId) ?? new Map();
    byLease.set(b.leaseId, reservations);
    const r = reservations.get(b.reservationId) ?? { start: b.start + shift, end: b.end + shift, hosts: [] };
    r.hosts.push(b.hostId);
    reservations.set(b.reservationId, r);
  }
  return [...byLease].map(([leaseId, reservations]) => {
    const windows = [...reservations.values()];
    const start = Math.min(...windows.map((w) => w.start));
    const end = Math.max(...windows.map((w) => w.end));
    const started = start <= now;
    const ended = end <= now;
    const lease: Lease = {
      id: leaseId,
      name: `lease-${leaseId.slice(0, 8)}`,
      user_id: stableHex(`user:${leaseId}`),
      project_id: stableHex(`project:${leaseId}`),
      trust_id: stableHex(`trust:${leaseId}`),
      start,
      end,
      status: ended ? 'TERMINATED' : started ? 'ACTIVE' : 'PENDING',
      degraded: false,
      created_at: start,
      updated_at: null,
      reservations: [...reservations].map(([id, w]) => ({
        id,
        lease_id: leaseId,
        resource_id: stableHex(`resource:${id}`),
        resource_type: 'physical:host',
        status: ended ? 'deleted' : started ? 'active' : 'pending',
        missing_resources: false,
        resources_changed: false,
        created_at: start,
        updated_at: null,
        min: w.hosts.length,
        max: w.hosts.length,
        hypervisor_properties: '',
        resource_properties: '',
        before_end: 'default',
        on_start: 'default',
        hostIds: w.hosts,
      })),
      events: [],
      seeded: true,
    };
    lease.events = leaseEvents(lease, undefined);
    for (const e of lease.events) {
      if (e.time <= now && (e.event_type !== 'start_lease' || started)) e.status = 'DONE';
    }
    return lease;
  });
}
