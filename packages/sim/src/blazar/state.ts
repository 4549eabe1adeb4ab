// The reservation service's state: hosts, leases and their bookings (who holds which host or reserved address
// when), and the operations on them; lifecycle.ts moves leases along the virtual clock.
import { hexId, uuid } from '../ids.js';
import type { Seed } from '../seed.js';
import type { World } from '../world.js';
import { Allocator, pyRepr, type Booking, type HostRequest } from './allocator.js';
import { blazarFail } from './errors.js';
import { checkDateChange, notEnoughHosts } from './extension.js';
import { calendarLeases } from './calendar.js';
import { nextDue, transition } from './lifecycle.js';
import { buildHost, type Host } from './hosts.js';
import { reserveFlavor, reslotFlavor } from '../kvm/blazar.js';
import type { FlavorRequest } from '../kvm/reservations.js';
import { notEnoughDevices, pickDevices, type DeviceRequest } from '../edge/reservations.js';
import {
  eventOf,
  leaseEvents,
  type FloatingIpReservation,
  type HostReservation,
  type Lease,
  type LeaseEvent,
  type Reservation,
} from './model.js';

export const MAX_LEASE_SECONDS = 604_800;

export type ReservationRequest =
  | ({ resource_type: 'physical:host'; before_end: string; on_start: string } & HostRequest)
  | {
      resource_type: 'virtual:floatingip';
      network_id: string;
      amount: number;
      required_floatingips: string[];
    }
  | FlavorRequest
  | DeviceRequest;

export interface LeaseRequest {
  name: string;
  start: number;
  end: number;
  beforeEnd?: number;
  reservations: ReservationRequest[];
  userId: string;
  projectId: string;
}

export interface LeaseChanges {
  name?: string;
  start?: number;
  end?: number;
  beforeEnd?: number;
  reservations?: Array<{
    id: string;
    min?: number;
    max?: number;
    resource_properties?: string;
    hypervisor_properties?: string;
    amount?: number;
  }>;
}

export class BlazarState {
  readonly hosts = new Map<string, Host>();
  readonly hostList: Host[];
  /** GET /os-hosts changes only when a host fails or comes back: its body is serialized then. */
  hostListBody: string;
  /** Property names a filter may use: host columns and every extra capability seen. */
  readonly knownKeys = new Set<string>();
  readonly leases = new Map<string, Lease>();
  readonly #byHost = new Map<string, Booking[]>();
  readonly #byAddress = new Map<string, Booking[]>();
  readonly allocator: Allocator;

  constructor(
    private readonly world: World,
    seed: Seed,
  ) {
    this.hostList = seed.hosts.map(buildHost);
    for (const h of this.hostList) {
      this.hosts.set(h.id, h);
      for (const k of Object.keys(h.columns)) this.knownKeys.add(k);
      for (const k of Object.keys(h.caps)) this.knownKeys.add(k);
    }
    this.hostListBody = JSON.stringify({ hosts: this.hostList.map((h) => h.wire) });
    this.allocator = new Allocator(this.hostList, this.#byHost, this.#byAddress, this.knownKeys);
  }

  /** The seed's calendar, shifted by `shift`, as leases of other projects. */
  loadCalendar(seed: Seed, shift: number, now: number): void {
    for (const lease of calendarLeases(seed, shift, now)) this.#add(lease);
  }

  // ------------------------------------------------------------------ life cycle

  /** When this lease next needs attention. */
  nextDue(lease: Lease): number | undefined {
    return nextDue(lease);
  }

  /** Scheduler step: one transition at time `at`. */
  step(id: string, at: number): number | undefined {
    const lease = this.leases.get(id);
    if (!lease) return undefined;
    const due = nextDue(lease);
    if (due === undefined || due > at) return due;
    transition(lease, due, {
      started: (l, t) => {
        for (const r of l.reservations) {
          if (r.resource_type === 'virtual:floatingip') {
            this.world.neutron.createReservedFloatingIps(l.project_id, r.id, r.addresses, t);
          }
        }
      },
      ending: (l, t) => this.#endActions(l, t),
      log: this.world.log,
    });
    this.world.changed();
    return nextDue(lease);
  }

  /** At the end of a lease Blazar deletes the servers on its hosts and the floating IPs it reserved. */
  #endActions(lease: Lease, t: number): void {
    for (const r of lease.reservations) {
      if (r.resource_type === 'virtual:floatingip') this.world.neutron.deleteReservedFloatingIps(r.id);
      else if (r.resource_type !== 'device') this.world.nova.reservationEnded(r.id, t);
    }
  }

