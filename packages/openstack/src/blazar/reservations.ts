// The reservations inside a lease: a union discriminated on resource_type, built for requests and narrowed from
// responses. physical:host (bare metal), virtual:floatingip (reserved floating IPs), network, device,
// flavor:instance (KVM@TACC) and virtual:instance (upstream).
import { UsageError } from '@envboot/core';
import { bool, isoDate, num, str } from '../parse.js';

// ---- wire types
export type WireReservation = Record<string, unknown> & { id?: string; resource_type?: string };

// ---- public types
export type ReservationStatus = 'pending' | 'active' | 'deleted' | 'error' | (string & {});

interface ReservationBase {
  /** The id Nova's scheduler hint takes (`reservation=<id>`), not the lease id. */
  id: string;
  lease_id: string;
  status: ReservationStatus;
  missing_resources: boolean;
  resources_changed: boolean;
  created_at: string | null;
  updated_at: string | null;
}

export interface HostReservation extends ReservationBase {
  resource_type: 'physical:host';
  min: number;
  max: number;
  hypervisor_properties: string;
  /** JSON-encoded filter, e.g. '["==","$node_type","gpu_rtx_6000"]'. */
  resource_properties: string;
  before_end: string | null;
  on_start: string | null;
}

export interface FloatingIpReservation extends ReservationBase {
  resource_type: 'virtual:floatingip';
  network_id: string;
  amount: number;
  required_floatingips: string[];
}

export interface NetworkReservation extends ReservationBase {
  resource_type: 'network';
  network_name: string | null;
  network_properties: string | null;
  resource_properties: string | null;
}

export interface DeviceReservation extends ReservationBase {
  resource_type: 'device';
  min: number;
  max: number;
  resource_properties: string;
}

export interface FlavorReservation extends ReservationBase {
  resource_type: 'flavor:instance';
  /** In Blazar's answer: the reserved flavor's id (the reservation id), not the flavor asked for. */
  flavor_id: string | null;
  amount: number;
  /** The flavor asked for, from resource_properties (a JSON string of it). */
  source_flavor: { id: string | null; name: string | null } | null;
}

export interface InstanceReservation extends ReservationBase {
  resource_type: 'virtual:instance';
  amount: number;
  vcpus: number | null;
  memory_mb: number | null;
  disk_gb: number | null;
  affinity: boolean | null;
  flavor_id: string | null;
  resource_properties: string | null;
}

/** A reservation type this client does not model; its raw fields are kept. */
export interface OtherReservation extends ReservationBase {
  resource_type: 'other';
  original_type: string;
  fields: Record<string, unknown>;
}

export type Reservation =
  | HostReservation
  | FloatingIpReservation
  | NetworkReservation
  | DeviceReservation
  | FlavorReservation
  | InstanceReservation
  | OtherReservation;

/** A filter in Blazar's mini-language: ["==", "$node_type", "x"] or ["and", [...], [...]]; sent as a string. */
export type ResourceFilter = string | unknown[];

export type ReservationRequest =
  | {
      resource_type: 'physical:host';
      min: number;
      max: number;
      resource_properties?: ResourceFilter;
      hypervisor_properties?: ResourceFilter;
      before_end?: string;
      on_start?: string;
    }
  | {
      resource_type: 'virtual:floatingip';
      network_id: string;
      amount: number;
      required_floatingips?: string[];
    }
  | {
      resource_type: 'network';
      network_name: string;
      network_properties?: ResourceFilter;
      resource_properties?: ResourceFilter;
      network_description?: string;
    }
  | { resource_type: 'device'; min: number; max: number; resource_properties?: ResourceFilter }
  | { resource_type: 'flavor:instance'; flavor_id: string; amount: number }
  | {
      resource_type: 'virtual:instance';
      amount: number;
      vcpus: number;
      memory_mb: number;
      disk_gb: number;
      affinity?: boolean | null;
      resource_properties?: ResourceFilter;
    };

// ---- body builders
function checkFilterValues(node: unknown, field: string): void {
  if (!Array.isArray(node)) return;
  const [op, ...rest] = node;
  if (op === 'and') {
    rest.forEach((n) => checkFilterValues(n, field));
    return;
  }
  const value = rest[1];
  if (rest.length === 2 && typeof value !== 'string') {
    throw new UsageError(
      `${field}: the value compared with ${String(rest[0])} must be a string (Blazar refuses numbers)`,
      {
        field,
      },
    );
  }
}

/** A filter as Blazar takes it: a JSON-encoded string ("" for none), values checked to be strings. */
export function encodeFilter(filter: ResourceFilter | undefined, field: string): string {
  if (filter === undefined || filter === '') return '';
  if (typeof filter === 'string') {
    try {
      checkFilterValues(JSON.parse(filter), field);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`${field} is not valid JSON: ${filter}`, { field });
    }
    return filter;
  }
  checkFilterValues(filter, field);
  return JSON.stringify(filter);
}

function count(value: number, field: string, min = 1): number {
  if (!Number.isInteger(value) || value < min) {
    throw new UsageError(`${field} must be a whole number of at least ${min} (got ${value})`, { field });
  }
  return value;
}

