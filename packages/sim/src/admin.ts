// The admin API, outside the OpenStack paths: GET /_sim/state, GET|DELETE /_sim/stats, GET|POST|DELETE
// /_sim/faults, GET|POST /_sim/clock, and /_sim/oidc/* (keystone/oidc-admin.ts). No token; the simulator listens on loopback unless told otherwise.
import { EnvbootError, isoUtc } from '@envboot/core';
import { blazarDate } from './dates.js';
import { empty, header, isObject, json, ReplyError, type Reply, type Route } from './http.js';
import { oidcAdminRoutes } from './keystone/oidc-admin.js';
import { hostAdminRoutes } from './blazar/failures-admin.js';
import { serverAdminRoutes } from './nova/crash-admin.js';
import { edgeDevices } from './edge/devices.js';
import type { Stats } from './stats.js';
import type { World } from './world.js';

export const adminError = (status: number, message: string): Reply => ({
  status,
  body: { error: { code: status, message } },
});

/** The document GET /_sim/state returns: every lease of the users (not the seed calendar), server, floating IP and key pair. */
export function stateDocument(world: World): Record<string, unknown> {
  const { blazar, nova, neutron } = world;
  const hostName = (id: string | null) => (id ? (blazar.hosts.get(id)?.node.node_name ?? id) : null);
  const serverOfPort = (portId: string | null) =>
    portId ? (neutron.ports.get(portId)?.deviceId ?? null) : null;
  const seeded = [...blazar.leases.values()].filter((l) => l.seeded);
  return {
    clock: {
      now: isoUtc(world.clock.now()),
      wall: isoUtc(new Date(world.clock.wallMs())),
      speed: world.clock.speed,
      offset_ms: Math.round(world.clock.offsetMs),
    },
    seed: {
      name: world.seed.name,
      hosts: blazar.hostList.length,
      calendar_leases: seeded.length,
      shift_ms: world.shift,
    },
    leases: blazar.snapshot().map((l) => ({
      id: l.id,
      name: l.name,
      project_id: l.project_id,
      status: l.status,
      degraded: l.degraded,
      start_date: blazarDate(l.start),
      end_date: blazarDate(l.end),
      reservations: l.reservations.map((r) =>
        r.resource_type === 'physical:host'
          ? {
              id: r.id,
              resource_type: r.resource_type,
              status: r.status,
              hosts: r.hostIds.map((h) => ({
                id: h,
                node_name: hostName(h),
                node_type: blazar.hosts.get(h)?.node.node_type,
                failed: blazar.hosts.get(h)?.columns.reservable === false,
              })),
              missing_resources: r.missing_resources,
              resources_changed: r.resources_changed,
            }
          : r.resource_type === 'flavor:instance'
            ? {
                id: r.id,
                resource_type: r.resource_type,
                status: r.status,
                flavor: r.source.name,
                amount: r.amount,
                hypervisors: r.slots,
              }
            : r.resource_type === 'device'
              ? {
                  id: r.id,
                  resource_type: r.resource_type,
                  status: r.status,
                  devices: r.deviceIds.map((d) => edgeDevices().find((x) => x.id === d)?.name ?? d),
                }
              : { id: r.id, resource_type: r.resource_type, status: r.status, floating_ips: r.addresses },
      ),
      servers: [...nova.servers.values()]
        .filter((s) => l.reservations.some((r) => r.id === s.reservationId))
        .map((s) => s.id),
    })),
    servers: [...nova.servers.values()].map((s) => ({
      id: s.id,
      name: s.name,
      status: s.status,
      deleting: s.deleteAt !== undefined,
      project_id: s.projectId,
      host: hostName(s.hostId),
      reservation_id: s.reservationId,
      scheduler_hint: s.hint ?? null,
      key_name: s.keyName,
      user_data: s.userData ?? null,
      port_id: s.portId,
      addresses: neutron.addressesOf(s.portId),
      ...(s.fault ? { fault: s.fault.message } : {}),
    })),
    ...(world.live ? { live_nodes: world.live.describe() } : {}),
    floating_ips: [...neutron.floatingIps.values()].map((f) => ({
      id: f.id,
      address: f.address,
      description: f.description,
      project_id: f.projectId,
      port_id: f.portId,
      server_id: serverOfPort(f.portId),
      reservation_id: f.reservationId ?? null,
    })),
    keypairs: [...nova.keypairs.values()].map((k) => ({
      name: k.name,
      user_id: k.userId,
      fingerprint: k.fingerprint,
    })),
    failed_hosts: blazar.hostList
      .filter((h) => h.columns.reservable === false)
      .map((h) => ({ id: h.id, node_name: h.node.node_name })),
    faults: world.faults.spec,
  };
}

