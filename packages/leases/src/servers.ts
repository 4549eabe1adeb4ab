// Servers booted on a lease. envboot labels each server it boots with the lease and reservation it runs in (Nova
// does not report a server's scheduler hints), so the lease's servers can be found again for clean-up.
import { nova, type Cloud } from '@envboot/openstack';

export const SERVER_METADATA = {
  lease: 'envboot_lease_id',
  reservation: 'envboot_reservation_id',
} as const;

type Server = nova.Server;

/** The project's servers that envboot booted on this lease, plus any of `also` that still exist. */
export async function serversOfLease(
  cloud: Cloud,
  leaseId: string,
  also: readonly string[] = [],
): Promise<Server[]> {
  const servers = await nova.servers.list(cloud.nova);
  const wanted = new Set(also);
  return servers.filter((s) => s.metadata[SERVER_METADATA.lease] === leaseId || wanted.has(s.id));
}
