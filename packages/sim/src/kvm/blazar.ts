// What BlazarState asks of the flavor plugin: a new flavor reservation's slots, and new slots when its lease's
// dates change (its amount cannot: upstream answers that flavor reservation updates are not supported).
import { blazarFail } from '../blazar/errors.js';
import type { FlavorReservation, Lease } from '../blazar/model.js';
import { stableHex } from '../ids.js';
import {
  parseFlavorRequest,
  pickSlots,
  sourceFlavor,
  sourceRecord,
  type FlavorRequest,
} from './reservations.js';

type Base = Omit<
  FlavorReservation,
  | 'resource_type'
  | 'source_flavor_id'
  | 'amount'
  | 'vcpus'
  | 'memory_mb'
  | 'disk_gb'
  | 'source'
  | 'aggregate_id'
  | 'slots'
>;

const notEnough = () => blazarFail(500, 'Not enough hosts available');

export function reserveFlavor(
  leases: Iterable<Lease>,
  lease: Lease,
  r: FlavorRequest,
  base: Base,
): FlavorReservation {
  const flavor = sourceFlavor(r.flavor_id);
  const slots = pickSlots(leases, flavor, r.amount, lease.start, lease.end, lease.id);
  if (!slots) throw notEnough();
  // The plugin looks for room first, then refuses any affinity.
  if (r.affinity !== null) throw blazarFail(501, 'Affinity not supported yet');
  return {
    ...base,
    resource_type: 'flavor:instance',
    source_flavor_id: flavor.id,
    amount: r.amount,
    vcpus: flavor.vcpus,
    memory_mb: flavor.ram,
    disk_gb: flavor.disk,
    source: sourceRecord(flavor),
    aggregate_id: parseInt(stableHex(`aggregate:${base.id}`).slice(0, 6), 16),
    slots,
  };
}

export function reslotFlavor(
  leases: Iterable<Lease>,
  lease: Lease,
  r: FlavorReservation,
  change: object | undefined,
  start: number,
  end: number,
): string[] {
  const changed = change && Object.entries(change).some(([k, v]) => k !== 'id' && v !== undefined);
  if (changed) throw blazarFail(501, 'Flavor-based reservation update not yet supported');
  const slots = pickSlots(leases, sourceFlavor(r.source_flavor_id), r.amount, start, end, lease.id);
  if (!slots) throw notEnough();
  return slots;
}

export { parseFlavorRequest };
