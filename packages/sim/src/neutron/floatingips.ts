// Floating IPs: list (with filters), show, create from the public network's ad-hoc pool (400
// ExternalIpAddressExhausted when it is empty), attach to / detach from a port (PUT), delete.
import { apiDate } from '../dates.js';
import { empty, isObject, json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { filterItems } from './query.js';
import type { FloatingIp } from './state.js';

export function renderFloatingIp(world: World, f: FloatingIp): Record<string, unknown> {
  const port = f.portId ? world.neutron.ports.get(f.portId) : undefined;
  return {
    id: f.id,
    tenant_id: f.projectId,
    project_id: f.projectId,
    floating_ip_address: f.address,
    floating_network_id: f.networkId,
    router_id: port ? world.neutron.routerId : null,
    port_id: port ? port.id : null,
    fixed_ip_address: port ? port.ip : null,
    status: port ? 'ACTIVE' : 'DOWN',
    description: f.description,
    tags: f.tags,
    port_details: port
      ? {
          name: '',
          network_id: port.networkId,
          mac_address: port.mac,
          admin_state_up: true,
          status: port.status,
          device_id: port.deviceId,
          device_owner: 'compute:nova',
        }
      : null,
    dns_domain: '',
    dns_name: '',
    port_forwardings: [],
    qos_policy_id: null,
    created_at: apiDate(f.created),
    updated_at: apiDate(f.updated),
    revision_number: f.revision,
  };
}

const notFound = (id: string) =>
  neutronFail(404, 'FloatingIPNotFound', `Floating IP ${id} could not be found`);

function mine(req: SimRequest, world: World): FloatingIp {
  const f = world.neutron.floatingIps.get(req.params.floatingip_id!);
  if (!f || f.projectId !== req.auth!.projectId) throw notFound(req.params.floatingip_id!);
  return f;
}

function body(req: SimRequest): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body);
  } catch {
    throw neutronFail(400, 'BadRequest', 'Malformed request body');
  }
  if (!isObject(doc) || !isObject(doc.floatingip))
    throw neutronFail(400, 'BadRequest', 'Bad floatingip request: expected {"floatingip": {...}}');
  return doc.floatingip;
}

/** Checks that a port can take this floating IP; returns its id (or null to detach). */
function portFor(req: SimRequest, world: World, f: FloatingIp, portId: unknown): string | null {
  if (portId === null) return null;
  if (typeof portId !== 'string') throw neutronFail(400, 'BadRequest', 'Invalid input for port_id');
  const port = world.neutron.ports.get(portId);
  if (!port || port.projectId !== req.auth!.projectId)
    throw neutronFail(404, 'PortNotFound', `Port ${portId} could not be found.`);
  if (world.neutron.networks.get(port.networkId)?.external) {
    throw neutronFail(
      404,
      'ExternalGatewayForFloatingIPNotFound',
      `External network ${f.networkId} is not reachable from subnet of port ${portId}.`,
    );
  }
  for (const other of world.neutron.floatingIps.values()) {
    if (other.id !== f.id && other.portId === portId) {
      throw neutronFail(
        409,
        'FloatingIPPortAlreadyAssociated',
        `Cannot associate floating IP ${f.address} (${f.id}) with port ${portId} using fixed IP ${port.ip}, as that fixed IP already has a floating IP on external network ${f.networkId}.`,
      );
    }
  }
  return portId;
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/network/v2.0/floatingips',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const list = [...world.neutron.floatingIps.values()].filter((f) => f.projectId === req.auth!.projectId);
      return json(200, {
        floatingips: filterItems(
          list.map((f) => renderFloatingIp(world, f)),
          req.query,
        ),
      });
    },
  },
  {
    method: 'GET',
    path: '/network/v2.0/floatingips/{floatingip_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => json(200, { floatingip: renderFloatingIp(world, mine(req, world)) }),
  },
  {
    method: 'POST',
    path: '/network/v2.0/floatingips',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const b = body(req);
      const networkId = b.floating_network_id;
      if (typeof networkId !== 'string')
        throw neutronFail(
          400,
          'BadRequest',
          "Invalid input for operation: 'floating_network_id' is required.",
        );
      const net = world.neutron.networks.get(networkId);
      if (!net) throw neutronFail(404, 'NetworkNotFound', `Network ${networkId} could not be found.`);
      if (!net.external)
        throw neutronFail(
          400,
          'BadRequest',
          `Bad floatingip request: Network ${networkId} is not a valid external network.`,
        );
      let address: string | undefined;
      if (typeof b.floating_ip_address === 'string') {
        address = b.floating_ip_address;
        if (!world.neutron.adhocPool.includes(address))
          throw neutronFail(
            400,
            'InvalidIpForNetwork',
            `IP address ${address} is not a valid IP for the specified network.`,
          );
        if ([...world.neutron.floatingIps.values()].some((f) => f.address === address)) {
          throw neutronFail(
            409,
            'IpAddressAlreadyAllocated',
            `IP address ${address} already allocated in subnet ${net.subnetIds[0]}`,
          );
        }
      } else {
        address = world.neutron.freeAdhocAddress();
        if (!address)
          throw neutronFail(
            400,
            'ExternalIpAddressExhausted',
            `Unable to find any IP address on external network ${networkId}.`,
          );
      }
      const fip = world.neutron.createFloatingIp({
        address,
        networkId,
        projectId: req.auth!.projectId!,
        portId: null,
        description: typeof b.description === 'string' ? b.description : '',
        tags: [],
        created: req.now,
        updated: req.now,
      });
      if (b.port_id !== undefined) {
        try {
          fip.portId = portFor(req, world, fip, b.port_id);
        } catch (err) {
          world.neutron.floatingIps.delete(fip.id);
          throw err;
        }
      }
      world.changed();
      return json(201, { floatingip: renderFloatingIp(world, fip) });
    },
  },
  {
    method: 'PUT',
    path: '/network/v2.0/floatingips/{floatingip_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const f = mine(req, world);
      const b = body(req);
      if ('port_id' in b) f.portId = portFor(req, world, f, b.port_id);
      if (typeof b.description === 'string') f.description = b.description;
      f.updated = req.now;
      f.revision += 1;
      world.changed();
      return json(200, { floatingip: renderFloatingIp(world, f) });
    },
  },
  {
    method: 'DELETE',
    path: '/network/v2.0/floatingips/{floatingip_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      world.neutron.floatingIps.delete(mine(req, world).id);
      world.changed();
      return empty(204);
    },
  },
];
