// Deleting what a lease's life made, one resource at a time, each idempotent (a 404 is "already gone"): servers
// (and waiting until they are), floating IPs, the lease itself and key pairs. Shared by lease-delete and by
// provision's clean-up, so that both delete the same way.
import { blazar, hasStatus, neutron, nova, waitFor, type Cloud } from '@envboot/openstack';

/** Runs a delete; one of something already gone succeeds. */
async function removing(attempt: () => Promise<unknown>): Promise<void> {
  try {
    await attempt();
  } catch (err) {
    if (!hasStatus(err, 404)) throw err;
  }
}

export const removeServer = (cloud: Cloud, id: string) => removing(() => nova.servers.remove(cloud.nova, id));
export const removeFloatingIp = (cloud: Cloud, id: string) =>
  removing(() => neutron.floatingips.remove(cloud.neutron, id));
export const removeLease = (cloud: Cloud, id: string) =>
  removing(() => blazar.leases.remove(cloud.blazar, id));
export const removeKeyPair = (cloud: Cloud, name: string) =>
  removing(() => nova.keypairs.remove(cloud.nova, name));

/** A probe for waitFor: whether what `fetch` reads is still there, or gone (a 404). */
export function goneProbe(fetch: () => Promise<unknown>): () => Promise<'present' | 'gone'> {
  return async () => {
    try {
      await fetch();
      return 'present';
    } catch (err) {
      if (hasStatus(err, 404)) return 'gone';
      throw err;
    }
  };
}

/** Waits until a deleted server is gone (Nova answers 404 for it). */
export function waitServerGone(
  cloud: Cloud,
  id: string,
  o: { timeoutMs: number; intervalMs: number; signal?: AbortSignal },
): Promise<unknown> {
  return waitFor(
    goneProbe(() => nova.servers.get(cloud.nova, id)),
    {
      until: (s) => s === 'gone',
      timeoutMs: o.timeoutMs,
      intervalMs: o.intervalMs,
      signal: o.signal,
      cloud,
      what: `server ${id}`,
      describe: (s) => s,
    },
  );
}

/** The leases of a name, live or ended (names are not unique in Blazar). */
export function leasesNamed(cloud: Cloud, name: string): Promise<blazar.Lease[]> {
  return blazar.leases.list(cloud.blazar, { name });
}

/** Whether a lease has ended (it can no longer be used, only deleted). */
export function leaseEnded(lease: Pick<blazar.Lease, 'status'>): boolean {
  return blazar.leases.ENDED.has(lease.status);
}
