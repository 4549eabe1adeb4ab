// Routers: list, show, create (optionally with a gateway on an external network), update (name, gateway), delete
// (409 while interfaces remain), and interfaces added or removed by subnet or by port.
import { empty, isObject, json, type Route, type SimRequest } from '../http.js';
import { uuid } from '../ids.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { visibleNetwork } from './networks.js';
import { ownPort } from './ports.js';
import { filterItems } from './query.js';
import { bodyOf, newStandard, optionalString, owns, standardFields, touch } from './resource.js';
import type { Port, Router } from './state.js';
import { visibleSubnet } from './subnets.js';

const INTERFACE = 'network:router_interface';

function renderRouter(r: Router): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name,
    status: 'ACTIVE',
    admin_state_up: true,
    external_gateway_info: r.gatewayNetworkId
      ? { network_id: r.gatewayNetworkId, enable_snat: true, external_fixed_ips: [] }
      : null,
    distributed: false,
    ha: false,
    routes: [],
    availability_zone_hints: [],
    availability_zones: ['nova'],
    flavor_id: null,
    ...standardFields(r),
  };
}

function ownRouter(req: SimRequest, world: World, id: string): Router {
  const r = world.neutron.routers.get(id);
  if (!r || !owns(req, r)) throw neutronFail(404, 'RouterNotFound', `Router ${id} could not be found.`);
  return r;
}

/** The external network named by external_gateway_info (null clears the gateway). */
function gatewayOf(req: SimRequest, world: World, info: unknown): string | null {
  if (info === null || (isObject(info) && Object.keys(info).length === 0)) return null;
  if (!isObject(info) || typeof info.network_id !== 'string')
    throw neutronFail(400, 'BadRequest', 'Invalid input for external_gateway_info.');
  const net = visibleNetwork(req, world, info.network_id);
  if (!net.external)
    throw neutronFail(400, 'BadRequest', `Bad router request: Network ${net.id} is not an external network.`);
  return net.id;
}

const interfacesOf = (world: World, routerId: string): Port[] =>
  [...world.neutron.ports.values()].filter((p) => p.deviceId === routerId && p.deviceOwner === INTERFACE);

function interfaceAnswer(world: World, r: Router, port: Port): Record<string, unknown> {
  const subnetId = world.neutron.subnetOf(port);
  return {
    id: r.id,
    tenant_id: r.projectId,
    project_id: r.projectId,
    network_id: port.networkId,
    port_id: port.id,
    subnet_id: subnetId,
    subnet_ids: subnetId ? [subnetId] : [],
    tags: [],
  };
}

/** The interface a request names: {"subnet_id": …} or {"port_id": …}. */
function interfaceRequest(req: SimRequest): { subnetId?: string; portId?: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body);
  } catch {
    throw neutronFail(400, 'BadRequest', 'Malformed request body');
  }
  const subnetId = isObject(doc) && typeof doc.subnet_id === 'string' ? doc.subnet_id : undefined;
  const portId = isObject(doc) && typeof doc.port_id === 'string' ? doc.port_id : undefined;
  if (!subnetId === !portId)
    throw neutronFail(
      400,
      'BadRequest',
      'Bad router request: Either subnet_id or port_id must be specified.',
    );
  return { subnetId, portId };
}

function addInterface(req: SimRequest, world: World, r: Router): Port {
  const { subnetId, portId } = interfaceRequest(req);
  if (portId) {
    const port = ownPort(req, world, portId);
    if (port.deviceId)
      throw neutronFail(
        409,
        'PortInUse',
        `Unable to complete operation on port ${port.id} for network ${port.networkId}. Port already has an attached device ${port.deviceId}.`,
      );
    Object.assign(port, { deviceId: r.id, deviceOwner: INTERFACE, status: 'ACTIVE' });
    return port;
  }
  const subnet = visibleSubnet(req, world, subnetId!);
  if (!subnet.gateway)
    throw neutronFail(
      400,
      'BadRequest',
      'Bad router request: Subnet for router interface must have a gateway IP.',
    );
  if (interfacesOf(world, r.id).some((p) => world.neutron.subnetOf(p) === subnet.id))
    throw neutronFail(
      400,
      'BadRequest',
      `Bad router request: Router already has a port on subnet ${subnet.id}.`,
    );
  if (
    [...world.neutron.ports.values()].some(
      (p) => world.neutron.subnetOf(p) === subnet.id && p.ip === subnet.gateway,
    )
  )
    throw neutronFail(
      409,
      'IpAddressInUse',
      `Unable to complete operation for network ${subnet.networkId}. The IP address ${subnet.gateway} is in use.`,
    );
  return world.neutron.addPort({
    networkId: subnet.networkId,
    subnet,
    ip: subnet.gateway,
    projectId: r.projectId,
    name: '',
    deviceId: r.id,
    deviceOwner: INTERFACE,
    now: req.now,
  });
}

