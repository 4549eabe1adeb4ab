// Floating IPs for booted servers: the lease's reserved addresses first (Blazar tags them reservation:<id>), then
// addresses envboot allocated for the lease and left unattached, then new ones from the public network. Each is
// attached to the server's port on its network.
import { NotFoundError } from '@envboot/core';
import { neutron, type Cloud } from '@envboot/openstack';

type FloatingIp = Awaited<ReturnType<typeof neutron.floatingips.get>>;

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
  const all = await neutron.floatingips.list(cloud.neutron);
  const tag = options.fipReservationId ? `reservation:${options.fipReservationId}` : null;
  const free = all.filter(
    (f) =>
      !f.port_id &&
      ((tag !== null && f.tags.includes(tag)) ||
        f.description.startsWith(`envboot lease ${options.leaseId} `)),
  );
  let publicNetworkId: string | null = null;
  const attached: Attached[] = [];
  for (const serverId of options.serverIds) {
    const ports = await neutron.ports.list(cloud.neutron, { device_id: serverId });
    const port = ports.find((p) => p.network_id === options.networkId) ?? ports[0];
    if (!port) throw new NotFoundError(`server ${serverId} has no network port to attach a floating IP to`);
    // Already attached (a repeated run): keep that address.
    const existing = all.find((f) => f.port_id !== null && ports.some((p) => p.id === f.port_id));
    if (existing) {
      attached.push({
        serverId,
        address: existing.floating_ip_address,
        floatingIpId: existing.id,
        created: false,
      });
      continue;
    }
    let fip: FloatingIp | undefined = free.shift();
    const created = !fip;
    if (!fip) {
      publicNetworkId ??= (await neutron.networks.findByName(cloud.neutron, options.publicNetwork)).id;
      fip = await neutron.floatingips.create(cloud.neutron, {
        floating_network_id: publicNetworkId,
        description: `envboot lease ${options.leaseId} server ${serverId}`,
      });
    }
    const updated = await neutron.floatingips.update(cloud.neutron, fip.id, { port_id: port.id });
    attached.push({ serverId, address: updated.floating_ip_address, floatingIpId: updated.id, created });
  }
  return attached;
}