export function toReservationBody(r: ReservationRequest, i: number): Record<string, unknown> {
  const at = `reservations[${i}]`;
  switch (r.resource_type) {
    case 'physical:host':
    case 'device': {
      const min = count(r.min, `${at}.min`);
      const max = count(r.max, `${at}.max`);
      if (max < min) throw new UsageError(`${at}.max (${max}) is below min (${min})`, { field: `${at}.max` });
      const body: Record<string, unknown> = {
        resource_type: r.resource_type,
        min,
        max,
        resource_properties: encodeFilter(r.resource_properties, `${at}.resource_properties`),
      };
      if (r.resource_type === 'physical:host') {
        body.hypervisor_properties = encodeFilter(r.hypervisor_properties, `${at}.hypervisor_properties`);
        if (r.before_end !== undefined) body.before_end = r.before_end;
        if (r.on_start !== undefined) body.on_start = r.on_start;
      }
      return body;
    }
    case 'virtual:floatingip':
      if (!r.network_id) throw new UsageError(`${at}.network_id is required`, { field: `${at}.network_id` });
      return {
        resource_type: r.resource_type,
        network_id: r.network_id,
        amount: count(r.amount, `${at}.amount`),
        ...(r.required_floatingips?.length ? { required_floatingips: r.required_floatingips } : {}),
      };
    case 'network':
      return {
        resource_type: r.resource_type,
        network_name: r.network_name,
        network_properties: encodeFilter(r.network_properties, `${at}.network_properties`),
        resource_properties: encodeFilter(r.resource_properties, `${at}.resource_properties`),
        ...(r.network_description ? { network_description: r.network_description } : {}),
      };
    case 'flavor:instance':
      return {
        resource_type: r.resource_type,
        flavor_id: r.flavor_id,
        amount: count(r.amount, `${at}.amount`),
        affinity: null,
      };
    case 'virtual:instance':
      return {
        resource_type: r.resource_type,
        amount: count(r.amount, `${at}.amount`),
        vcpus: count(r.vcpus, `${at}.vcpus`),
        memory_mb: count(r.memory_mb, `${at}.memory_mb`),
        disk_gb: count(r.disk_gb, `${at}.disk_gb`, 0),
        affinity: r.affinity ?? null,
        resource_properties: encodeFilter(r.resource_properties, `${at}.resource_properties`),
      };
  }
}

// ---- parsers
const BASE_KEYS = new Set([
  'id',
  'lease_id',
  'resource_id',
  'resource_type',
  'status',
  'missing_resources',
  'resources_changed',
  'created_at',
  'updated_at',
]);

function filterString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return JSON.stringify(value);
  return '';
}

/**
 * The source flavor a flavor reservation keeps as a JSON string in resource_properties (json.dumps of Nova's flavor:
 * "id" and "name" are its top-level string fields). Read by pattern, so that a string of another shape names none.
 */
function sourceFlavor(value: unknown): { id: string | null; name: string | null } | null {
  if (typeof value !== 'string' || !value.trim().startsWith('{')) return null;
  const field = (key: string) => {
    const m = new RegExp(`"${key}":\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(value);
    return m ? (JSON.parse(`"${m[1]}"`) as string) : null;
  };
  return { id: field('id'), name: field('name') };
}

export function parseReservation(w: WireReservation): Reservation {
  const base: ReservationBase = {
    id: str(w.id) ?? '',
    lease_id: str(w.lease_id) ?? '',
    status: (str(w.status) ?? 'pending').toLowerCase(),
    missing_resources: bool(w.missing_resources) ?? false,
    resources_changed: bool(w.resources_changed) ?? false,
    created_at: isoDate(w.created_at),
    updated_at: isoDate(w.updated_at),
  };
  switch (w.resource_type) {
    case 'physical:host':
      return {
        ...base,
        resource_type: 'physical:host',
        min: num(w.min) ?? 1,
        max: num(w.max) ?? num(w.min) ?? 1,
        hypervisor_properties: filterString(w.hypervisor_properties),
        resource_properties: filterString(w.resource_properties),
        before_end: str(w.before_end),
        on_start: str(w.on_start),
      };
    case 'virtual:floatingip':
      return {
        ...base,
        resource_type: 'virtual:floatingip',
        network_id: str(w.network_id) ?? '',
        amount: num(w.amount) ?? 0,
        required_floatingips: Array.isArray(w.required_floatingips) ? w.required_floatingips.map(String) : [],
      };
    case 'network':
      return {
        ...base,
        resource_type: 'network',
        network_name: str(w.network_name),
        network_properties: str(w.network_properties),
        resource_properties: str(w.resource_properties),
      };
    case 'device':
      return {
        ...base,
        resource_type: 'device',
        min: num(w.min) ?? 1,
        max: num(w.max) ?? num(w.min) ?? 1,
        resource_properties: filterString(w.resource_properties),
      };
    case 'flavor:instance':
      return {
        ...base,
        resource_type: 'flavor:instance',
        flavor_id: str(w.flavor_id),
        amount: num(w.amount) ?? 0,
        source_flavor: sourceFlavor(w.resource_properties),
      };
    case 'virtual:instance':
      return {
        ...base,
        resource_type: 'virtual:instance',
        amount: num(w.amount) ?? 0,
        vcpus: num(w.vcpus),
        memory_mb: num(w.memory_mb),
        disk_gb: num(w.disk_gb),
        affinity: w.affinity === null || w.affinity === undefined ? null : bool(w.affinity),
        flavor_id: str(w.flavor_id),
        resource_properties: str(w.resource_properties),
      };
    default:
      return {
        ...base,
        resource_type: 'other',
        original_type: str(w.resource_type) ?? 'unknown',
        fields: Object.fromEntries(Object.entries(w).filter(([k]) => !BASE_KEYS.has(k))),
      };
  }
}
