// Networks (list, show, create, delete: 409 while ports remain), the version documents, and the extension list.
import { empty, json, type Route, type SimRequest } from '../http.js';
import { uuid } from '../ids.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { filterItems } from './query.js';
import { bodyOf, newStandard, optionalString, owns, standardFields } from './resource.js';
import type { Network } from './state.js';

export function renderNetwork(n: Network): Record<string, unknown> {
  return {
    id: n.id,
    name: n.name,
    admin_state_up: true,
    mtu: 1500,
    status: 'ACTIVE',
    subnets: n.subnetIds,
    shared: n.shared,
    availability_zone_hints: [],
    availability_zones: ['nova'],
    ipv4_address_scope: null,
    ipv6_address_scope: null,
    'router:external': n.external,
    port_security_enabled: true,
    dns_domain: '',
    is_default: n.external,
    qos_policy_id: null,
    l2_adjacency: true,
    ...standardFields(n),
  };
}

/** A user sees the site's shared and external networks and their own. */
export const visible = (req: SimRequest, n: Network): boolean => n.shared || n.external || owns(req, n);

export const networkNotFound = (id: string) =>
  neutronFail(404, 'NetworkNotFound', `Network ${id} could not be found.`);

export function visibleNetwork(req: SimRequest, world: World, id: string): Network {
  const n = world.neutron.networks.get(id);
  if (!n || !visible(req, n)) throw networkNotFound(id);
  return n;
}

/** Neutron's policy refusal, for a resource the caller may see but not change. */
export const policyRefusal = (rule: string) =>
  neutronFail(403, 'PolicyNotAuthorized', `(rule:${rule}) is disallowed by policy`);

const EXTENSIONS = [
  'external-net',
  'router',
  'standard-attr-tag',
  'fip-port-details',
  'standard-attr-timestamp',
  'project-id',
  'quotas',
  'security-group',
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
        resources: [
          'network',
          'subnet',
          'port',
          'floatingip',
          'router',
          'security_group',
          'security_group_rule',
        ].map((name) => ({
          name,
          collection: `${name.replace(/_/g, '-')}s`,
          links: [{ href: `${world.base}/network/v2.0/${name.replace(/_/g, '-')}s`, rel: 'self' }],
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
        networks: filterItems(
          [...world.neutron.networks.values()].filter((n) => visible(req, n)).map(renderNetwork),
          req.query,
        ),
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0/networks/{network_id}',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, { network: renderNetwork(visibleNetwork(req, world, req.params.network_id!)) }),
  },
  {
    method: 'POST',
    path: '/network/v2.0/networks',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const b = bodyOf(req, 'network');
      if (b.shared === true) throw policyRefusal('create_network:shared');
      if (b['router:external'] === true) throw policyRefusal('create_network:router:external');
      const net: Network = {
        id: uuid(),
        name: optionalString(b, 'name') ?? '',
        external: false,
        shared: false,
        subnetIds: [],
        ...newStandard(req, b),
      };
      world.neutron.networks.set(net.id, net);
      world.changed();
      return json(201, { network: renderNetwork(net) });
    },
  },
  {
    method: 'DELETE',
    path: '/network/v2.0/networks/{network_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const net = visibleNetwork(req, world, req.params.network_id!);
      if (!owns(req, net)) throw policyRefusal('delete_network');
      if ([...world.neutron.ports.values()].some((p) => p.networkId === net.id)) {
        throw neutronFail(
          409,
          'NetworkInUse',
          `Unable to complete operation on network ${net.id}. There are one or more ports still in use on the network.`,
        );
      }
      for (const id of net.subnetIds) world.neutron.subnets.delete(id);
      world.neutron.networks.delete(net.id);
      world.changed();
      return empty(204);
    },
  },
];
