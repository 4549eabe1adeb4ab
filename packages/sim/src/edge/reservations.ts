// device reservations (CHI@Edge), as Chameleon's fork of Blazar takes them: min and max (int-like, ≥ 1, max ≥ min)
// and resource_properties (a string; "" and "[]" mean any device) are required, before_end is optional ('', default
// or email), and there are no hypervisor_properties. Devices free over the whole lease are picked by id.
import { isObject } from '../http.js';
import { blazarFail } from '../blazar/errors.js';
import { keysOf, matches, parseRequirements } from '../blazar/filter.js';
import type { DeviceReservation, Lease } from '../blazar/model.js';
import { pyRepr } from '../blazar/allocator.js';
import { deviceKeys, edgeDevices } from './devices.js';

export interface DeviceRequest {
  resource_type: 'device';
  min: number;
  max: number;
  resource_properties: string;
  before_end: string;
}

const intLike = (value: unknown, field: string): number => {
  const n = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw blazarFail(400, `Malformed parameter ${field}`);
  return n;
};

export function parseDeviceRequest(raw: Record<string, unknown>): DeviceRequest {
  const missing = ['min', 'max', 'resource_properties'].filter((k) => raw[k] === undefined);
  if (missing.length) throw blazarFail(400, `Missing parameter ${missing.join(',')}`);
  const min = intLike(raw.min, 'min');
  const max = intLike(raw.max, 'max');
  if (min < 1 || max < 1)
    throw blazarFail(400, 'Malformed parameter min and max (must be greater than or equal to 1)');
  if (max < min)
    throw blazarFail(400, 'Invalid values for min/max of devices. Max must be equal to or larger than min.');
  if (typeof raw.resource_properties !== 'string')
    throw blazarFail(400, 'Malformed parameter resource_properties');
  const beforeEnd = raw.before_end === undefined || raw.before_end === null ? 'default' : raw.before_end;
  if (typeof beforeEnd !== 'string' || !['', 'default', 'email'].includes(beforeEnd))
    throw blazarFail(400, 'Malformed parameter before_end');
  const filter = raw.resource_properties.trim() === '[]' ? '' : raw.resource_properties;
  return { resource_type: 'device', min, max, resource_properties: filter, before_end: beforeEnd };
}

const overlaps = (l: Lease, start: number, end: number) => l.start < end && start < l.end;

/** Device ids for the request over [start, end) (the current ones first), or undefined when fewer than min. */
export function pickDevices(
  leases: Iterable<Lease>,
  r: Pick<DeviceRequest, 'min' | 'max' | 'resource_properties'>,
  start: number,
  end: number,
  ignoreLease?: string,
  prefer: string[] = [],
): string[] | undefined {
  const filter = parseRequirements(r.resource_properties);
  const known = deviceKeys();
  for (const key of keysOf(filter)) {
    if (!known.has(key)) throw blazarFail(500, `${key} DeviceExtraCapability was not found`);
  }
  const busy = new Set<string>();
  for (const lease of leases) {
    if (lease.id === ignoreLease || !overlaps(lease, start, end)) continue;
    for (const x of lease.reservations)
      if (x.resource_type === 'device') x.deviceIds.forEach((d) => busy.add(d));
  }
  const free = edgeDevices().filter(
    (d) => d.columns.reservable === true && !busy.has(d.id) && matches(filter, d),
  );
  const ordered = free.sort(
    (a, b) => Number(!prefer.includes(a.id)) - Number(!prefer.includes(b.id)) || Number(a.id) - Number(b.id),
  );
  return ordered.length >= r.min ? ordered.slice(0, r.max).map((d) => d.id) : undefined;
}

export function notEnoughDevices(lease: Lease, r: DeviceRequest) {
  const query = {
    ...r,
    start_date: new Date(lease.start),
    end_date: new Date(lease.end),
    project_id: lease.project_id,
  };
  return blazarFail(500, `Not enough resources available with query ${pyRepr(query)}`);
}

export function renderDeviceReservation(r: DeviceReservation): Record<string, unknown> {
  return { min: r.min, max: r.max, resource_properties: r.resource_properties, before_end: r.before_end };
}

export const isDeviceRequest = (raw: unknown): raw is Record<string, unknown> =>
  isObject(raw) && raw.resource_type === 'device';
