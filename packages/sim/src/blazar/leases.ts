// /reservation/v1/leases: list (the caller's project, no filters, no paging), create, show (any id), update, delete
// (200 with {} as Chameleon's fork answers). Dates arrive as "YYYY-MM-DD HH:MM" or "now", on the client's clock
// (lease-dates.ts), and leave in Blazar's other two formats, on the simulator's.
import { blazarDate, blazarStamp, floorMinuteMs } from '../dates.js';
import { isObject, json, ReplyError, type Route, type SimRequest } from '../http.js';
import type { TokenInfo } from '../keystone/tokens.js';
import type { World } from '../world.js';
import { blazarError, blazarFail, internalError, notFoundObject } from './errors.js';
import { createDates, updateDates } from './lease-dates.js';
import type { Lease, Reservation } from './model.js';
import { kvmMaxLeaseSeconds } from '../kvm/limits.js';
import { parseFlavorRequest, renderFlavorReservation } from '../kvm/reservations.js';
import { parseDeviceRequest, renderDeviceReservation } from '../edge/reservations.js';
import {
  maxDuration,
  MAX_LEASE_SECONDS,
  type LeaseChanges,
  type LeaseRequest,
  type ReservationRequest,
} from './state.js';

export function renderReservation(r: Reservation): Record<string, unknown> {
  const base = {
    id: r.id,
    lease_id: r.lease_id,
    resource_id: r.resource_id,
    resource_type: r.resource_type,
    status: r.status,
    missing_resources: r.missing_resources,
    resources_changed: r.resources_changed,
    created_at: blazarStamp(r.created_at),
    updated_at: r.updated_at === null ? null : blazarStamp(r.updated_at),
  };
  if (r.resource_type === 'physical:host') {
    const { min, max, hypervisor_properties, resource_properties, before_end, on_start } = r;
    return { ...base, min, max, hypervisor_properties, resource_properties, before_end, on_start };
  }
  if (r.resource_type === 'flavor:instance') return { ...base, ...renderFlavorReservation(r) };
  if (r.resource_type === 'device') return { ...base, ...renderDeviceReservation(r) };
  return {
    ...base,
    network_id: r.network_id,
    amount: r.amount,
    required_floatingips: r.required_floatingips,
  };
}

export function renderLease(l: Lease): Record<string, unknown> {
  return {
    id: l.id,
    name: l.name,
    user_id: l.user_id,
    project_id: l.project_id,
    trust_id: l.trust_id,
    start_date: blazarDate(l.start),
    end_date: blazarDate(l.end),
    status: l.status,
    degraded: l.degraded,
    created_at: blazarStamp(l.created_at),
    updated_at: l.updated_at === null ? null : blazarStamp(l.updated_at),
    reservations: l.reservations.map(renderReservation),
    events: l.events.map((e) => ({
      id: e.id,
      lease_id: e.lease_id,
      event_type: e.event_type,
      time: blazarDate(e.time),
      status: e.status,
      created_at: blazarStamp(e.created_at),
      updated_at: e.updated_at === null ? null : blazarStamp(e.updated_at),
    })),
  };
}

const body = (req: SimRequest): Record<string, unknown> => {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body);
  } catch {
    throw new ReplyError(blazarError(400, 'Malformed request body: not JSON'));
  }
  if (!isObject(doc)) throw blazarFail(400, 'Malformed request body: expected a JSON object');
  return doc;
};

const intLike = (value: unknown, field: string): number => {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw blazarFail(400, `Malformed parameter ${field}`);
  return n;
};