function removeInterface(req: SimRequest, world: World, r: Router): Port {
  const { subnetId, portId } = interfaceRequest(req);
  const ports = interfacesOf(world, r.id);
  const port = portId
    ? ports.find((p) => p.id === portId)
    : ports.find((p) => world.neutron.subnetOf(p) === subnetId);
  if (port) return port;
  if (portId)
    throw neutronFail(
      404,
      'RouterInterfaceNotFound',
      `Router ${r.id} does not have an interface with id ${portId}`,
    );
  visibleSubnet(req, world, subnetId!);
  throw neutronFail(
    404,
    'RouterInterfaceNotFoundForSubnet',
    `Router ${r.id} has no interface on subnet ${subnetId}`,
  );
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/network/v2.0/routers',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, {
        routers: filterItems(
          [...world.neutron.routers.values()].filter((r) => owns(req, r)).map(renderRouter),
          req.query,
        ),
      }),
  },
  {
    method: 'GET',
    path: '/network/v2.0/routers/{router_id}',
    service: 'network',
    auth: true,
    handler: (req, world) =>
      json(200, { router: renderRouter(ownRouter(req, world, req.params.router_id!)) }),
  },
  {
    method: 'POST',
    path: '/network/v2.0/routers',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const b = bodyOf(req, 'router');
      const router: Router = {
        id: uuid(),
        name: optionalString(b, 'name') ?? '',
        gatewayNetworkId:
          b.external_gateway_info === undefined ? null : gatewayOf(req, world, b.external_gateway_info),
        ...newStandard(req, b),
      };
      world.neutron.routers.set(router.id, router);
      world.changed();
      return json(201, { router: renderRouter(router) });
    },
  },
  {
    method: 'PUT',
    path: '/network/v2.0/routers/{router_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const r = ownRouter(req, world, req.params.router_id!);
      const b = bodyOf(req, 'router');
      const name = optionalString(b, 'name');
      const description = optionalString(b, 'description');
      if (name !== undefined) r.name = name;
      if (description !== undefined) r.description = description;
      if ('external_gateway_info' in b) r.gatewayNetworkId = gatewayOf(req, world, b.external_gateway_info);
      touch(r, req.now);
      world.changed();
      return json(200, { router: renderRouter(r) });
    },
  },
  {
    method: 'DELETE',
    path: '/network/v2.0/routers/{router_id}',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const r = ownRouter(req, world, req.params.router_id!);
      if (interfacesOf(world, r.id).length > 0)
        throw neutronFail(409, 'RouterInUse', `Router ${r.id} still has ports`);
      world.neutron.routers.delete(r.id);
      world.changed();
      return empty(204);
    },
  },
  {
    method: 'PUT',
    path: '/network/v2.0/routers/{router_id}/add_router_interface',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const r = ownRouter(req, world, req.params.router_id!);
      const port = addInterface(req, world, r);
      touch(r, req.now);
      world.changed();
      return json(200, interfaceAnswer(world, r, port));
    },
  },
  {
    method: 'PUT',
    path: '/network/v2.0/routers/{router_id}/remove_router_interface',
    service: 'network',
    auth: true,
    handler: (req, world) => {
      const r = ownRouter(req, world, req.params.router_id!);
      const port = removeInterface(req, world, r);
      const answer = interfaceAnswer(world, r, port);
      world.neutron.deletePort(port.id);
      touch(r, req.now);
      world.changed();
      return json(200, answer);
    },
  },
];
