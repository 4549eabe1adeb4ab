// The floating IPs that go with a lease's servers. Read before the servers are deleted: once a server is gone its
// port is too, and nothing says any more which server an address was attached to.
import { hasStatus, neutron, type Cloud } from '@envboot/openstack';
import { isLeaseAddress, isReservedFor } from '@envboot/leases';

type FloatingIp = neutron.FloatingIp;

export interface ServerAddress {
  id: string;
  address: string;
  /** The server it is attached to (null: attached to nothing). */
  server_id: string | null;
  /** From the lease's virtual:floatingip reservation: Blazar releases it with the lease. */
  reserved: boolean;
}

export interface LeaseAddresses {
  /** Allocated by envboot for the lease, attached to one of the servers or to nothing: lease-delete releases them. */
  ours: ServerAddress[];
  /** The lease's reserved addresses: Blazar releases them when the lease is deleted. */
  reserved: ServerAddress[];
}

/**
 * The lease's addresses: those envboot allocated for it that are attached to one of `serverIds` or to nothing (an
 * address the user moved to a server of their own stays theirs), and those of its floating-IP reservations.
 */
export async function addressesOf(
  cloud: Cloud,
  lease: { id: string; reservations: ReadonlyArray<{ id: string; resource_type: string }> },
  serverIds: readonly string[],
): Promise<LeaseAddresses> {
  const [all, ports] = await Promise.all([
    neutron.floatingips.list(cloud.neutron),
    Promise.all(serverIds.map((id) => neutron.ports.list(cloud.neutron, { device_id: id }))),
  ]);
  const serverOfPort = new Map(ports.flat().map((p) => [p.id, p.device_id]));
  const fipReservations = lease.reservations
    .filter((r) => r.resource_type === 'virtual:floatingip')
    .map((r) => r.id);
  const describe = (f: FloatingIp, reserved: boolean): ServerAddress => ({
    id: f.id,
    address: f.floating_ip_address,
    server_id: f.port_id ? (serverOfPort.get(f.port_id) ?? null) : null,
    reserved,
  });
  const onTheseServers = (f: FloatingIp) => f.port_id === null || serverOfPort.has(f.port_id);
  return {
    ours: all.filter((f) => isLeaseAddress(f, lease.id) && onTheseServers(f)).map((f) => describe(f, false)),
    reserved: all.filter((f) => isReservedFor(f, fipReservations)).map((f) => describe(f, true)),
  };
}

/** Releases addresses; one already gone counts as released. */
export async function release(cloud: Cloud, addresses: readonly ServerAddress[]): Promise<void> {
  await Promise.all(
    addresses.map(async (a) => {
      try {
        await neutron.floatingips.remove(cloud.neutron, a.id);
      } catch (err) {
        if (!hasStatus(err, 404)) throw err;
      }
    }),
  );
}
