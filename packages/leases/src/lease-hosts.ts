// The hosts a lease holds, in the envelope's form, and which of them failed: Blazar shows a host the site took out
// of service as non-reservable, and the lease as degraded (its reservation with missing_resources).
import type { LeaseHost } from '@envboot/core';
import { blazar, type Cloud } from '@envboot/openstack';

type Lease = blazar.Lease;

export function toLeaseHost(h: blazar.Host): LeaseHost {
  return { id: h.id, node_name: h.node_name, uid: h.hypervisor_hostname, node_type: h.node_type };
}

/** A host out of service: Blazar's monitor marks it non-reservable (and the operators may disable it). */
export const isFailedHost = (h: blazar.Host): boolean => !h.reservable || h.disabled;

/** The hosts of a lease (one request): Blazar's columns only, without names or node types. */
export async function leaseHosts(cloud: Cloud, lease: Lease): Promise<blazar.Host[]> {
  return blazar.reallocation.leaseHosts(cloud.blazar, lease.id);
}

/** The same hosts with their extra capabilities (node name, node type, …): one request each, in parallel. */
export async function describeHosts(cloud: Cloud, hosts: blazar.Host[]): Promise<blazar.Host[]> {
  return Promise.all(hosts.map((h) => (h.node_name ? h : blazar.hosts.get(cloud.blazar, h.id))));
}

/** The failed hosts of a degraded lease, named; a lease that is not degraded is not asked about (no request). */
export async function failedHostsOf(cloud: Cloud, lease: Lease): Promise<LeaseHost[] | undefined> {
  if (!lease.degraded) return undefined;
  const failed = (await leaseHosts(cloud, lease)).filter(isFailedHost);
  return (await describeHosts(cloud, failed)).map(toLeaseHost);
}