function parseReservation(raw: unknown, kvm: boolean, edge = false): ReservationRequest {
  if (!isObject(raw)) throw blazarFail(400, 'Malformed parameter reservations');
  const type = raw.resource_type;
  if (typeof type !== 'string' || !type) throw blazarFail(400, 'Missing parameter resource_type');
  // KVM@TACC loads the flavor plugin; the bare-metal sites do not.
  if (type === 'flavor:instance' && kvm) return parseFlavorRequest(raw);
  // CHI@Edge loads the device plugin.
  if (type === 'device' && edge) return parseDeviceRequest(raw);
  if (type === 'physical:host') {
    for (const f of ['min', 'max']) if (raw[f] === undefined) throw blazarFail(400, `Missing parameter ${f}`);
    const min = intLike(raw.min, 'min');
    const max = intLike(raw.max, 'max');
    if (min < 1 || max < 1)
      throw blazarFail(400, 'Malformed parameter min and max (must be greater than or equal to 1)');
    if (max < min)
      throw blazarFail(400, 'Invalid values for min/max of hosts. Max must be equal to or larger than min.');
    const text = (v: unknown, f: string) => {
      if (v === undefined || v === null) return '';
      if (typeof v !== 'string') throw blazarFail(400, `Malformed parameter ${f}`);
      return v;
    };
    // "" is a choice (no reminder, as Chameleon's docs say to silence it); only a missing value means the default.
    const beforeEnd = raw.before_end === undefined ? 'default' : text(raw.before_end, 'before_end');
    if (!['', 'default', 'snapshot', 'email'].includes(beforeEnd))
      throw blazarFail(400, 'Malformed parameter before_end');
    const onStart = text(raw.on_start, 'on_start') || 'default';
    if (!['', 'default'].includes(onStart) && !/^orchestration:[0-9a-f-]{36}$/.test(onStart))
      throw blazarFail(400, 'Malformed parameter on_start');
    return {
      resource_type: 'physical:host',
      min,
      max,
      hypervisor_properties: text(raw.hypervisor_properties, 'hypervisor_properties'),
      resource_properties: text(raw.resource_properties, 'resource_properties'),
      before_end: beforeEnd,
      on_start: onStart,
    };
  }
  if (type === 'virtual:floatingip') {
    if (typeof raw.network_id !== 'string') throw blazarFail(400, 'Missing parameter network_id');
    if (raw.amount === undefined) throw blazarFail(400, 'Missing parameter amount');
    const amount = intLike(raw.amount, 'amount');
    if (amount < 1) throw blazarFail(400, 'Malformed parameter amount');
    const required = raw.required_floatingips ?? [];
    if (!Array.isArray(required) || required.some((a) => typeof a !== 'string'))
      throw blazarFail(400, 'Malformed parameter required_floatingips');
    if (required.length > amount)
      throw blazarFail(400, 'Malformed parameter required_floatingips (more than amount)');
    return {
      resource_type: 'virtual:floatingip',
      network_id: raw.network_id,
      amount,
      required_floatingips: required as string[],
    };
  }
  throw blazarFail(500, `The ${type} resource type is not supported`);
}

function parseCreate(req: SimRequest, caller: TokenInfo, kvm: boolean, edge: boolean): LeaseRequest {
  const b = body(req);
  if (typeof b.name !== 'string' || b.name.trim() === '') throw blazarFail(400, 'Missing parameter name');
  if (b.start_date === undefined) throw blazarFail(400, 'Missing parameter start_date');
  if (b.end_date === undefined) throw blazarFail(400, 'Missing parameter end_date');
  const { start, end, beforeEnd } = createDates(req, b);
  if (end <= start) throw blazarFail(400, 'End date must be later than start date');
  const list = b.reservations ?? [];
  if (!Array.isArray(list)) throw blazarFail(400, 'Malformed parameter reservations');
  const reservations = list.map((r) => parseReservation(r, kvm, edge));
  const seconds = (end - start) / 1000;
  const limit = kvm ? kvmMaxLeaseSeconds(reservations) : MAX_LEASE_SECONDS;
  if (seconds > limit) throw maxDuration(seconds, limit);
  if (beforeEnd !== undefined && !(beforeEnd > start && beforeEnd < end))
    throw blazarFail(403, 'Datetime is out of lease limits');
  return {
    name: b.name,
    start,
    end,
    beforeEnd,
    reservations,
    userId: caller.userId,
    projectId: caller.projectId!,
  };
}

