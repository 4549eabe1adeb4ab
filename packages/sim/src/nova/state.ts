// Servers and key pairs. A server boots only onto a free host of the ACTIVE physical:host reservation named by its
// scheduler hint; it is BUILD for about 10 virtual minutes, then ACTIVE (or ERROR with a fault).
import { uuid } from '../ids.js';
import type { World } from '../world.js';
import { kvmSchedule, activeFlavorReservation } from '../kvm/nova.js';

export const BOOT_MS = 10 * 60_000;
export const SCHEDULE_FAIL_MS = 3_000;
export const BUILD_FAIL_MS = 5 * 60_000;
export const DELETE_MS = 5_000;

export const NO_VALID_HOST = 'No valid host was found. There are not enough hosts available.';

export interface ServerFault {
  code: number;
  message: string;
  details?: string;
  created: number;
}

export interface Server {
  id: string;
  name: string;
  projectId: string;
  userId: string;
  imageId: string;
  flavorId: string;
  keyName: string | null;
  metadata: Record<string, string>;
  description: string | null;
  /** The user data as sent (base64), or null; absent from servers persisted before it was kept. */
  userData?: string | null;
  created: number;
  updated: number;
  /** SHUTOFF: the machine went down under it (POST /_sim/servers/{id}/crash). */
  status: 'BUILD' | 'ACTIVE' | 'ERROR' | 'SHUTOFF';
  launchedAt?: number;
  /** Blazar host id it runs on. */
  hostId: string | null;
  reservationId: string | null;
  /** The reservation scheduler hint as sent (absent from servers persisted before it was kept). */
  hint?: string | null;
  portId: string | null;
  fault?: ServerFault;
  /** BUILD ends at readyAt (ACTIVE), or at failAt (ERROR). */
  readyAt: number;
  failAt?: number;
  failMessage?: string;
  /** Set while the server is being deleted; it disappears then. */
  deleteAt?: number;
}

export interface Keypair {
  id: number;
  name: string;
  userId: string;
  publicKey: string;
  fingerprint: string;
  type: string;
  createdAt: number;
}

export interface ServerRequest {
  name: string;
  projectId: string;
  userId: string;
  imageId: string;
  flavorId: string;
  keyName: string | null;
  metadata: Record<string, string>;
  description: string | null;
  userData: string | null;
  networkId: string | null;
  reservationId: string | null;
}

export class NovaState {
  readonly servers = new Map<string, Server>();
  readonly keypairs = new Map<string, Keypair>();
  #keypairSeq = 1;

  constructor(private readonly world: World) {}

  /** Creates the server now; the scheduling outcome shows when its BUILD ends. */
  create(req: ServerRequest, now: number): Server {
    const server: Server = {
      id: uuid(),
      name: req.name,
      projectId: req.projectId,
      userId: req.userId,
      imageId: req.imageId,
      flavorId: req.flavorId,
      keyName: req.keyName,
      metadata: req.metadata,
      description: req.description,
      userData: req.userData,
      created: now,
      updated: now,
      status: 'BUILD',
      hostId: null,
      // At KVM@TACC the reserved flavor ties the server to its reservation (so the lease's end deletes it).
      reservationId: this.world.kvm
        ? (activeFlavorReservation(this.world, req.flavorId, req.projectId)?.id ?? req.reservationId)
        : req.reservationId,
      hint: req.reservationId,
      portId: null,
      readyAt: now + BOOT_MS,
    };
    const hostId = this.#schedule(req);
    if (!hostId) {
      server.failAt = now + SCHEDULE_FAIL_MS;
      server.failMessage = NO_VALID_HOST;
    } else {
      server.hostId = hostId;
      if (req.networkId)
        server.portId = this.world.neutron.createPort(req.networkId, server.id, req.projectId, now).id;
      if (this.world.faults.takeServerError()) {
        server.failAt = now + BUILD_FAIL_MS;
        const uid = this.world.blazar.hosts.get(hostId)?.uid ?? hostId;
        server.failMessage = `Build of instance ${server.id} aborted: Failed to provision instance ${server.id}: Failed to deploy: Timeout reached while waiting for callback for node ${uid}`;
      }
    }
    this.servers.set(server.id, server);
    this.world.scheduler.wake(`server:${server.id}`, this.nextDue(server));
    this.world.log.info(
      { server: server.id, name: server.name, host: server.hostId },
      `server ${server.name} created (BUILD)`,
    );
    return server;
  }

