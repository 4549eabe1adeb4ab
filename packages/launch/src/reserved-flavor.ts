// KVM@TACC's flavor reservations: a lease with a flavor:instance reservation boots its servers on the private
// flavor Blazar made for it, named reservation:<reservation id>, and with no scheduler hint (Chameleon's docs).
// The flavor is looked up and sent by id: whether Nova there takes the name as flavorRef is not documented.
import { NotFoundError } from '@envboot/core';
import { nova, type Cloud } from '@envboot/openstack';

export const reservedFlavorName = (reservationId: string): string => `reservation:${reservationId}`;

/** The reserved flavor of a flavor reservation: by name, or by the extra spec python-chi reads. */
export async function findReservedFlavor(cloud: Cloud, reservationId: string): Promise<nova.Flavor> {
  const flavors = await nova.flavors.list(cloud.nova);
  const found = flavors.find(
    (f) =>
      f.name === reservedFlavorName(reservationId) ||
      f.extra_specs['aggregate_instance_extra_specs:reservation'] === reservationId,
  );
  if (found) return found;
  throw new NotFoundError(`the flavor ${reservedFlavorName(reservationId)} is not visible to the project`, {
    field: 'lease',
    hint: 'Blazar shows it once the lease is ACTIVE; wait with: envboot lease-status LEASE --wait',
  });
}
