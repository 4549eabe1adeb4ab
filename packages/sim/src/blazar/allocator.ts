// Which hosts (or reserved floating IPs) a reservation gets: the candidates that match its filters and are free over
// the whole window, hosts never booked before first, then by host id; at most max, at least min. An empty
// resource_properties means the site default (compute_skylake), and when that finds too few, any node type.
import type { Host } from './hosts.js';
import { keysOf, matches, parseRequirements, type Requirement } from './filter.js';
import { blazarFail } from './errors.js';
import type { Lease, Reservation } from './model.js';

export const DEFAULT_RESOURCE_PROPERTIES = '["=", "$node_type", "compute_skylake"]';

export interface Booking {
  lease: Lease;
  reservation: Reservation;
}

export interface HostRequest {
  min: number;
  max: number;
  hypervisor_properties: string;
  resource_properties: string;
}

export const overlaps = (b: Booking, start: number, end: number): boolean =>
  b.lease.start < end && start < b.lease.end;

export class Allocator {
  constructor(
    private readonly hosts: Host[],
    /** Bookings per host id and per reserved address. */
    private readonly byHost: Map<string, Booking[]>,
    private readonly byAddress: Map<string, Booking[]>,
    private readonly knownKeys: Set<string>,
  ) {}

  /** Checks the filters (400 when malformed, 500 for an unknown property, as Blazar does). */
  requirements(r: HostRequest): { resource: Requirement | null; hypervisor: Requirement | null } {
    const resource = parseRequirements(r.resource_properties);
    const hypervisor = parseRequirements(r.hypervisor_properties);
    for (const key of [...keysOf(resource), ...keysOf(hypervisor)]) {
      if (!this.knownKeys.has(key)) throw blazarFail(500, `${key} ComputeHostExtraCapability was not found`);
    }
    return { resource, hypervisor };
  }

  /** Host ids for the request over [start, end), or undefined when fewer than min are free. */
  pickHosts(
    r: HostRequest,
    start: number,
    end: number,
    ignoreLease?: string,
    prefer: string[] = [],
  ): string[] | undefined {
    const { resource, hypervisor } = this.requirements(r);
    const attempt = (filter: Requirement | null) => {
      const free = this.hosts.filter(
        (h) =>
          h.columns.reservable === true &&
          matches(filter, h) &&
          matches(hypervisor, h) &&
          !(this.byHost.get(h.id) ?? []).some((b) => b.lease.id !== ignoreLease && overlaps(b, start, end)),
      );
      const rank = (h: Host) =>
        prefer.includes(h.id)
          ? 0
          : (this.byHost.get(h.id) ?? []).some((b) => b.lease.id !== ignoreLease)
            ? 2
            : 1;
      const ordered = free.sort((a, b) => rank(a) - rank(b) || Number(a.id) - Number(b.id));
      return ordered.length >= r.min ? ordered.slice(0, r.max).map((h) => h.id) : undefined;
    };
    if (resource) return attempt(resource);
    return attempt(parseRequirements(DEFAULT_RESOURCE_PROPERTIES)) ?? attempt(null);
  }

  /** Whether every one of these hosts is free over [start, end), but for the bookings of `ignoreLease`. */
  allFree(hostIds: readonly string[], start: number, end: number, ignoreLease: string): boolean {
    return hostIds.every(
      (id) => !(this.byHost.get(id) ?? []).some((b) => b.lease.id !== ignoreLease && overlaps(b, start, end)),
    );
  }

  /** Reserved floating IPs for [start, end): the required ones first, then the lowest free addresses. */
  pickAddresses(
    pool: string[],
    amount: number,
    required: string[],
    start: number,
    end: number,
    ignoreLease?: string,
  ): string[] | undefined {
    const free = (a: string) =>
      !(this.byAddress.get(a) ?? []).some((b) => b.lease.id !== ignoreLease && overlaps(b, start, end));
    if (required.some((a) => !pool.includes(a) || !free(a))) return undefined;
    const rest = pool.filter((a) => !required.includes(a) && free(a));
    const picked = [...required, ...rest].slice(0, amount);
    return picked.length === amount ? picked : undefined;
  }
}

/** Python's repr() of the reservation values, as Blazar's "Not enough resources" message prints them. */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string')
    return value.includes("'") && !value.includes('"')
      ? `"${value}"`
      : `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (value instanceof Date) {
    const d = value;
    return `datetime.datetime(${d.getUTCFullYear()}, ${d.getUTCMonth() + 1}, ${d.getUTCDate()}, ${d.getUTCHours()}, ${d.getUTCMinutes()})`;
  }
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `'${k}': ${pyRepr(v)}`)
    .join(', ')}}`;
}
