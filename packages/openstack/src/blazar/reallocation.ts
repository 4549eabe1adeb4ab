// Replacing a failed node of a lease: the hosts a lease holds (Chameleon's GET /leases/{id}/hosts, raw host columns,
// `reservable: false` on a host the site took out of service) and Blazar's reallocation of one of them
// (PUT /os-hosts/{host_id}/allocation with the lease id, which Chameleon lets the lease's owner do).
import { list as listOf, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';
import { parseAllocation, type Allocation } from './allocations.js';
import { parseHost, type Host, type WireHost } from './hosts.js';

// ---- urls
const path = {
  leaseHosts: (leaseId: string) => `leases/${encodeURIComponent(leaseId)}/hosts`,
  allocation: (hostId: string) => `os-hosts/${encodeURIComponent(hostId)}/allocation`,
};

// ---- operations
/** The hosts a lease holds now (Chameleon's fork only). */
export async function leaseHosts(c: ServiceClient, leaseId: string): Promise<Host[]> {
  const body = await c.request({ op: 'blazar.leases.hosts', method: 'GET', path: path.leaseHosts(leaseId) });
  return listOf<WireHost>(body, 'hosts').map(parseHost);
}

/**
 * Asks Blazar to replace `hostId` in the lease's reservations with one free host that matches them. Blazar answers
 * 200 whether or not it found one (without one the lease shrinks); 409 while a server is still on the host.
 * The answer is the old host's allocation for that lease: normally no reservation left.
 */
export async function reallocate(
  c: ServiceClient,
  hostId: string,
  target: { lease_id: string; reservation_id?: string },
): Promise<Allocation> {
  const body = await c.request({
    op: 'blazar.hosts.reallocate',
    method: 'PUT',
    path: path.allocation(hostId),
    json: target.reservation_id ? target : { lease_id: target.lease_id },
  });
  return parseAllocation(unwrap<Parameters<typeof parseAllocation>[0]>(body, 'allocation', c.service));
}