const clockDocument = (world: World) => ({
  now: isoUtc(world.clock.now()),
  speed: world.clock.speed,
  offset_ms: Math.round(world.clock.offsetMs),
});

/** Turns our own validation errors into a 400 of the admin API. */
function guarded(fn: () => Reply): Reply {
  try {
    return fn();
  } catch (err) {
    if (err instanceof EnvbootError) throw new ReplyError(adminError(400, err.message));
    throw err;
  }
}

export function adminRoutes(stats: Stats): Route[] {
  return [
    {
      method: 'GET',
      path: '/_sim/state',
      service: 'admin',
      handler: (_req, world) => json(200, stateDocument(world)),
    },
    { method: 'GET', path: '/_sim/stats', service: 'admin', handler: () => json(200, stats.snapshot()) },
    {
      method: 'DELETE',
      path: '/_sim/stats',
      service: 'admin',
      handler: () => {
        stats.reset();
        return empty(204);
      },
    },
    {
      method: 'GET',
      path: '/_sim/faults',
      service: 'admin',
      handler: (_req, world) => json(200, world.faults.spec),
    },
    {
      method: 'POST',
      path: '/_sim/faults',
      service: 'admin',
      handler: (req, world) =>
        guarded(() => {
          const text = req.body.trim();
          const type = header(req, 'content-type') ?? '';
          let spec: unknown = text;
          if (!type.startsWith('text/plain')) {
            try {
              spec = text === '' ? {} : JSON.parse(text);
            } catch {
              throw new ReplyError(
                adminError(400, 'the body is neither JSON nor (with Content-Type: text/plain) a text spec'),
              );
            }
            if (isObject(spec) && typeof spec.spec === 'string' && Object.keys(spec).length === 1)
              spec = spec.spec;
          }
          const applied = world.faults.set(spec as never);
          world.log.info({ faults: applied }, 'faults set');
          return json(200, applied);
        }),
    },
    {
      method: 'DELETE',
      path: '/_sim/faults',
      service: 'admin',
      handler: (_req, world) => {
        world.faults.clear();
        return empty(204);
      },
    },
    {
      method: 'GET',
      path: '/_sim/clock',
      service: 'admin',
      handler: (_req, world) => json(200, clockDocument(world)),
    },
    {
      method: 'POST',
      path: '/_sim/clock',
      service: 'admin',
      handler: (req, world) =>
        guarded(() => {
          let body: unknown;
          try {
            body = JSON.parse(req.body || '{}');
          } catch {
            throw new ReplyError(
              adminError(
                400,
                'the body must be JSON: {"advance": ms} and/or {"speed": factor} or {"to": ISO date}',
              ),
            );
          }
          if (!isObject(body)) throw new ReplyError(adminError(400, 'the body must be a JSON object'));
          const unknown = Object.keys(body).filter((k) => !['advance', 'speed', 'to'].includes(k));
          if (unknown.length)
            throw new ReplyError(adminError(400, `unknown key ${unknown[0]} (known: advance, speed, to)`));
          if (body.to !== undefined) {
            const to = Date.parse(String(body.to));
            if (Number.isNaN(to))
              throw new ReplyError(adminError(400, `"to" is not a date: ${String(body.to)}`));
            const delta = to - world.clock.nowMs();
            if (delta < 0)
              throw new ReplyError(adminError(400, 'the clock only moves forward; "to" is in the past'));
            world.clock.advance(delta);
          }
          if (body.advance !== undefined) world.clock.advance(Number(body.advance));
          if (body.speed !== undefined) world.clock.setSpeed(Number(body.speed));
          world.scheduler.tick();
          return json(200, clockDocument(world));
        }),
    },
    ...oidcAdminRoutes,
    ...hostAdminRoutes,
    ...serverAdminRoutes,
  ];
}
