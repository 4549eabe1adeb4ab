// Neutron routes that exist on the real service but are left out of the simulation: they answer 501 in Neutron's
// error body (NotImplemented), so a client sees "not simulated" rather than a 404 that reads as "no such object".
import { ReplyError, type Route } from '../http.js';
import { neutronError } from './errors.js';

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

const notSimulated = ([method, path]: [string, string]): Route => ({
  method,
  path,
  service: 'network',
  auth: true,
  handler: () => {
    throw new ReplyError(
      neutronError(
        501,
        'NotImplemented',
        `${method} ${path} exists in Neutron but is not simulated by envboot sim.`,
      ),
    );
  },
});

export const routes: Route[] = [...NEUTRON_COLLECTIONS.flatMap(collectionRoutes), ...NEUTRON_ROUTES].map(
  notSimulated,
);
