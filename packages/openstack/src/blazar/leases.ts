// Blazar leases: list, get, create (without duplicates), update, remove. Dates go out as "YYYY-MM-DD HH:MM" UTC and
// come back as ISO 8601 with a Z, whichever of Blazar's three formats they arrived in.
import { ConflictError, UsageError } from '@envboot/core';
import { datesHeaders, formatDate } from './dates.js';
import { createOnce } from '../create.js';
import { bool, isoDate, list as listOf, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';
import {
  parseReservation,
  toReservationBody,
  type Reservation,
  type ReservationRequest,
  type WireReservation,
} from './reservations.js';

// ---- urls
const path = {
  all: () => 'leases',
  one: (id: string) => `leases/${encodeURIComponent(id)}`,
};

// ---- wire types
interface WireEvent {
  id?: string;
  event_type?: string;
  time?: string;
  status?: string;
}
export interface WireLease {
  id?: string;
  name?: string;
  user_id?: string;
  project_id?: string;
  start_date?: string;
  end_date?: string;
  status?: string;
  degraded?: boolean | string;
  created_at?: string;
  updated_at?: string | null;
  reservations?: WireReservation[];
  events?: WireEvent[];
}

// ---- public types
export type LeaseStatus =
  | 'PENDING'
  | 'ACTIVE'
  | 'TERMINATED'
  | 'ERROR'
  | 'CREATING'
  | 'STARTING'
  | 'UPDATING'
  | 'TERMINATING'
  | 'DELETING'
  | (string & {});

export interface LeaseEvent {
  id: string;
  event_type: string;
  time: string | null;
  status: string;
}

export interface Lease {
  id: string;
  name: string;
  status: LeaseStatus;
  start: string;
  end: string;
  user_id: string | null;
  project_id: string | null;
  degraded: boolean;
  created_at: string | null;
  updated_at: string | null;
  reservations: Reservation[];
  events: LeaseEvent[];
}

export interface CreatedLease extends Lease {
  /** A live lease of the same name already existed and is returned instead of a new one. */
  reused: boolean;
}

export interface LeaseCreate {
  name: string;
  start: Date | 'now';
  end: Date;
  /** When Blazar sends its end-of-lease reminder (strictly between start and end). */
  beforeEnd?: Date;
  reservations: ReservationRequest[];
}

export interface LeaseUpdate {
  name?: string;
  start?: Date;
  end?: Date;
  beforeEnd?: Date;
  /** Changes to existing reservations, each naming its id. */
  reservations?: Array<{ id: string } & Record<string, unknown>>;
}

export interface CreateOptions {
  /** What to do when a live lease of the same name exists: return it (default), fail, or create another. */
  existing?: 'reuse' | 'fail' | 'create';
}

/** Statuses after which a lease can no longer be used. */
export const ENDED: ReadonlySet<string> = new Set(['TERMINATED', 'TERMINATING', 'ERROR', 'DELETING']);

// ---- body builders
export function toCreateBody(i: LeaseCreate): Record<string, unknown> {
  if (!i.name?.trim()) throw new UsageError('a lease needs a name', { field: 'name' });
  if (!(i.end instanceof Date) || Number.isNaN(i.end.getTime())) {
    throw new UsageError('a lease needs an end date', { field: 'end' });
  }
  if (i.start !== 'now' && i.start.getTime() >= i.end.getTime()) {
    throw new UsageError('the lease must end after it starts', { field: 'end' });
  }
  if (i.reservations.length === 0) {
    throw new UsageError('a lease needs at least one reservation', { field: 'reservations' });
  }
  const body: Record<string, unknown> = {
    name: i.name,
    start_date: i.start === 'now' ? 'now' : formatDate(i.start),
    end_date: formatDate(i.end),
    reservations: i.reservations.map(toReservationBody),
    events: [],
  };
  if (i.beforeEnd) body.before_end_date = formatDate(i.beforeEnd);
  return body;
}

export function toUpdateBody(u: LeaseUpdate): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (u.name !== undefined) body.name = u.name;
  if (u.start) body.start_date = formatDate(u.start);
  if (u.end) body.end_date = formatDate(u.end);
  if (u.beforeEnd) body.before_end_date = formatDate(u.beforeEnd);
  if (u.reservations) body.reservations = u.reservations;
  if (Object.keys(body).length === 0)
    throw new UsageError('nothing to change in the lease', { field: 'lease' });
  return body;
}