  // ------------------------------------------------------------------ operations

  create(req: LeaseRequest, now: number): Lease {
    const id = uuid();
    const lease: Lease = {
      id,
      name: req.name,
      user_id: req.userId,
      project_id: req.projectId,
      trust_id: hexId(),
      start: req.start,
      end: req.end,
      status: 'PENDING',
      degraded: false,
      created_at: now,
      updated_at: null,
      reservations: [],
      events: [],
    };
    try {
      for (const r of req.reservations) lease.reservations.push(this.#reserve(lease, r, now));
    } catch (err) {
      this.#unindex(lease);
      throw err;
    }
    lease.events = leaseEvents(lease, req.beforeEnd);
    if (this.world.faults.takeLeaseError()) lease.failAtStart = true;
    this.#add(lease);
    this.world.log.info({ lease: id, name: lease.name }, `lease ${lease.name} created (PENDING)`);
    return lease;
  }

  #reserve(lease: Lease, r: ReservationRequest, now: number): Reservation {
    const base = {
      id: uuid(),
      lease_id: lease.id,
      resource_id: uuid(),
      status: 'pending' as const,
      missing_resources: false,
      resources_changed: false,
      created_at: now,
      updated_at: null,
    };
    if (r.resource_type === 'flavor:instance') return reserveFlavor(this.leases.values(), lease, r, base);
    if (r.resource_type === 'device') {
      const deviceIds = pickDevices(this.leases.values(), r, lease.start, lease.end, lease.id);
      if (!deviceIds) throw notEnoughDevices(lease, r);
      return { ...base, ...r, deviceIds };
    }
    if (r.resource_type === 'physical:host') {
      const hostIds = this.allocator.pickHosts(r, lease.start, lease.end, lease.id);
      if (!hostIds) throw this.#notEnough(lease, r);
      const res: HostReservation = { ...base, ...r, hostIds };
      // Booked at once, so that the lease's next reservations cannot take the same hosts.
      this.#index(lease, res);
      return res;
    }
    const pool = r.network_id === this.world.neutron.publicNetworkId ? this.world.neutron.reservablePool : [];
    const addresses = this.allocator.pickAddresses(
      pool,
      r.amount,
      r.required_floatingips,
      lease.start,
      lease.end,
      lease.id,
    );
    if (!addresses) throw blazarFail(500, 'Not enough floating IPs available');
    const res: FloatingIpReservation = { ...base, ...r, addresses };
    this.#index(lease, res);
    return res;
  }

