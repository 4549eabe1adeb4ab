// Failed hosts and their reallocation. A host marked failed (the admin API, or Sim.failHost in tests) becomes
// non-reservable, as Blazar's monitor leaves it: an ACTIVE reservation holding it gets missing_resources and its
// lease is degraded, and a reservation not yet started is healed at once (moved to a free host that matches, or
// shrunk). The lease owner then asks for a replacement with PUT /v1/os-hosts/{host_id}/allocation {"lease_id"},
// which Chameleon's Blazar allows the owner: 409 while a server is still on the host; otherwise the allocation moves
// to one free matching host (resources_changed), or, with none free, is dropped (the lease shrinks, missing_resources);
// 200 either way, and the lease stays degraded.
import { isObject, json, ReplyError, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { blazarError, blazarFail, notFoundObject } from './errors.js';
import type { Host } from './hosts.js';
import type { HostReservation, Lease } from './model.js';

/** A host by Blazar id, node name or node uid. */
export function findHost(world: World, ref: string): Host | undefined {
  const { blazar } = world;
  return blazar.hosts.get(ref) ?? blazar.hostList.find((h) => h.uid === ref || h.node.node_name === ref);
}

export const isFailed = (host: Host | undefined): boolean => host?.columns.reservable === false;

/** Marks a host failed: it leaves the pool, and the reservations holding it are flagged or healed. */
export function failHost(world: World, host: Host, now: number): void {
  if (isFailed(host)) return;
  host.columns.reservable = false;
  world.blazar.refreshHostList();
  for (const { lease, reservation } of [...world.blazar.bookings(host.id)]) {
    if (reservation.resource_type !== 'physical:host' || lease.end <= now) continue;
    if (reservation.status === 'active') {
      reservation.missing_resources = true;
      reservation.updated_at = now;
      lease.degraded = true;
    } else if (reservation.status === 'pending') {
      moveOff(world, lease, reservation, host, now);
    }
  }
  world.log.info({ host: host.id, node: host.node.node_name }, `host ${host.node.node_name} failed`);
  world.changed();
}

/** Puts a failed host back in the pool; the flags it caused stay, as Blazar's do. */
export function recoverHost(world: World, host: Host): void {
  if (!isFailed(host)) return;
  host.columns.reservable = true;
  world.blazar.refreshHostList();
  world.log.info({ host: host.id, node: host.node.node_name }, `host ${host.node.node_name} is back`);
  world.changed();
}

/**
 * Blazar's reallocation of one allocation: the host leaves the reservation, and one host that matches its
 * properties and is free from max(now, start) to the end takes its place; none → the allocation is deleted.
 */
function moveOff(
  world: World,
  lease: Lease,
  r: HostReservation,
  host: Host,
  now: number,
): string | undefined {
  const start = Math.max(now, lease.start);
  // No lease to ignore: the reservation's own hosts count as busy, so the replacement is a new one.
  const picked = world.blazar.allocator.pickHosts(
    {
      min: 1,
      max: 1,
      resource_properties: r.resource_properties,
      hypervisor_properties: r.hypervisor_properties,
    },
    start,
    lease.end,
  );
  const replacement = picked?.[0];
  world.blazar.moveAllocation(lease, r, host.id, replacement);
  if (replacement === undefined) r.lost = (r.lost ?? 0) + 1;
  const active = r.status === 'active';
  if (replacement !== undefined && active) r.resources_changed = true;
  r.missing_resources = (r.lost ?? 0) > 0 || r.hostIds.some((id) => isFailed(world.blazar.hosts.get(id)));
  if (r.missing_resources || (active && r.resources_changed)) lease.degraded = true;
  r.updated_at = now;
  return replacement;
}

interface ReallocateBody {
  lease_id?: string;
  reservation_id?: string;
}

function parseBody(req: SimRequest): ReallocateBody {
  let doc: unknown = {};
  if (req.body.trim()) {
    try {
      doc = JSON.parse(req.body);
    } catch {
      throw new ReplyError(blazarError(400, 'Malformed request body: not JSON'));
    }
  }
  if (!isObject(doc)) throw blazarFail(400, 'Malformed request body: expected a JSON object');
  const text = (v: unknown, f: string) => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string') throw blazarFail(400, `Malformed parameter ${f}`);
    return v;
  };
  return {
    lease_id: text(doc.lease_id, 'lease_id'),
    reservation_id: text(doc.reservation_id, 'reservation_id'),
  };
}

/** PUT /v1/os-hosts/{host_id}/allocation as Chameleon's fork answers a lease owner. */
function reallocate(req: SimRequest, world: World) {
  const body = parseBody(req);
  // Without lease_id the rule is blazar:oshosts:reallocate, admin-only at Chameleon; with it, the lease's owner.
  if (body.lease_id === undefined)
    throw blazarFail(403, "Policy doesn't allow blazar:oshosts:reallocate to be performed.");
  const lease = world.blazar.leases.get(body.lease_id);
  if (!lease) throw notFoundObject('lease_id', body.lease_id);
  if (lease.project_id !== req.auth!.projectId)
    throw blazarFail(403, "Policy doesn't allow blazar:leases:reallocate to be performed.");
  const host = world.blazar.hosts.get(req.params.host_id!);
  if (!host) throw notFoundObject('host_id', req.params.host_id!);
  const matching = lease.reservations.filter(
    (r): r is HostReservation =>
      r.resource_type === 'physical:host' &&
      r.hostIds.includes(host.id) &&
      (body.reservation_id === undefined || r.id === body.reservation_id),
  );
  // Blazar checks the host for servers before it changes anything (HostHavingServers).
  const servers = [...world.nova.servers.values()].filter((s) => s.hostId === host.id);
  if (matching.some((r) => r.status === 'active') && servers.length > 0) {
    throw blazarFail(
      409,
      `Servers [${servers.map((s) => `'${s.name}'`).join(', ')}] found for host ${host.uid}`,
    );
  }
  for (const r of matching) {
    const replacement = moveOff(world, lease, r, host, req.now);
    world.log.info(
      { lease: lease.id, host: host.id, replacement: replacement ?? null },
      replacement === undefined
        ? `host ${host.node.node_name} removed from lease ${lease.name}: no free host to replace it`
        : `host ${host.node.node_name} of lease ${lease.name} replaced by host ${replacement}`,
    );
  }
  if (matching.length > 0) {
    lease.updated_at = req.now;
    world.changed();
  }
  const left = world.blazar
    .bookings(host.id)
    .filter((b) => b.lease.id === lease.id)
    .map((b) => ({ id: b.reservation.id, lease_id: lease.id }));
  return json(200, { allocation: { resource_id: host.id, reservations: left } });
}

export const routes: Route[] = [
  {
    method: 'PUT',
    path: '/reservation/v1/os-hosts/{host_id}/allocation',
    service: 'reservation',
    auth: true,
    handler: reallocate,
  },
];
