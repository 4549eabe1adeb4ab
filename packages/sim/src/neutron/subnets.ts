// Subnets: list, show, create (IPv4 only; the gateway is the first address unless given) and delete (409 while a
// port holds one of its addresses).
import { empty, json, type Route, type SimRequest } from '../http.js';
import { uuid } from '../ids.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { policyRefusal, visible, visibleNetwork } from './networks.js';
import { filterItems } from './query.js';
import { bodyOf, newStandard, optionalString, owns, standardFields } from './resource.js';
import { intToIp, ipToInt, type Subnet } from './state.js';

export function renderSubnet(s: Subnet): Record<string, unknown> {
  return {
    id: s.id,
    name: s.name,
    network_id: s.networkId,
    ip_version: 4,
    cidr: s.cidr,
    gateway_ip: s.gateway,
    allocation_pools: [{ start: s.pool[0], end: s.pool[1] }],
    enable_dhcp: true,
    dns_nameservers: ['8.8.8.8'],
    host_routes: [],
    ipv6_address_mode: null,
    ipv6_ra_mode: null,
    subnetpool_id: null,
    service_types: [],
    ...standardFields(s),
  };
}

export function visibleSubnet(req: SimRequest, world: World, id: string): Subnet {
  const s = world.neutron.subnets.get(id);
  const net = s && world.neutron.networks.get(s.networkId);
  if (!s || !net || !visible(req, net))
    throw neutronFail(404, 'SubnetNotFound', `Subnet ${id} could not be found.`);
  return s;
}

/** An IPv4 CIDR as its network address and prefix length, or Neutron's 400. */
function parseCidr(cidr: unknown): { base: number; bits: number } {
  const m = typeof cidr === 'string' ? /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(cidr) : null;
  const bits = m ? Number(m[2]) : NaN;
  if (!m || m[1]!.split('.').some((o) => Number(o) > 255) || bits > 30)
    throw neutronFail(
      400,
      'BadRequest',
      `Invalid input for cidr. Reason: '${String(cidr)}' is not a valid IP subnet.`,
    );
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (ipToInt(m[1]!) & mask) >>> 0, bits };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/network/v2.0/subnets',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, {
        subnets: filterItems(
          [...world.neutron.subnets.values()]
            .filter((s) => {
              const net = world.neutron.networks.get(s.networkId);
              return net !== undefined && visible(req, net);
            })
            .map(renderSubnet),
          req.query,
        ),
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0/subnets/{subnet_id}',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, { subnet: renderSubnet(visibleSubnet(req, world, req.params.subnet_id!)) }),
  },
  {
    method: 'POST',
    path: '/network/v2.0/subnets',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const b = bodyOf(req, 'subnet');
      if (typeof b.network_id !== 'string')
        throw neutronFail(400, 'BadRequest', "Invalid input for operation: 'network_id' is required.");
      const net = visibleNetwork(req, world, b.network_id);
      if (!owns(req, net)) throw policyRefusal('create_subnet');
      if (b.ip_version !== undefined && Number(b.ip_version) !== 4)
        throw neutronFail(501, 'NotImplemented', 'The simulator makes IPv4 subnets only.');
      const { base, bits } = parseCidr(b.cidr);
      const last = base + 2 ** (32 - bits) - 1;
      const gateway = b.gateway_ip === null ? null : (optionalString(b, 'gateway_ip') ?? intToIp(base + 1));
      const subnet: Subnet = {
        id: uuid(),
        name: optionalString(b, 'name') ?? '',
        networkId: net.id,
        cidr: `${intToIp(base)}/${bits}`,
        gateway,
        pool: [intToIp(base + (gateway === intToIp(base + 1) ? 2 : 1)), intToIp(last - 1)],
        ...newStandard(req, b),
        revision: 0,
      };
      world.neutron.subnets.set(subnet.id, subnet);
      net.subnetIds.push(subnet.id);
      world.changed();
      return json(201, { subnet: renderSubnet(subnet) });
    },
  },
  {
    method: 'DELETE',
    path: '/network/v2.0/subnets/{subnet_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const subnet = visibleSubnet(req, world, req.params.subnet_id!);
      if (!owns(req, subnet)) throw policyRefusal('delete_subnet');
      if ([...world.neutron.ports.values()].some((p) => world.neutron.subnetOf(p) === subnet.id)) {
        throw neutronFail(
          409,
          'SubnetInUse',
          `Unable to complete operation on subnet ${subnet.id}: One or more ports have an IP allocation from this subnet.`,
        );
      }
      world.neutron.subnets.delete(subnet.id);
      const net = world.neutron.networks.get(subnet.networkId);
      if (net) net.subnetIds = net.subnetIds.filter((id) => id !== subnet.id);
      world.changed();
      return empty(204);
    },
  },
];
