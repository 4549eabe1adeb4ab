// What Nova does differently at KVM@TACC: its flavors are the site's public ones plus the reserved flavors of the
// caller's ACTIVE flavor reservations; a server on a reserved flavor needs no scheduler hint and lands on one of the
// reservation's instance slots, at most `amount` at once. The simulated site books every server through a
// reservation: a public flavor finds no valid host.
import type { FlavorReservation } from '../blazar/model.js';
import type { Flavor } from '../nova/flavors.js';
import type { Server } from '../nova/state.js';
import type { World } from '../world.js';
import { kvmFlavors } from './catalogue.js';
import { reservedFlavor } from './reservations.js';

/** Every flavor reservation of the site, with its lease. */
function* flavorReservations(world: World): Generator<{ projectId: string; r: FlavorReservation }> {
  for (const lease of world.blazar.leases.values()) {
    for (const r of lease.reservations)
      if (r.resource_type === 'flavor:instance') yield { projectId: lease.project_id, r };
  }
}

/** The flavors a project sees: the public ones, and its reserved ones while their lease is ACTIVE. */
export function kvmVisibleFlavors(
  world: World,
  projectId: string | null | undefined,
): Array<Flavor & { isPublic?: boolean }> {
  const reserved = [...flavorReservations(world)]
    .filter(({ projectId: p, r }) => p === projectId && r.status === 'active')
    .map(({ r }) => reservedFlavor(r));
  return [...kvmFlavors(), ...reserved];
}

/** A flavor by id, reserved ones included whoever holds them (servers keep showing theirs). */
export function kvmFlavorById(world: World, id: string): (Flavor & { isPublic?: boolean }) | undefined {
  const pub = kvmFlavors().find((f) => f.id === id);
  if (pub) return pub;
  for (const { r } of flavorReservations(world)) if (r.id === id) return reservedFlavor(r);
  return undefined;
}

/** The ACTIVE flavor reservation behind a reserved flavor id, if the project holds it. */
export function activeFlavorReservation(
  world: World,
  flavorId: string,
  projectId: string,
): FlavorReservation | undefined {
  for (const { projectId: p, r } of flavorReservations(world)) {
    if (r.id === flavorId && p === projectId && r.status === 'active') return r;
  }
  return undefined;
}

/** A slot of the reservation no live server holds (hypervisor name), or null: no valid host. */
export function kvmSchedule(
  world: World,
  flavorId: string,
  projectId: string,
  servers: Iterable<Server>,
): string | null {
  const r = activeFlavorReservation(world, flavorId, projectId);
  if (!r) return null;
  const taken = [...servers].filter((s) => s.reservationId === r.id && s.hostId && s.status !== 'ERROR');
  if (taken.length >= r.amount) return null;
  const free = [...r.slots];
  for (const s of taken) free.splice(free.indexOf(s.hostId!), 1);
  return free[0] ?? null;
}
