// Servers: create (with the reservation scheduler hint), show, list (?name= is a regular expression), list with
// details, delete. Fields follow the request's microversion.
import { createHash } from 'node:crypto';
import { apiDate } from '../dates.js';
import { empty, isObject, json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { novaFail } from './errors.js';
import { siteFlavor } from './flavors.js';
import { kvmVisibleFlavors } from '../kvm/nova.js';
import type { Server } from './state.js';
import { mv } from './versions.js';

const selfLinks = (world: World, kind: string, id: string) => [
  { rel: 'self', href: `${world.base}/compute/v2.1/${kind}/${id}` },
  { rel: 'bookmark', href: `${world.base}/compute/${kind}/${id}` },
];

/** Nova's vm_state and power_state (0 NOSTATE, 1 RUNNING, 4 SHUTDOWN) for each status a server has here. */
const VM_STATES: Record<Server['status'], string> = {
  BUILD: 'building',
  ACTIVE: 'active',
  ERROR: 'error',
  SHUTOFF: 'stopped',
};
const POWER_STATES: Record<Server['status'], number> = { BUILD: 0, ACTIVE: 1, ERROR: 0, SHUTOFF: 4 };

function taskState(s: Server, now: number): string | null {
  if (s.deleteAt !== undefined) return 'deleting';
  if (s.status !== 'BUILD') return null;
  const elapsed = now - s.created;
  if (elapsed < 10_000) return 'scheduling';
  if (elapsed < 30_000) return 'networking';
  if (elapsed < 60_000) return 'block_device_mapping';
  return 'spawning';
}

export function renderServer(world: World, req: SimRequest, s: Server): Record<string, unknown> {
  const v = req.microversion ?? mv('2.1');
  const flavor = siteFlavor(world, s.flavorId);
  const vmState = VM_STATES[s.status];
  const out: Record<string, unknown> = {
    id: s.id,
    name: s.name,
    status: s.status,
    tenant_id: s.projectId,
    user_id: s.userId,
    metadata: s.metadata,
    hostId: s.hostId ? createHash('sha224').update(`${s.projectId}${s.hostId}`).digest('hex') : '',
    image: { id: s.imageId, links: [{ rel: 'bookmark', href: `${world.base}/compute/images/${s.imageId}` }] },
    flavor:
      v >= mv('2.47') && flavor
        ? {
            vcpus: flavor.vcpus,
            ram: flavor.ram,
            disk: flavor.disk,
            ephemeral: 0,
            swap: 0,
            original_name: flavor.name,
            extra_specs: flavor.extra_specs,
          }
        : {
            id: s.flavorId,
            links: [{ rel: 'bookmark', href: `${world.base}/compute/flavors/${s.flavorId}` }],
          },
    created: apiDate(s.created),
    updated: apiDate(s.updated),
    addresses: world.neutron.addressesOf(s.portId),
    accessIPv4: '',
    accessIPv6: '',
    links: selfLinks(world, 'servers', s.id),
    'OS-DCF:diskConfig': 'MANUAL',
    progress: s.status === 'ACTIVE' ? 100 : 0,
    'OS-EXT-AZ:availability_zone': s.hostId ? 'nova' : '',
    config_drive: '',
    key_name: s.keyName,
    'OS-SRV-USG:launched_at':
      s.launchedAt === undefined ? null : apiDate(s.launchedAt).replace('Z', '.000000'),
    'OS-SRV-USG:terminated_at': null,
    'OS-EXT-STS:task_state': taskState(s, req.now),
    'OS-EXT-STS:vm_state': vmState,
    'OS-EXT-STS:power_state': POWER_STATES[s.status],
    'os-extended-volumes:volumes_attached': [],
  };
  if (s.status === 'ACTIVE') out.security_groups = [{ name: 'default' }];
  if (v >= mv('2.9')) out.locked = false;
  if (v >= mv('2.19')) out.description = s.description;
  if (v >= mv('2.26')) out.tags = [];
  if (v >= mv('2.63')) out.trusted_image_certificates = null;
  if (v >= mv('2.71')) out.server_groups = [];
  if (v >= mv('2.73')) out.locked_reason = null;
  const node = world.live?.endpoint(s.id);
  if (node) out['envboot:ssh'] = node;
  if (s.fault)
    out.fault = { code: s.fault.code, created: apiDate(s.fault.created), message: s.fault.message };
  return out;
}

/** The caller's server named by the path, or Nova's 404. */
export function findServer(req: SimRequest, world: World): Server {
  const s = world.nova.servers.get(req.params.server_id!);
  if (!s || s.projectId !== req.auth!.projectId)
    throw novaFail(404, `Instance ${req.params.server_id} could not be found.`);
  return s;
}

/** The caller's servers matching the list filters, sorted newest first, one page (limit/marker). */
function listed(req: SimRequest, world: World): { servers: Server[]; next?: string } {
  const q = req.query;
  let name: RegExp | undefined;
  const nameFilter = q.get('name');
  if (nameFilter !== null) {
    try {
      name = new RegExp(nameFilter);
    } catch (err) {
      if (!(err instanceof SyntaxError)) throw err;
      // Not a regular expression: the name as it is.
      name = new RegExp(nameFilter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    }
  }
  const status = q.get('status')?.toUpperCase();
  let servers = [...world.nova.servers.values()]
    .filter((s) => s.projectId === req.auth!.projectId)
    .filter((s) => !name || name.test(s.name))
    .filter((s) => !status || s.status === status)
    .filter((s) => !q.get('image') || s.imageId === q.get('image'))
    .filter((s) => !q.get('flavor') || s.flavorId === q.get('flavor'))
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id));
  const marker = q.get('marker');
  if (marker !== null) {
    const i = servers.findIndex((s) => s.id === marker);
    if (i < 0) throw novaFail(400, `marker [${marker}] not found`);
    servers = servers.slice(i + 1);
  }
  const limit = q.get('limit');
  if (limit !== null) {
    const n = Number(limit);
    if (!Number.isInteger(n) || n < 0)
      throw novaFail(400, `Invalid input for query parameters limit. Value: ${limit}.`);
    if (servers.length > n) {
      const page = servers.slice(0, n);
      const params = new URLSearchParams(q);
      params.set('marker', page[page.length - 1]?.id ?? '');
      return {
        servers: page,
        next: `${world.base}/compute/v2.1${req.path.replace(/^\/compute\/v2\.1/, '')}?${params}`,
      };
    }
  }
  return { servers };
}

