// Ports (read-only for users here): the device_id filter must be honoured, since the client attaches a floating
// IP to the first port it gets back.
import { apiDate } from '../dates.js';
import { json, type Route } from '../http.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { filterItems } from './query.js';
import type { Port } from './state.js';

export function renderPort(world: World, p: Port): Record<string, unknown> {
  return {
    id: p.id,
    name: '',
    network_id: p.networkId,
    tenant_id: p.projectId,
    project_id: p.projectId,
    mac_address: p.mac,
    admin_state_up: true,
    status: p.status,
    device_id: p.deviceId,
    device_owner: 'compute:nova',
    fixed_ips: [{ subnet_id: world.neutron.networks.get(p.networkId)?.subnetId, ip_address: p.ip }],
    allowed_address_pairs: [],
    extra_dhcp_opts: [],
    security_groups: [],
    description: '',
    'binding:vnic_type': 'baremetal',
    port_security_enabled: false,
    qos_policy_id: null,
    dns_name: '',
    tags: [],
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
    handler: (req, world) => {
      const p = world.neutron.ports.get(req.params.port_id!);
      if (!p || p.projectId !== req.auth!.projectId)
        throw neutronFail(404, 'PortNotFound', `Port ${req.params.port_id} could not be found.`);
      return json(200, { port: renderPort(world, p) });
    },
  },
];
