// Ports: list (the device_id filter must be honoured, since the client attaches a floating IP to the first port it
// gets back), show, create on a network (an address from its first subnet) and delete. Nova makes and removes the
// ports of servers; a router's interface ports go with the interface.
import { apiDate } from '../dates.js';
import { empty, json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { policyRefusal, visibleNetwork } from './networks.js';
import { filterItems } from './query.js';
import { bodyOf, optionalString } from './resource.js';
import type { Port } from './state.js';

export function ownPort(req: SimRequest, world: World, id: string): Port {
  const p = world.neutron.ports.get(id);
  if (!p || p.projectId !== req.auth!.projectId)
    throw neutronFail(404, 'PortNotFound', `Port ${id} could not be found.`);
  return p;
}

export function renderPort(world: World, p: Port): Record<string, unknown> {
  return {
    id: p.id,
    name: p.name ?? '',
    network_id: p.networkId,
    tenant_id: p.projectId,
    project_id: p.projectId,
    mac_address: p.mac,
    admin_state_up: true,
    status: p.status,
    device_id: p.deviceId,
    device_owner: p.deviceOwner ?? 'compute:nova',
    fixed_ips: p.ip ? [{ subnet_id: world.neutron.subnetOf(p), ip_address: p.ip }] : [],
    allowed_address_pairs: [],
    extra_dhcp_opts: [],
    security_groups: [],
    description: '',
    'binding:vnic_type': 'baremetal',
    port_security_enabled: false,
    qos_policy_id: null,
    dns_name: '',
    tags: p.tags ?? [],
    created_at: apiDate(p.created),
    updated_at: apiDate(p.updated),
    revision_number: p.revision,
  };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/network/v2.0/ports',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const mine = [...world.neutron.ports.values()].filter((p) => p.projectId === req.auth!.projectId);
      return json(200, {
        ports: filterItems(
          mine.map((p) => renderPort(world, p)),
          req.query,
        ),
      });
    },
  },
  {
    method: 'GET',
    path: '/network/v2.0/ports/{port_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => json(200, { port: renderPort(world, ownPort(req, world, req.params.port_id!)) }),
  },
  {
    method: 'POST',
    path: '/network/v2.0/ports',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const b = bodyOf(req, 'port');
      if (typeof b.network_id !== 'string')
        throw neutronFail(400, 'BadRequest', "Invalid input for operation: 'network_id' is required.");
      const net = visibleNetwork(req, world, b.network_id);
      if (net.external) throw policyRefusal('create_port:fixed_ips');
      const subnet = world.neutron.subnets.get(net.subnetIds[0] ?? '');
      const ip = subnet ? world.neutron.freeAddress(subnet) : '';
      if (ip === undefined)
        throw neutronFail(
          409,
          'IpAddressGenerationFailure',
          `No more IP addresses available on network ${net.id}.`,
        );
      const port = world.neutron.addPort({
        networkId: net.id,
        subnet,
        ip,
        projectId: req.auth!.projectId!,
        name: optionalString(b, 'name') ?? '',
        deviceId: optionalString(b, 'device_id') ?? '',
        deviceOwner: optionalString(b, 'device_owner') ?? '',
        now: req.now,
      });
      world.changed();
      return json(201, { port: renderPort(world, port) });
    },
  },
  {
    method: 'DELETE',
    path: '/network/v2.0/ports/{port_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const port = ownPort(req, world, req.params.port_id!);
      if (port.deviceOwner === 'network:router_interface')
        throw neutronFail(
          409,
          'PortInUse',
          `Port ${port.id} cannot be deleted directly via the port API: has device owner network:router_interface.`,
        );
      world.neutron.deletePort(port.id);
      world.changed();
      return empty(204);
    },
  },
];