// ---- parsers
export function parseLease(w: WireLease): Lease {
  return {
    id: str(w.id) ?? '',
    name: str(w.name) ?? '',
    status: (str(w.status) ?? 'PENDING').toUpperCase(),
    start: isoDate(w.start_date) ?? '',
    end: isoDate(w.end_date) ?? '',
    user_id: str(w.user_id),
    project_id: str(w.project_id),
    degraded: bool(w.degraded) ?? false,
    created_at: isoDate(w.created_at),
    updated_at: isoDate(w.updated_at),
    reservations: (w.reservations ?? []).map(parseReservation),
    events: (w.events ?? []).map((e) => ({
      id: str(e.id) ?? '',
      event_type: str(e.event_type) ?? '',
      time: isoDate(e.time),
      status: str(e.status) ?? '',
    })),
  };
}

// ---- operations
/** Every lease of the project. Blazar neither pages nor filters leases, so a name is matched here. */
export async function list(c: ServiceClient, filter: { name?: string } = {}): Promise<Lease[]> {
  const body = await c.request({ op: 'blazar.leases.list', method: 'GET', path: path.all() });
  const leases = listOf<WireLease>(body, 'leases').map(parseLease);
  return filter.name === undefined ? leases : leases.filter((l) => l.name === filter.name);
}

export async function get(c: ServiceClient, id: string): Promise<Lease> {
  const body = await c.request({ op: 'blazar.leases.get', method: 'GET', path: path.one(id) });
  return parseLease(unwrap<WireLease>(body, 'lease', c.service));
}

/**
 * A lease, created at most once. Leases of that name are looked up first (a live one is returned, with
 * `reused`), the POST is sent once, and when it fails without a clear answer the name is looked up again before
 * anything is resent.
 */
export async function create(
  c: ServiceClient,
  input: LeaseCreate,
  options: CreateOptions = {},
): Promise<CreatedLease> {
  const body = toCreateBody(input);
  const existing = await list(c, { name: input.name });
  const live = existing.filter((l) => !ENDED.has(l.status));
  const mode = options.existing ?? 'reuse';
  if (live.length > 0 && mode === 'reuse') {
    c.log.info({ lease: live[0]!.id, name: input.name }, 'a live lease of that name exists: reusing it');
    return { ...live[0]!, reused: true };
  }
  if (live.length > 0 && mode === 'fail') {
    throw new ConflictError(
      `a lease named "${input.name}" already exists (${live[0]!.id}, ${live[0]!.status})`,
      {
        field: 'name',
        hint: 'Choose another name, or delete the existing lease first.',
        details: { lease_id: live[0]!.id },
      },
    );
  }
  const lease = await createOnce(c, {
    what: `lease ${input.name}`,
    post: async () =>
      parseLease(
        unwrap<WireLease>(
          await c.request({
            op: 'blazar.leases.create',
            method: 'POST',
            path: path.all(),
            json: body,
            headers: datesHeaders(c.clock),
            ok: [200, 201, 202],
          }),
          'lease',
          c.service,
        ),
      ),
    lookup: () => list(c, { name: input.name }),
    before: new Set(existing.map((l) => l.id)),
    idOf: (l) => l.id,
  });
  return { ...lease, reused: false };
}

export async function update(c: ServiceClient, id: string, changes: LeaseUpdate): Promise<Lease> {
  const body = await c.request({
    op: 'blazar.leases.update',
    method: 'PUT',
    path: path.one(id),
    json: toUpdateBody(changes),
    headers: datesHeaders(c.clock),
  });
  return parseLease(unwrap<WireLease>(body, 'lease', c.service));
}

/** Deletes a lease (Chameleon's Blazar answers 200 with {}, upstream 204). */
export async function remove(c: ServiceClient, id: string): Promise<void> {
  await c.request({ op: 'blazar.leases.remove', method: 'DELETE', path: path.one(id), ok: [200, 202, 204] });
}