  /** A free host of the reservation, if it is an ACTIVE physical:host reservation of the caller's project. */
  #schedule(req: ServerRequest): string | null {
    // KVM@TACC: the reserved flavor says which reservation, no hint needed (kvm/nova.ts).
    if (this.world.kvm) return kvmSchedule(this.world, req.flavorId, req.projectId, this.servers.values());
    if (!req.reservationId) return null;
    const reservation = this.world.blazar.activeHostReservation(req.reservationId, req.projectId);
    if (!reservation) return null;
    const busy = new Set([...this.servers.values()].filter((s) => s.hostId).map((s) => s.hostId));
    return reservation.hostIds.find((h) => !busy.has(h)) ?? null;
  }

  nextDue(s: Server): number | undefined {
    if (s.deleteAt !== undefined) return s.deleteAt;
    if (s.status !== 'BUILD') return undefined;
    return s.failAt ?? s.readyAt;
  }

  step(id: string, at: number): number | undefined {
    const s = this.servers.get(id);
    if (!s) return undefined;
    const due = this.nextDue(s);
    if (due === undefined || due > at) return due;
    if (s.deleteAt !== undefined) {
      this.#destroy(s);
    } else if (s.failAt !== undefined) {
      s.status = 'ERROR';
      s.updated = due;
      s.fault = { code: 500, message: s.failMessage ?? NO_VALID_HOST, created: due };
      if (s.portId) this.world.neutron.deletePort(s.portId);
      s.portId = null;
      s.hostId = null;
      this.world.log.info({ server: s.id, name: s.name }, `server ${s.name} is ERROR: ${s.fault.message}`);
    } else {
      s.status = 'ACTIVE';
      s.updated = due;
      s.launchedAt = due;
      if (s.portId) this.world.neutron.setPortStatus(s.portId, 'ACTIVE');
      this.world.live?.activated(s, due);
      this.world.log.info({ server: s.id, name: s.name }, `server ${s.name} is ACTIVE`);
    }
    this.world.changed();
    return this.nextDue(s);
  }

  /**
   * The machine under an ACTIVE server went down (a crash, a power loss): Nova's power-state sync shows it SHUTOFF,
   * and everything running on it, SSH sessions included, ends with its live node.
   */
  crash(s: Server, now: number): void {
    s.status = 'SHUTOFF';
    s.updated = now;
    this.world.live?.ended(s.id);
    this.world.log.info({ server: s.id, name: s.name }, `server ${s.name} went down: SHUTOFF`);
    this.world.changed();
  }

  /** DELETE: the server shows task_state "deleting" for a few seconds, then is gone. */
  remove(s: Server, now: number): void {
    if (s.deleteAt !== undefined) return;
    s.deleteAt = now + DELETE_MS;
    this.world.live?.ended(s.id);
    s.updated = now;
    this.world.scheduler.wake(`server:${s.id}`, s.deleteAt);
  }

  /** Blazar ended (or deleted) a reservation: its servers are deleted. */
  reservationEnded(reservationId: string, now: number): void {
    for (const s of this.servers.values())
      if (s.reservationId === reservationId && s.hostId) this.remove(s, now);
  }

  #destroy(s: Server): void {
    this.world.live?.ended(s.id);
    if (s.portId) this.world.neutron.deletePort(s.portId);
    this.servers.delete(s.id);
    this.world.log.info({ server: s.id, name: s.name }, `server ${s.name} deleted`);
  }

  keypairKey = (userId: string, name: string): string => `${userId}\u0000${name}`;

  addKeypair(k: Omit<Keypair, 'id'>): Keypair {
    const keypair = { ...k, id: this.#keypairSeq++ };
    this.keypairs.set(this.keypairKey(k.userId, k.name), keypair);
    return keypair;
  }

  snapshot(): { servers: Server[]; keypairs: Keypair[] } {
    return { servers: [...this.servers.values()], keypairs: [...this.keypairs.values()] };
  }

  restore(doc: { servers: Server[]; keypairs: Keypair[] }): void {
    for (const s of doc.servers) {
      this.servers.set(s.id, s);
      this.world.scheduler.wake(`server:${s.id}`, this.nextDue(s));
    }
    for (const k of doc.keypairs) {
      this.keypairs.set(this.keypairKey(k.userId, k.name), k);
      this.#keypairSeq = Math.max(this.#keypairSeq, k.id + 1);
    }
  }
}