  #notEnough(lease: Lease, r: ReservationRequest) {
    const query = {
      ...r,
      start_date: new Date(lease.start),
      end_date: new Date(lease.end),
      project_id: lease.project_id,
    };
    return blazarFail(500, `Not enough resources available with query ${pyRepr(query)}`);
  }

  /** A change of a lease; `now` is the current minute, `requestTime` the exact time of the request. */
  update(lease: Lease, changes: LeaseChanges, now: number, requestTime = now): Lease {
    if (changes.name !== undefined) lease.name = changes.name;
    const datesOrResources =
      changes.start !== undefined ||
      changes.end !== undefined ||
      changes.reservations !== undefined ||
      changes.beforeEnd !== undefined;
    if (!datesOrResources) {
      lease.updated_at = now;
      return lease;
    }
    if (lease.status === 'STARTING' || lease.status === 'TERMINATING')
      throw blazarFail(500, 'Invalid lease status.');
    const started = lease.start < now;
    const start = changes.start ?? lease.start;
    const end = changes.end ?? lease.end;
    if (started && start !== lease.start)
      throw blazarFail(403, 'Cannot modify the start date of already started leases');
    if (!started && start < now) throw blazarFail(403, 'Start date must later than current date');
    if (lease.end < now) throw blazarFail(403, 'Terminated leases can only be renamed');
    if (end < now || end < start) throw blazarFail(403, 'End date must be later than current and start date');
    checkDateChange({ start: lease.start, end: lease.end }, { start, end }, requestTime);
    // Re-allocate for the new window (keeping the current hosts where they are still free).
    const plan = new Map<string, string[]>();
    for (const r of lease.reservations) {
      const change = changes.reservations?.find((c) => c.id === r.id);
      if (r.resource_type === 'physical:host') {
        const wanted: HostRequest = {
          min: change?.min ?? r.min,
          max: change?.max ?? r.max,
          resource_properties: change?.resource_properties ?? r.resource_properties,
          hypervisor_properties: change?.hypervisor_properties ?? r.hypervisor_properties,
        };
        if (started && wanted.max < r.hostIds.length)
          throw blazarFail(400, 'Cannot reduce the number of hosts of a started lease');
        // A started reservation keeps its hosts: one another reservation holds in the new window fails it.
        if (r.status === 'active' && !this.allocator.allFree(r.hostIds, start, end, lease.id))
          throw notEnoughHosts();
        const hosts = this.allocator.pickHosts(wanted, start, end, lease.id, r.hostIds);
        if (!hosts) {
          const query = { ...r, ...wanted, start_date: new Date(start), end_date: new Date(end) };
          delete (query as Partial<HostReservation>).hostIds;
          throw blazarFail(500, `Not enough resources available with query ${pyRepr(query)}`);
        }
        plan.set(r.id, hosts);
        Object.assign(r, wanted);
      } else if (r.resource_type === 'flavor:instance') {
        plan.set(r.id, reslotFlavor(this.leases.values(), lease, r, change, start, end));
      } else if (r.resource_type === 'device') {
        const wanted = {
          min: change?.min ?? r.min,
          max: change?.max ?? r.max,
          resource_properties: change?.resource_properties ?? r.resource_properties,
        };
        if (started && wanted.max < r.deviceIds.length)
          throw blazarFail(400, 'Cannot reduce the number of devices of a started lease');
        const devices = pickDevices(this.leases.values(), wanted, start, end, lease.id, r.deviceIds);
        if (!devices) throw blazarFail(500, 'Not enough devices available');
        plan.set(r.id, devices);
        Object.assign(r, wanted);
      } else {
        const amount = change?.amount ?? r.amount;
        const pool = this.world.neutron.reservablePool;
        const addresses = this.allocator.pickAddresses(
          pool,
          amount,
          r.addresses.slice(0, amount),
          start,
          end,
          lease.id,
        );
        if (!addresses) throw blazarFail(500, 'Not enough floating IPs available');
        plan.set(r.id, addresses);
        r.amount = amount;
      }
    }
    this.#unindex(lease);
    for (const r of lease.reservations) {
      if (r.resource_type === 'physical:host') r.hostIds = plan.get(r.id)!;
      else if (r.resource_type === 'flavor:instance') r.slots = plan.get(r.id)!;
      else if (r.resource_type === 'device') r.deviceIds = plan.get(r.id)!;
      else r.addresses = plan.get(r.id)!;
      r.updated_at = now;
      this.#index(lease, r);
    }
    const previousEnd = lease.end;
    lease.start = start;
    lease.end = end;
    lease.updated_at = now;
    const set = (type: LeaseEvent['event_type'], time: number) => {
      const e = eventOf(lease, type);
      if (e && e.status === 'UNDONE') Object.assign(e, { time, updated_at: now });
    };
    set('start_lease', start);
    set('end_lease', end);
    // The reminder keeps its distance from the end (or takes the date given), and one already sent is sent again
    // before the new end: an extended lease gets another e-mail (Blazar's manager, update_lease).
    const reminder = eventOf(lease, 'before_end_lease');
    if (reminder) {
      const time = changes.beforeEnd ?? Math.max(start, end - (previousEnd - reminder.time));
      if (reminder.status === 'DONE' && end > previousEnd) reminder.status = 'UNDONE';
      set('before_end_lease', time);
    }
    this.world.scheduler.wake(`lease:${lease.id}`, this.nextDue(lease));
    return lease;
  }

  /** DELETE: a lease in effect ends at once (its servers and reserved addresses go), then it disappears. */
  remove(lease: Lease, now: number): void {
    const inEffect = lease.status === 'STARTING' || lease.status === 'ACTIVE' || lease.status === 'ERROR';
    if (inEffect && lease.start <= now) this.#endActions(lease, now);
    this.#unindex(lease);
    this.leases.delete(lease.id);
    this.world.log.info({ lease: lease.id, name: lease.name }, `lease ${lease.name} deleted`);
  }

  /** The ACTIVE physical:host reservation with this id, if the caller's project holds it. */
  activeHostReservation(reservationId: string, projectId: string): HostReservation | undefined {
    for (const lease of this.leases.values()) {
      if (lease.status !== 'ACTIVE' || lease.project_id !== projectId) continue;
      const r = lease.reservations.find((x) => x.id === reservationId);
      if (r?.resource_type === 'physical:host' && r.status === 'active') return r;
    }
    return undefined;
  }

  /** Bookings on a host, for the allocations endpoints. */
  bookings(hostId: string): Booking[] {
    return this.#byHost.get(hostId) ?? [];
  }

  /** Serializes the host list again, after a host's columns changed (failures.ts). */
  refreshHostList(): void {
    for (const h of this.hostList) h.wire = { id: h.id, ...h.columns, ...h.caps };
    this.hostListBody = JSON.stringify({ hosts: this.hostList.map((h) => h.wire) });
  }

  /** Moves a host reservation's allocation from one host to another, or drops it (`to` undefined). */
  moveAllocation(lease: Lease, r: HostReservation, from: string, to: string | undefined): void {
    r.hostIds = r.hostIds.flatMap((h) => (h === from ? (to === undefined ? [] : [to]) : [h]));
    const kept = (this.#byHost.get(from) ?? []).filter((b) => b.reservation !== r);
    this.#byHost.set(from, kept);
    if (to !== undefined) this.#index(lease, r);
  }

  #add(lease: Lease): void {
    this.leases.set(lease.id, lease);
    for (const r of lease.reservations) this.#index(lease, r);
    this.world.scheduler.wake(`lease:${lease.id}`, this.nextDue(lease));
  }

  #index(lease: Lease, r: Reservation): void {
    // Flavor reservations hold instance slots, counted from the leases themselves (kvm/reservations.ts).
    if (r.resource_type === 'flavor:instance' || r.resource_type === 'device') return;
    const keys = r.resource_type === 'physical:host' ? r.hostIds : r.addresses;
    const map = r.resource_type === 'physical:host' ? this.#byHost : this.#byAddress;
    for (const k of keys) {
      const list = map.get(k) ?? [];
      if (!list.some((b) => b.reservation === r)) list.push({ lease, reservation: r });
      map.set(k, list);
    }
  }

  #unindex(lease: Lease): void {
    for (const map of [this.#byHost, this.#byAddress]) {
      for (const [k, list] of map) {
        const kept = list.filter((b) => b.lease !== lease);
        if (kept.length !== list.length) map.set(k, kept);
      }
    }
  }

  // ------------------------------------------------------------------ persistence

  snapshot(): Lease[] {
    return [...this.leases.values()].filter((l) => !l.seeded);
  }

  restore(leases: Lease[]): void {
    for (const lease of leases) this.#add(lease);
  }
}

export const maxDuration = (seconds: number, limit = MAX_LEASE_SECONDS) =>
  blazarFail(
    403,
    `Lease duration of ${Math.round(seconds)} seconds must be less than or equal to the maximum lease duration of ${limit} seconds.`,
  );
