// flavor:instance reservations (KVM@TACC), as upstream Blazar's flavor plugin makes them: the request needs
// flavor_id, amount and affinity (present, null); the reservation holds `amount` instance slots on hypervisors free
// over the lease, and a private flavor reservation:<id> (id = the reservation id) that the project sees while the
// lease is ACTIVE. Flavor reservations cannot be updated.
import { isObject } from '../http.js';
import { blazarFail } from '../blazar/errors.js';
import type { FlavorReservation, Lease } from '../blazar/model.js';
import type { Flavor } from '../nova/flavors.js';
import { gpusOf, HYPERVISORS, kvmFlavors, type Hypervisor } from './catalogue.js';

export interface FlavorRequest {
  resource_type: 'flavor:instance';
  flavor_id: string;
  amount: number;
  /** true or false asks for (anti-)affinity, which the plugin refuses once it has found room. */
  affinity: boolean | null;
}

/**
 * oslo's bool_from_string(value, default=None), as the plugin reads affinity: null, "None" (what the openstack CLI
 * sends for affinity=None) or any other word → null; "true", "yes", "1", … → true; "false", "no", "0", … → false.
 */
export function affinityOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const word = String(value).trim().toLowerCase();
  if (['1', 't', 'true', 'on', 'y', 'yes'].includes(word)) return true;
  if (['0', 'f', 'false', 'off', 'n', 'no'].includes(word)) return false;
  return null;
}

/** Checks a flavor:instance request as the plugin does (blazar flavor_plugin.py: required keys, an int amount). */
export function parseFlavorRequest(raw: Record<string, unknown>): FlavorRequest {
  const missing = ['amount', 'flavor_id', 'affinity'].filter((k) => !(k in raw));
  if (missing.length) throw blazarFail(400, `Missing parameter ${missing.join(',')}`);
  const n =
    typeof raw.amount === 'string' && /^\s*\d+\s*$/.test(raw.amount) ? Number(raw.amount) : raw.amount;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
    throw blazarFail(400, 'Malformed parameter amount');
  if (typeof raw.flavor_id !== 'string' || !raw.flavor_id)
    throw blazarFail(400, 'Malformed parameter flavor_id');
  return {
    resource_type: 'flavor:instance',
    flavor_id: raw.flavor_id,
    amount: n,
    affinity: affinityOf(raw.affinity),
  };
}

/** The public flavor a request names (by Nova id, as the plugin takes it). */
export function sourceFlavor(id: string): Flavor {
  const f = kvmFlavors().find((x) => x.id === id);
  if (!f) throw blazarFail(404, `Flavor ${id} could not be found.`);
  return f;
}

const overlaps = (l: Lease, start: number, end: number) => l.start < end && start < l.end;

type Usage = Map<string, { vcpus: number; ram: number; gpus: number }>;

/** What the flavor reservations overlapping [start, end) take of each hypervisor. */
function usageOver(leases: Iterable<Lease>, start: number, end: number, ignoreLease?: string): Usage {
  const used: Usage = new Map();
  for (const lease of leases) {
    if (lease.id === ignoreLease || !overlaps(lease, start, end)) continue;
    for (const r of lease.reservations) {
      if (r.resource_type !== 'flavor:instance' || r.status === 'deleted') continue;
      const gpus = gpusOf({ name: String(r.source.name ?? '') });
      for (const h of r.slots) {
        const u = used.get(h) ?? { vcpus: 0, ram: 0, gpus: 0 };
        used.set(h, { vcpus: u.vcpus + r.vcpus, ram: u.ram + r.memory_mb, gpus: u.gpus + gpus });
      }
    }
  }
  return used;
}

/** How many instances of the flavor fit on the hypervisors over [start, end), beside the reservations there. */
export function countSlots(leases: Iterable<Lease>, flavor: Flavor, start: number, end: number): number {
  const used = usageOver(leases, start, end);
  const gpus = gpusOf(flavor);
  let n = 0;
  for (const h of HYPERVISORS.filter((x) => gpus > 0 === x.gpus > 0)) {
    const u = used.get(h.name) ?? { vcpus: 0, ram: 0, gpus: 0 };
    const room = [
      Math.floor((h.vcpus - u.vcpus) / Math.max(1, flavor.vcpus)),
      Math.floor((h.ram - u.ram) / Math.max(1, flavor.ram)),
      gpus > 0 ? Math.floor((h.gpus - u.gpus) / gpus) : Number.POSITIVE_INFINITY,
    ];
    n += Math.max(0, Math.min(...room));
  }
  return n;
}

/** Instance slots on hypervisors free over [start, end): GPU flavors on GPU hosts, the others on general hosts. */
export function pickSlots(
  leases: Iterable<Lease>,
  flavor: Flavor,
  amount: number,
  start: number,
  end: number,
  ignoreLease?: string,
): string[] | undefined {
  const used = usageOver(leases, start, end, ignoreLease);
  const gpus = gpusOf(flavor);
  const fits = (h: Hypervisor) => {
    const u = used.get(h.name) ?? { vcpus: 0, ram: 0, gpus: 0 };
    return u.vcpus + flavor.vcpus <= h.vcpus && u.ram + flavor.ram <= h.ram && u.gpus + gpus <= h.gpus;
  };
  const slots: string[] = [];
  for (const h of HYPERVISORS.filter((x) => gpus > 0 === x.gpus > 0)) {
    while (slots.length < amount && fits(h)) {
      slots.push(h.name);
      const u = used.get(h.name) ?? { vcpus: 0, ram: 0, gpus: 0 };
      used.set(h.name, { vcpus: u.vcpus + flavor.vcpus, ram: u.ram + flavor.ram, gpus: u.gpus + gpus });
    }
  }
  return slots.length === amount ? slots : undefined;
}

/** The source flavor as Blazar records it, and as resource_properties carries it (a JSON string). */
export function sourceRecord(f: Flavor): Record<string, unknown> {
  return {
    id: f.id,
    name: f.name,
    ram: f.ram,
    disk: f.disk,
    swap: 0,
    'OS-FLV-EXT-DATA:ephemeral': 0,
    'OS-FLV-DISABLED:disabled': false,
    vcpus: f.vcpus,
    'os-flavor-access:is_public': true,
    rxtx_factor: 1.0,
    extra_specs: f.extra_specs,
  };
}

/** The wire fields a flavor reservation adds (upstream's doc sample). */
export function renderFlavorReservation(r: FlavorReservation): Record<string, unknown> {
  return {
    amount: r.amount,
    vcpus: r.vcpus,
    memory_mb: r.memory_mb,
    disk_gb: r.disk_gb,
    affinity: null,
    resource_properties: JSON.stringify(r.source),
    flavor_id: r.id,
    aggregate_id: r.aggregate_id,
    server_group_id: null,
  };
}

/** The reserved flavor: id = reservation id, name reservation:<id>, private, the source's sizes and specs plus the reservation's. */
export function reservedFlavor(r: FlavorReservation): Flavor & { isPublic: false } {
  return {
    id: r.id,
    name: `reservation:${r.id}`,
    ram: r.memory_mb,
    disk: r.disk_gb,
    vcpus: r.vcpus,
    isPublic: false,
    extra_specs: {
      ...(isObject(r.source.extra_specs) ? (r.source.extra_specs as Record<string, string>) : {}),
      'aggregate_instance_extra_specs:reservation': r.id,
      [`resources:CUSTOM_RESERVATION_${r.id.toUpperCase().replace(/-/g, '_')}`]: '1',
    },
  };
}
