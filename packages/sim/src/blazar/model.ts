// Blazar's objects as the simulator keeps them (times in virtual ms). leases.ts renders them on the wire.
import { randomUUID } from 'node:crypto';

export type LeaseStatus = 'PENDING' | 'STARTING' | 'ACTIVE' | 'TERMINATING' | 'TERMINATED' | 'ERROR';
export type ReservationStatus = 'pending' | 'active' | 'deleted' | 'error';
export type EventStatus = 'UNDONE' | 'IN_PROGRESS' | 'DONE' | 'ERROR';

interface ReservationBase {
  id: string;
  lease_id: string;
  resource_id: string;
  status: ReservationStatus;
  missing_resources: boolean;
  resources_changed: boolean;
  created_at: number;
  updated_at: number | null;
}

export interface HostReservation extends ReservationBase {
  resource_type: 'physical:host';
  min: number;
  max: number;
  hypervisor_properties: string;
  resource_properties: string;
  before_end: string;
  on_start: string;
  /** Blazar host ids allocated to this reservation. */
  hostIds: string[];
  /** Hosts reallocation dropped with no replacement (failures.ts). */
  lost?: number;
}

export interface FloatingIpReservation extends ReservationBase {
  resource_type: 'virtual:floatingip';
  network_id: string;
  amount: number;
  required_floatingips: string[];
  /** Addresses allocated to this reservation. */
  addresses: string[];
}

/** KVM@TACC: `amount` instances of a flavor, on a reserved flavor named reservation:<id> (kvm/reservations.ts). */
export interface FlavorReservation extends ReservationBase {
  resource_type: 'flavor:instance';
  /** The source flavor's Nova id, as requested. */
  source_flavor_id: string;
  amount: number;
  vcpus: number;
  memory_mb: number;
  disk_gb: number;
  /** The source flavor as Blazar keeps it (sent back as a JSON string in resource_properties). */
  source: Record<string, unknown>;
  aggregate_id: number;
  /** The hypervisor of each reserved instance. */
  slots: string[];
}

/** CHI@Edge: min…max devices matching resource_properties (edge/reservations.ts). */
export interface DeviceReservation extends ReservationBase {
  resource_type: 'device';
  min: number;
  max: number;
  resource_properties: string;
  before_end: string;
  /** Blazar device ids allocated to this reservation. */
  deviceIds: string[];
}

export type Reservation = HostReservation | FloatingIpReservation | FlavorReservation | DeviceReservation;

export interface LeaseEvent {
  id: string;
  lease_id: string;
  event_type: 'start_lease' | 'end_lease' | 'before_end_lease';
  time: number;
  status: EventStatus;
  created_at: number;
  updated_at: number | null;
}

export interface Lease {
  id: string;
  name: string;
  user_id: string;
  project_id: string;
  trust_id: string;
  start: number;
  end: number;
  status: LeaseStatus;
  degraded: boolean;
  created_at: number;
  updated_at: number | null;
  reservations: Reservation[];
  events: LeaseEvent[];
  /** From the calendar of the seed (another project's lease). */
  seeded?: boolean;
  /** The lease-error fault caught this lease: it goes to ERROR when it starts. */
  failAtStart?: boolean;
  /** When a transitional status (STARTING, TERMINATING) ends. */
  phaseDue?: number;
}

export const eventOf = (lease: Lease, type: LeaseEvent['event_type']): LeaseEvent | undefined =>
  lease.events.find((e) => e.event_type === type);

/** Chameleon sends the end-of-lease reminder 48 hours before the end (minutes_before_end_lease = 2880). */
export const BEFORE_END_MS = 48 * 3600_000;

/** A new lease's events: start, end, and the reminder (at before_end_date, or 48 h before the end, not before the start). */
export function leaseEvents(lease: Lease, beforeEnd: number | undefined): LeaseEvent[] {
  const event = (event_type: LeaseEvent['event_type'], time: number): LeaseEvent => ({
    id: randomUUID(),
    lease_id: lease.id,
    event_type,
    time,
    status: 'UNDONE',
    created_at: lease.created_at,
    updated_at: null,
  });
  return [
    event('start_lease', lease.start),
    event('end_lease', lease.end),
    event('before_end_lease', beforeEnd ?? Math.max(lease.start, lease.end - BEFORE_END_MS)),
  ];
}
