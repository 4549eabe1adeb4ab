// Floating IPs for booted servers: the lease's reserved addresses first (Blazar tags them reservation:<id>), then
// addresses envboot allocated for the lease and left unattached, then new ones from the public network. Each is
// attached to the server's port on its network.
import { NotFoundError } from '@envboot/core';
import { neutron, type Cloud } from '@envboot/openstack';

type FloatingIp = neutron.FloatingIp;

export interface Attached {
  serverId: string;
  address: string;
  floatingIpId: string;
  /** Allocated by this command (to be released if the command fails). */
  created: boolean;
}

export async function attachFloatingIps(
  cloud: Cloud,
  options: {
    serverIds: string[];
    leaseId: string;
    fipReservationId: string | null;
    publicNetwork: string;
    networkId: string;
  },
): Promise<Attached[]> {
  // One round for everything that does not depend on anything else: the project's addresses, each server's
  // ports, and the public network (needed only when a new address must be made, but a round costs more).
  const [all, portsByServer, publicNetwork] = await Promise.all([
    neutron.floatingips.list(cloud.neutron),
    Promise.all(options.serverIds.map((id) => neutron.ports.list(cloud.neutron, { device_id: id }))),
    neutron.networks.findByName(cloud.neutron, options.publicNetwork).catch((err: unknown) => err as Error),
  ]);
  const tag = options.fipReservationId ? `reservation:${options.fipReservationId}` : null;
  const free = all.filter(
    (f) =>
      !f.port_id &&
      ((tag !== null && f.tags.includes(tag)) ||
        f.description.startsWith(`envboot lease ${options.leaseId} `)),
  );
  return Promise.all(
    options.serverIds.map(async (serverId, i): Promise<Attached> => {
      const ports = portsByServer[i]!;
      const port = ports.find((p) => p.network_id === options.networkId) ?? ports[0];
      if (!port) throw new NotFoundError(`server ${serverId} has no network port to attach a floating IP to`);
      // Already attached (a repeated run): keep that address.
      const existing = all.find((f) => f.port_id !== null && ports.some((p) => p.id === f.port_id));
      if (existing)
        return { serverId, address: existing.floating_ip_address, floatingIpId: existing.id, created: false };
      let fip: FloatingIp | undefined = free.shift();
      const created = !fip;
      if (!fip) {
        if (publicNetwork instanceof Error) throw publicNetwork;
        fip = await neutron.floatingips.create(cloud.neutron, {
          floating_network_id: publicNetwork.id,
          description: `envboot lease ${options.leaseId} server ${serverId}`,
        });
      }
      const updated = await neutron.floatingips.update(cloud.neutron, fip.id, { port_id: port.id });
      return { serverId, address: updated.floating_ip_address, floatingIpId: updated.id, created };
    }),
  );
}
