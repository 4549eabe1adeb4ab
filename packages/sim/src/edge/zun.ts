// The container service of CHI@Edge (Zun, catalog type "container", API 1.41 as python-chi speaks it). Chameleon
// runs it with allow_without_reservation = False: a container needs the hint of an ACTIVE device reservation of the
// project. With platform_version 2 a container goes from Creating straight to Running (once its image is pulled,
// a virtual minute here); one container per reserved device; the lease's end removes them. A running container is
// deleted with ?stop=true.
import { randomUUID } from 'node:crypto';
import { apiDate } from '../dates.js';
import { empty, isObject, json, ReplyError, type Reply, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { edgeDevices } from './devices.js';

export const PULL_MS = 60_000;
const FAIL_MS = 5_000;
const NO_HOST = 'There are not enough hosts available.';

interface Container {
  uuid: string;
  name: string;
  image: string;
  projectId: string;
  userId: string;
  reservationId: string | null;
  /** Blazar device id, or null when scheduling failed. */
  deviceId: string | null;
  environment: Record<string, string>;
  command: string[];
  created: number;
  readyAt: number;
}

const stores = new WeakMap<World, Map<string, Container>>();
const store = (world: World) => {
  let s = stores.get(world);
  if (!s) stores.set(world, (s = new Map()));
  return s;
};

export const zunError = (status: number, message: string): Reply => ({
  status,
  body: {
    errors: [
      { request_id: '', code: 'zun.api.controller', status, title: message, detail: message, links: [] },
    ],
  },
});
const zunFail = (status: number, message: string) => new ReplyError(zunError(status, message));

/** The ACTIVE device reservation with this id in the project, and the lease it belongs to. */
function activeDeviceReservation(world: World, id: string, projectId: string) {
  for (const lease of world.blazar.leases.values()) {
    if (lease.project_id !== projectId || lease.status !== 'ACTIVE') continue;
    const r = lease.reservations.find((x) => x.id === id && x.resource_type === 'device');
    if (r && r.resource_type === 'device' && r.status === 'active') return r;
  }
  return undefined;
}

/** A container lives while its reservation is active (Blazar's end removes it). */
function alive(world: World, c: Container): boolean {
  return (
    c.deviceId === null || !!(c.reservationId && activeDeviceReservation(world, c.reservationId, c.projectId))
  );
}

function status(c: Container, now: number): { status: string; reason: string | null } {
  if (c.deviceId === null)
    return now >= c.created + FAIL_MS
      ? { status: 'Error', reason: NO_HOST }
      : { status: 'Creating', reason: null };
  return now >= c.readyAt ? { status: 'Running', reason: null } : { status: 'Creating', reason: null };
}

function render(world: World, c: Container, now: number) {
  const s = status(c, now);
  const device = edgeDevices().find((d) => d.id === c.deviceId);
  return {
    uuid: c.uuid,
    name: c.name,
    image: c.image,
    status: s.status,
    status_reason: s.reason,
    task_state: s.status === 'Creating' ? 'image_pulling' : null,
    host: device?.name ?? null,
    project_id: c.projectId,
    user_id: c.userId,
    environment: c.environment,
    command: c.command,
    labels: {},
    addresses:
      device && s.status === 'Running'
        ? { edge: [{ addr: `10.20.111.${10 + Number(device.id)}`, version: 4 }] }
        : {},
    ports: [],
    hostname: c.name,
    created_at: apiDate(c.created),
    links: [{ rel: 'self', href: `${world.base}/container/v1/containers/${c.uuid}` }],
  };
}

function parseCreate(req: SimRequest, world: World, now: number): Container {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body || '{}');
  } catch {
    throw zunFail(400, 'Malformed request body');
  }
  if (!isObject(doc)) throw zunFail(400, 'Malformed request body');
  if (typeof doc.image !== 'string' || !doc.image) throw zunFail(400, "Invalid input for field 'image'");
  const hints = isObject(doc.hints) ? doc.hints : {};
  const reservationId = typeof hints.reservation === 'string' ? hints.reservation : null;
  const caller = req.auth!;
  const reservation = reservationId
    ? activeDeviceReservation(world, reservationId, caller.projectId!)
    : undefined;
  const taken = new Set([...store(world).values()].filter((c) => alive(world, c)).map((c) => c.deviceId));
  const deviceId = reservation?.deviceIds.find((d) => !taken.has(d)) ?? null;
  return {
    uuid: randomUUID(),
    name: typeof doc.name === 'string' && doc.name ? doc.name : `zun-${randomUUID().slice(0, 8)}`,
    image: doc.image,
    projectId: caller.projectId!,
    userId: caller.userId,
    reservationId,
    deviceId,
    environment: isObject(doc.environment) ? (doc.environment as Record<string, string>) : {},
    command: Array.isArray(doc.command) ? doc.command.map(String) : [],
    created: now,
    readyAt: now + PULL_MS,
  };
}

function find(req: SimRequest, world: World): Container {
  const c = store(world).get(req.params.container_id!);
  if (!c || c.projectId !== req.auth!.projectId || !alive(world, c))
    throw zunFail(404, `Container ${req.params.container_id} could not be found.`);
  return c;
}

export const routes: Route[] = [
  {
    method: 'POST',
    path: '/container/v1/containers',
    service: 'container',
    auth: true,
    handler: (req, world) => {
      const c = parseCreate(req, world, req.now);
      store(world).set(c.uuid, c);
      world.log.info({ container: c.uuid, device: c.deviceId }, `container ${c.name} created`);
      return json(202, render(world, c, req.now));
    },
  },
  {
    method: 'GET',
    path: '/container/v1/containers',
    service: 'container',
    auth: true,
    handler: (req, world) =>
      json(200, {
        containers: [...store(world).values()]
          .filter((c) => c.projectId === req.auth!.projectId && alive(world, c))
          .map((c) => render(world, c, req.now)),
      }),
  },
  {
    method: 'GET',
    path: '/container/v1/containers/{container_id}',
    service: 'container',
    auth: true,
    handler: (req, world) => json(200, render(world, find(req, world), req.now)),
  },
  {
    method: 'DELETE',
    path: '/container/v1/containers/{container_id}',
    service: 'container',
    auth: true,
    handler: (req, world) => {
      const c = find(req, world);
      if (status(c, req.now).status === 'Running' && req.query.get('stop') !== 'true')
        throw zunFail(409, `Cannot delete container ${c.uuid} in Running status: stop it first (stop=true).`);
      store(world).delete(c.uuid);
      return empty(204);
    },
  },
];
