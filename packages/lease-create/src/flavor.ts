// KVM@TACC's flavor reservations (flavor:instance): `--flavor NAME --count N` reserves N instances of a Nova
// flavor. Blazar takes the flavor's id, so the name is looked up in Nova first, as python-chi does.
import { NotFoundError } from '@envboot/core';
import { nova, type Cloud } from '@envboot/openstack';

/** The flavor's Nova id; an unknown name is NOT_FOUND with the site's flavors in the hint. */
export async function flavorIdOf(cloud: Cloud, ref: string): Promise<string> {
  const flavors = await nova.flavors.list(cloud.nova);
  const found = flavors.find((f) => f.id === ref || f.name === ref);
  if (found) return found.id;
  const names = flavors.filter((f) => f.is_public).map((f) => f.name);
  throw new NotFoundError(`no flavor "${ref}" at this site`, {
    field: 'flavor',
    hint: `Flavors: ${names.join(', ') || 'none'}`,
    details: { flavors: names },
  });
}

/** The reservation a --flavor lease asks for; Blazar's flavor plugin requires affinity, and only null. */
export const flavorReservation = (flavorId: string, count: number) => ({
  resource_type: 'flavor:instance' as const,
  flavor_id: flavorId,
  amount: count,
});
