// Routes the real Neutron and Blazar serve that the simulator deliberately leaves out. They answer 501 in the
// service's own error body, so a client sees "not simulated" rather than a 404 that reads as "no such object".
import { blazarError } from './blazar/errors.js';
import { ReplyError, type Route, type ServiceName } from './http.js';
import { neutronError } from './neutron/errors.js';

/** Neutron collections outside what Chameleon's clients use on bare metal. */
const NEUTRON_COLLECTIONS = [
  'qos/policies',
  'qos/rule-types',
  'trunks',
  'subnetpools',
  'address-scopes',
  'address-groups',
  'network-ip-availabilities',
  'agents',
  'availability_zones',
  'rbac-policies',
  'metering/metering-labels',
  'metering/metering-label-rules',
  'segments',
  'network-segment-ranges',
  'quotas',
  'local-ips',
  'log/logs',
  'auto-allocated-topology',
];

/** Single routes of simulated collections that are left out: updates, extra routes, port forwardings. */
const NEUTRON_ROUTES: Array<[string, string]> = [
  ['PUT', '/network/v2.0/networks/{network_id}'],
  ['PUT', '/network/v2.0/subnets/{subnet_id}'],
  ['PUT', '/network/v2.0/ports/{port_id}'],
  ['PUT', '/network/v2.0/routers/{router_id}/add_extraroutes'],
  ['PUT', '/network/v2.0/routers/{router_id}/remove_extraroutes'],
  ['GET', '/network/v2.0/floatingips/{floatingip_id}/port_forwardings'],
  ['POST', '/network/v2.0/floatingips/{floatingip_id}/port_forwardings'],
  ['GET', '/network/v2.0/extensions/{alias}'],
];

/** Blazar's host administration (admin-only at Chameleon, and not simulated for admins either). */
const BLAZAR_ROUTES: Array<[string, string]> = [
  ['POST', '/reservation/v1/os-hosts'],
  ['PUT', '/reservation/v1/os-hosts/{host_id}'],
  ['DELETE', '/reservation/v1/os-hosts/{host_id}'],
  ['PATCH', '/reservation/v1/os-hosts/properties/{property_name}'],
];

const collectionRoutes = (collection: string): Array<[string, string]> => {
  const base = `/network/v2.0/${collection}`;
  return [
    ['GET', base],
    ['POST', base],
    ['GET', `${base}/{id}`],
    ['PUT', `${base}/{id}`],
    ['DELETE', `${base}/{id}`],
  ];
};

function notSimulated(service: ServiceName, method: string, path: string): Route {
  const message = `${method} ${path} exists on the real service but is not simulated.`;
  const reply =
    service === 'network' ? neutronError(501, 'NotImplemented', message) : blazarError(501, message);
  return {
    method,
    path,
    service,
    auth: true,
    handler: () => {
      throw new ReplyError(reply);
    },
  };
}

export const routes: Route[] = [
  ...[...NEUTRON_COLLECTIONS.flatMap(collectionRoutes), ...NEUTRON_ROUTES].map(([m, p]) =>
    notSimulated('network', m, p),
  ),
  ...BLAZAR_ROUTES.map(([m, p]) => notSimulated('reservation', m, p)),
];