function parseUpdate(req: SimRequest, lease: Lease): LeaseChanges {
  const b = body(req);
  const changes: LeaseChanges = {};
  if (b.name !== undefined) {
    if (typeof b.name !== 'string' || !b.name.trim()) throw blazarFail(400, 'Malformed parameter name');
    changes.name = b.name;
  }
  const dates = updateDates(req, b);
  if (dates.start !== undefined) changes.start = dates.start;
  if (dates.end !== undefined) changes.end = dates.end;
  if (dates.beforeEnd !== undefined) {
    changes.beforeEnd = dates.beforeEnd;
    const start = changes.start ?? lease.start;
    const end = changes.end ?? lease.end;
    if (!(changes.beforeEnd > start && changes.beforeEnd < end))
      throw blazarFail(403, 'Datetime is out of lease limits');
  }
  if (b.reservations !== undefined) {
    if (!Array.isArray(b.reservations)) throw blazarFail(400, 'Malformed parameter reservations');
    const invalid: string[] = [];
    changes.reservations = b.reservations.map((raw) => {
      if (!isObject(raw) || typeof raw.id !== 'string')
        throw blazarFail(400, 'Missing parameter reservation ID');
      const current = lease.reservations.find((r) => r.id === raw.id);
      if (!current) invalid.push(String(raw.id));
      else if (raw.resource_type !== undefined && raw.resource_type !== current.resource_type) {
        throw blazarFail(409, 'Cannot change the resource type of a reservation');
      }
      const num = (f: string) => (raw[f] === undefined ? undefined : intLike(raw[f], f));
      const str = (f: string) => (raw[f] === undefined ? undefined : String(raw[f]));
      return {
        id: raw.id,
        min: num('min'),
        max: num('max'),
        amount: num('amount'),
        resource_properties: str('resource_properties'),
        hypervisor_properties: str('hypervisor_properties'),
      };
    });
    if (invalid.length)
      throw blazarFail(
        400,
        `Please enter valid reservation IDs. Invalid reservation IDs are: ${invalid.join(',')}`,
      );
  }
  return changes;
}

function lease(world: World, id: string): Lease {
  const found = world.blazar.leases.get(id);
  if (!found) throw notFoundObject('lease_id', id);
  return found;
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reservation/v1/leases',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      const leases = [...world.blazar.leases.values()].filter((l) => l.project_id === req.auth!.projectId);
      return json(200, { leases: leases.map(renderLease) });
    },
  },
  {
    method: 'POST',
    path: '/reservation/v1/leases',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      const caller = req.auth!;
      const request = parseCreate(req, caller, world.kvm, world.edge);
      // Blazar creates a Keystone trust for every lease; restricted application credentials cannot.
      if (caller.appCredential?.restricted) throw internalError();
      const created = world.blazar.create(request, req.now);
      world.changed();
      return json(201, { lease: renderLease(created) });
    },
  },
  {
    method: 'GET',
    path: '/reservation/v1/leases/{lease_id}',
    service: 'reservation',
    auth: true,
    handler: (req, world) => json(200, { lease: renderLease(lease(world, req.params.lease_id!)) }),
  },
  {
    method: 'PUT',
    path: '/reservation/v1/leases/{lease_id}',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      const found = lease(world, req.params.lease_id!);
      const updated = world.blazar.update(found, parseUpdate(req, found), floorMinuteMs(req.now), req.now);
      world.changed();
      return json(200, { lease: renderLease(updated) });
    },
  },
  {
    method: 'DELETE',
    path: '/reservation/v1/leases/{lease_id}',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      world.blazar.remove(lease(world, req.params.lease_id!), req.now);
      world.changed();
      return json(200, {});
    },
  },
  {
    method: 'GET',
    path: '/reservation/v1/leases/{lease_id}/hosts',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      const found = lease(world, req.params.lease_id!);
      const ids = found.reservations.flatMap((r) => (r.resource_type === 'physical:host' ? r.hostIds : []));
      const hosts = ids.map((id) => world.blazar.hosts.get(id)!).map((h) => ({ id: h.id, ...h.columns }));
      return json(200, { hosts });
    },
  },
];