function parseCreate(req: SimRequest, world: World) {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body);
  } catch {
    throw novaFail(400, 'Malformed request body');
  }
  const body = isObject(doc) ? doc : {};
  const server = body.server;
  if (!isObject(server))
    throw novaFail(
      400,
      "Invalid input for field/attribute server. Value: None. 'server' is a required property",
    );
  if (typeof server.name !== 'string' || !server.name.trim() || server.name.length > 255) {
    throw novaFail(
      400,
      `Invalid input for field/attribute name. Value: ${String(server.name)}. 'name' is a required property`,
    );
  }
  const flavorId = String(server.flavorRef ?? '');
  const flavor = siteFlavor(world, flavorId);
  // A private (reserved) flavor is usable by the project that can see it.
  const usable =
    flavor && (!world.kvm || kvmVisibleFlavors(world, req.auth!.projectId).some((f) => f.id === flavorId));
  if (!usable) throw novaFail(400, `Flavor ${flavorId} could not be found.`);
  const imageId = String(server.imageRef ?? '');
  const image = world.glance.byId.get(imageId);
  if (!image || image.status !== 'active') throw novaFail(400, `Image ${imageId} could not be found.`);
  const keyName = server.key_name === undefined || server.key_name === null ? null : String(server.key_name);
  if (keyName !== null && !world.nova.keypairs.has(world.nova.keypairKey(req.auth!.userId, keyName))) {
    throw novaFail(400, 'Invalid key_name provided.');
  }
  let networkId: string | null = world.neutron.sharedNetworkId;
  const networks = server.networks;
  if (networks === undefined) {
    if (req.microversion! >= mv('2.37'))
      throw novaFail(400, "Invalid input for field/attribute server. 'networks' is a required property");
  } else if (networks === 'none') {
    networkId = null;
  } else if (networks !== 'auto') {
    if (!Array.isArray(networks) || networks.length === 0)
      throw novaFail(400, 'Invalid input for field/attribute networks.');
    const first = networks[0];
    const id = isObject(first) ? first.uuid : undefined;
    if (typeof id !== 'string')
      throw novaFail(400, 'Booting from a port is not supported by the simulator; give a network uuid.');
    const net = world.neutron.networks.get(id);
    if (!net) throw novaFail(400, `Network ${id} could not be found.`);
    if (net.external) throw novaFail(400, `Network ${id} requires a subnet in order to boot instances on.`);
    networkId = id;
  }
  const min = Number(server.min_count ?? 1);
  const max = Number(server.max_count ?? min);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
    throw novaFail(400, 'min_count must be <= max_count and both at least 1');
  }
  let userData: string | null = null;
  if (server.user_data !== undefined && server.user_data !== null) {
    userData = String(server.user_data);
    if (!/^[A-Za-z0-9+/=\s]*$/.test(userData) || Buffer.from(userData, 'base64').length > 65535) {
      throw novaFail(400, 'User data needs to be valid base 64 of at most 65535 bytes.');
    }
  }
  const metadata: Record<string, string> = {};
  if (server.metadata !== undefined) {
    if (!isObject(server.metadata)) throw novaFail(400, 'Invalid input for field/attribute metadata.');
    for (const [k, value] of Object.entries(server.metadata)) metadata[k] = String(value);
  }
  const hints =
    (isObject(body['os:scheduler_hints']) ? body['os:scheduler_hints'] : undefined) ??
    (isObject(body['OS-SCH-HNT:scheduler_hints']) ? body['OS-SCH-HNT:scheduler_hints'] : undefined) ??
    {};
  const reservation = hints.reservation;
  return {
    name: server.name,
    imageId,
    flavorId,
    keyName,
    networkId,
    metadata,
    description: typeof server.description === 'string' ? server.description : null,
    userData,
    count: max,
    returnReservationId: server.return_reservation_id === true,
    reservationId:
      typeof reservation === 'string'
        ? reservation
        : Array.isArray(reservation)
          ? String(reservation[0])
          : null,
  };
}

