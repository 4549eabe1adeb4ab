// Finding a lease by id or by name. Names are not unique in Blazar, so an ambiguous name is an error that lists
// the candidates instead of a guess.
import { ConflictError, NotFoundError } from '@envboot/core';
import { blazar, hasStatus, type Cloud } from '@envboot/openstack';
import { isUuid } from './ref.js';

type Lease = blazar.Lease;

export async function findLease(cloud: Cloud, ref: string): Promise<Lease> {
  if (isUuid(ref)) {
    try {
      return await blazar.leases.get(cloud.blazar, ref);
    } catch (err) {
      if (!hasStatus(err, 404)) throw err;
      // A UUID-looking name is still a name: fall through to the name lookup.
    }
  }
  const named = await blazar.leases.list(cloud.blazar, { name: ref });
  const live = named.filter((l) => !blazar.leases.ENDED.has(l.status));
  const candidates = live.length > 0 ? live : named;
  if (candidates.length === 0) {
    throw new NotFoundError(`no lease with id or name "${ref}"`, {
      field: 'lease',
      hint: 'List your leases with: openstack reservation lease list',
    });
  }
  if (candidates.length > 1) {
    throw new ConflictError(
      `${candidates.length} leases are named "${ref}"; give the id of the one you mean`,
      {
        field: 'lease',
        details: { leases: candidates.map((l) => ({ id: l.id, status: l.status, start: l.start })) },
      },
    );
  }
  return candidates[0]!;
}
