// Networks and subnets (read-only), the version documents, and the extension list.
import { apiDate } from '../dates.js';
import { json, type Route } from '../http.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { filterItems } from './query.js';
import type { Network, Subnet } from './state.js';

const CREATED = Date.UTC(2023, 5, 1);

export function renderNetwork(n: Network): Record<string, unknown> {
  return {
    id: n.id,
    name: n.name,
    tenant_id: n.projectId,
    project_id: n.projectId,
    admin_state_up: true,
    mtu: 1500,
    status: 'ACTIVE',
    subnets: [n.subnetId],
    shared: n.shared,
    availability_zone_hints: [],
    availability_zones: ['nova'],
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    'router:external': n.external,
    description: '',
    port_security_enabled: true,
    dns_domain: '',
    is_default: n.external,
    qos_policy_id: null,
    l2_adjacency: true,
    tags: [],
    created_at: apiDate(CREATED),
    updated_at: apiDate(CREATED),
    revision_number: 1,
  };
}

function renderSubnet(s: Subnet, projectId: string): Record<string, unknown> {
  return {
    id: s.id,
    name: s.name,
    network_id: s.networkId,
    tenant_id: projectId,
    project_id: projectId,
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
    description: '',
    tags: [],
    created_at: apiDate(CREATED),
    updated_at: apiDate(CREATED),
    revision_number: 0,
  };
}

const EXTENSIONS = [
  'external-net',
  'router',
  'standard-attr-tag',
  'fip-port-details',
  'standard-attr-timestamp',
  'project-id',
  'quotas',
];

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/network',
    service: 'network',
    handler: (_req, world) =>
      json(200, {
        versions: [
          { id: 'v2.0', status: 'CURRENT', links: [{ href: `${world.base}/network/v2.0/`, rel: 'self' }] },
        ],
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0',
    service: 'network',
    auth: true,
    handler: (_req, world: World) =>
      json(200, {
        resources: ['network', 'subnet', 'port', 'floatingip', 'router'].map((name) => ({
          name,
          collection: `${name}s`,
          links: [{ href: `${world.base}/network/v2.0/${name}s`, rel: 'self' }],
        })),
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0/extensions',
    service: 'network',
    auth: true,
    handler: () =>
      json(200, {
        extensions: EXTENSIONS.map((alias) => ({
          alias,
          name: alias,
          description: '',
          links: [],
          updated: '2023-06-01T00:00:00-00:00',
        })),
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0/networks',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, {
        networks: filterItems([...world.neutron.networks.values()].map(renderNetwork), req.query),
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0/networks/{network_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const n = world.neutron.networks.get(req.params.network_id!);
      if (!n)
        throw neutronFail(404, 'NetworkNotFound', `Network ${req.params.network_id} could not be found.`);
      return json(200, { network: renderNetwork(n) });
    },
  },
  {
    method: 'GET',
    path: '/network/v2.0/subnets',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, {
        subnets: filterItems(
          [...world.neutron.subnets.values()].map((s) => renderSubnet(s, world.neutron.adminProject)),
          req.query,
        ),
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0/subnets/{subnet_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const s = world.neutron.subnets.get(req.params.subnet_id!);
      if (!s) throw neutronFail(404, 'SubnetNotFound', `Subnet ${req.params.subnet_id} could not be found.`);
      return json(200, { subnet: renderSubnet(s, world.neutron.adminProject) });
    },
  },
];
