// Image, flavor, network and lease lookups for launch, in parallel, with close matches when a name is unknown.
import { ConflictError, NotFoundError, closeMatches, isoUtc } from '@envboot/core';
import { blazar, glance, hasStatus, neutron, nova, type Cloud } from '@envboot/openstack';
import { findLease, isUuid } from '@envboot/leases';

type Lease = blazar.Lease;
export type Image = glance.Image;

function notFound(kind: string, field: string, name: string, known: string[]): NotFoundError {
  const near = closeMatches(name, known);
  return new NotFoundError(`no ${kind} named "${name}"`, {
    field,
    hint: near.length ? `Did you mean ${near.join(', ')}?` : `Known: ${known.slice(0, 12).join(', ')}`,
  });
}

export async function findImage(cloud: Cloud, ref: string): Promise<Image> {
  if (isUuid(ref)) {
    try {
      return await glance.images.get(cloud.glance, ref);
    } catch (err) {
      if (!hasStatus(err, 404)) throw err;
    }
  }
  const images = (await glance.images.list(cloud.glance)).filter((i) => i.status === 'active');
  const named = images
    .filter((i) => i.name === ref)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''));
  if (named[0]) return named[0];
  throw notFound(
    'active image',
    'image',
    ref,
    images.map((i) => i.name),
  );
}

export async function findFlavor(cloud: Cloud, ref: string): Promise<nova.Flavor> {
  const flavors = await nova.flavors.list(cloud.nova);
  const found = flavors.find((f) => f.id === ref || f.name === ref);
  if (found) return found;
  throw notFound(
    'flavor',
    'flavor',
    ref,
    flavors.map((f) => f.name),
  );
}

export async function findNetwork(cloud: Cloud, ref: string): Promise<neutron.Network> {
  const networks = await neutron.networks.list(cloud.neutron);
  const found = networks.find((n) => n.id === ref || n.name === ref);
  if (found) return found;
  throw notFound(
    'network',
    'network',
    ref,
    networks.map((n) => n.name),
  );
}

export interface Target {
  lease: Lease;
  reservationId: string;
  /** A flavor:instance reservation (KVM@TACC): boot on its reserved flavor, without a scheduler hint. */
  flavorReservation?: boolean;
}

/** The lease and its host reservation, which must be ACTIVE for Nova to schedule onto it. */
export async function findTarget(
  cloud: Cloud,
  leaseRef: string | null,
  reservationId: string | null,
): Promise<Target> {
  let lease: Lease | undefined;
  if (leaseRef) lease = await findLease(cloud, leaseRef);
  else if (reservationId) {
    lease = (await blazar.leases.list(cloud.blazar)).find((l) =>
      l.reservations.some((r) => r.id === reservationId),
    );
    if (!lease)
      throw new NotFoundError(`no lease holds reservation ${reservationId}`, {
        field: 'host-reservation-id',
      });
  }
  if (!lease) throw new NotFoundError('no lease to launch on', { field: 'lease' });
  const host = reservationId
    ? lease.reservations.find((r) => r.id === reservationId)
    : (lease.reservations.find((r) => r.resource_type === 'physical:host') ??
      lease.reservations.find((r) => r.resource_type === 'flavor:instance'));
  if (!host || (host.resource_type !== 'physical:host' && host.resource_type !== 'flavor:instance')) {
    throw new NotFoundError(
      `lease ${lease.name} has no physical:host reservation${reservationId ? ` ${reservationId}` : ''}`,
      {
        field: 'lease',
      },
    );
  }
  if (lease.status !== 'ACTIVE') {
    throw new ConflictError(
      `lease ${lease.name} is ${lease.status}, not ACTIVE: Nova cannot boot on it yet`,
      {
        field: 'lease',
        hint:
          lease.status === 'PENDING'
            ? `It starts at ${isoUtc(new Date(lease.start))}; wait with: envboot lease-status ${lease.id} --wait`
            : 'Create a new lease.',
        details: { lease_id: lease.id, status: lease.status },
      },
    );
  }
  return host.resource_type === 'flavor:instance'
    ? { lease, reservationId: host.id, flavorReservation: true }
    : { lease, reservationId: host.id };
}