export const routes: Route[] = [
  {
    method: 'POST',
    path: '/compute/v2.1/servers',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const p = parseCreate(req, world);
      const created: Server[] = [];
      for (let i = 1; i <= p.count; i++) {
        created.push(
          world.nova.create(
            {
              name: p.count > 1 ? `${p.name}-${i}` : p.name,
              projectId: req.auth!.projectId!,
              userId: req.auth!.userId,
              imageId: p.imageId,
              flavorId: p.flavorId,
              keyName: p.keyName,
              metadata: p.metadata,
              description: p.description,
              userData: p.userData,
              networkId: p.networkId,
              reservationId: p.reservationId,
            },
            req.now,
          ),
        );
      }
      world.changed();
      const first = created[0]!;
      if (p.returnReservationId) return json(202, { reservation_id: `r-${first.id.slice(0, 8)}` });
      return json(
        202,
        {
          server: {
            id: first.id,
            links: selfLinks(world, 'servers', first.id),
            'OS-DCF:diskConfig': 'MANUAL',
            security_groups: [{ name: 'default' }],
            adminPass: createHash('sha256').update(first.id).digest('base64url').slice(0, 12),
          },
        },
        { Location: `${world.base}/compute/v2.1/servers/${first.id}` },
      );
    },
  },
  {
    method: 'GET',
    path: '/compute/v2.1/servers',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const page = listed(req, world);
      return json(200, {
        servers: page.servers.map((s) => ({
          id: s.id,
          links: selfLinks(world, 'servers', s.id),
          name: s.name,
        })),
        ...(page.next ? { servers_links: [{ rel: 'next', href: page.next }] } : {}),
      });
    },
  },
  {
    method: 'GET',
    path: '/compute/v2.1/servers/detail',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const page = listed(req, world);
      return json(200, {
        servers: page.servers.map((s) => renderServer(world, req, s)),
        ...(page.next ? { servers_links: [{ rel: 'next', href: page.next }] } : {}),
      });
    },
  },
  {
    method: 'GET',
    path: '/compute/v2.1/servers/{server_id}',
    service: 'compute',
    auth: true,
    handler: (req, world) => json(200, { server: renderServer(world, req, findServer(req, world)) }),
  },
  {
    method: 'DELETE',
    path: '/compute/v2.1/servers/{server_id}',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      world.nova.remove(findServer(req, world), req.now);
      world.changed();
      return empty(204);
    },
  },
];
