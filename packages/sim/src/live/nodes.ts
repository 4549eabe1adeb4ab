// Live nodes (startSim's liveNodes option): each server that becomes ACTIVE gets a LiveNode on its own loopback
// address (127.77.x.y). Its SSH port opens NODE_BOOT_MS of virtual time after ACTIVE, as a bare-metal machine
// answers only once it has booted; deleting the server (or the lease's end) and closing the simulator end it.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from '../nova/state.js';
import type { World } from '../world.js';
import { bootLines } from './console.js';
import { recordHostKey } from './hostkey.js';
import { LiveNode } from './node.js';
import type { Gpu } from './shims.js';

/** Virtual time from ACTIVE until the node's SSH server answers. */
export const NODE_BOOT_MS = 2 * 60_000;

/** Where a live node's SSH server is reached (the server record's `envboot:ssh`). */
export interface NodeEndpoint {
  host: string;
  port: number;
  user: 'cc';
  state: 'booting' | 'up';
}

interface Entry {
  node: LiveNode;
  bootAt: number;
  prepared: Promise<void>;
}

/** Loopback addresses are shared by every site (and simulator) of this process: each node gets its own. */
let addressSeq = 1;
function nextAddress(): number {
  addressSeq = (addressSeq % 65_533) + 1;
  return addressSeq + 1;
}

export class LiveNodes {
  readonly #world: World;
  readonly #dir: string;
  readonly #nodes = new Map<string, Entry>();

  constructor(world: World, dir = join(tmpdir(), 'envboot-sim-nodes')) {
    this.#world = world;
    this.#dir = dir;
    world.scheduler.register('node', (id, at) => this.#step(id, at));
  }

  /** Server `s` became ACTIVE at virtual time `at`: its machine starts booting. */
  activated(s: Server, at: number): void {
    if (this.#nodes.has(s.id)) return;
    const nova = this.#world.nova;
    const keypair = s.keyName ? nova.keypairs.get(nova.keypairKey(s.userId, s.keyName)) : undefined;
    const n = nextAddress();
    const node = new LiveNode({
      serverId: s.id,
      name: s.name,
      root: join(this.#dir, s.id),
      address: `127.77.${(n >> 8) & 255}.${n & 255}`,
      publicKey: keypair?.publicKey,
      userData: s.userData,
      gpu: this.#gpu(s),
      launchedAt: at,
      log: this.#world.log,
    });
    const prepared = node.prepare();
    const entry: Entry = { node, bootAt: at + NODE_BOOT_MS, prepared };
    this.#nodes.set(s.id, entry);
    prepared.then(
      () =>
        this.#world.log.info(
          { server: s.id, host: node.address, port: node.port },
          `live node for ${s.name} booting`,
        ),
      (err: unknown) => this.#failed(s.id, err),
    );
    this.#world.scheduler.wake(`node:${s.id}`, entry.bootAt);
  }

  /** Servers already ACTIVE when the simulator starts (restored by --persist) boot their nodes now. */
  adoptActive(now: number): void {
    for (const s of this.#world.nova.servers.values())
      if (s.status === 'ACTIVE' && s.deleteAt === undefined) this.activated(s, now);
  }

  /** The server is being deleted: its machine goes away with everything running on it. */
  ended(serverId: string): void {
    const entry = this.#nodes.get(serverId);
    if (!entry) return;
    this.#nodes.delete(serverId);
    entry.node.end();
    this.#world.log.info({ server: serverId }, 'live node ended');
  }

  close(): void {
    for (const id of [...this.#nodes.keys()]) this.ended(id);
  }

  endpoint(serverId: string): NodeEndpoint | undefined {
    const node = this.#nodes.get(serverId)?.node;
    if (!node || node.port === undefined || node.state === 'ended') return undefined;
    return { host: node.address, port: node.port, user: 'cc', state: node.state };
  }

  /** What the server's console shows: the live node's log, or a record's plausible boot log. */
  consoleText(s: Server): string {
    const node = this.#nodes.get(s.id)?.node;
    return node ? node.consoleText() : recordConsole(s);
  }

  /** The admin state's view: each node, its address and the floating IP it stands behind. */
  describe(): Array<Record<string, unknown>> {
    const { nova, neutron } = this.#world;
    return [...this.#nodes.entries()].map(([id, { node }]) => {
      const portId = nova.servers.get(id)?.portId;
      const fip = [...neutron.floatingIps.values()].find((f) => portId && f.portId === portId);
      return {
        server_id: id,
        floating_ip: fip?.address ?? null,
        host: node.address,
        port: node.port ?? null,
        state: node.state,
        home: node.home,
        isolation: node.isolation,
        up_at: node.upAt === null ? null : new Date(node.upAt).toISOString(),
        first_login_at: node.firstLoginAt === null ? null : new Date(node.firstLoginAt).toISOString(),
      };
    });
  }

  #step(id: string, at: number): number | undefined {
    const entry = this.#nodes.get(id);
    if (!entry) return undefined;
    if (at < entry.bootAt) return entry.bootAt;
    entry.prepared
      .then(() => entry.node.boot(entry.bootAt))
      .then(
        () => this.#world.log.info({ server: id, port: entry.node.port }, 'live node answers SSH'),
        (err: unknown) => this.#failed(id, err),
      );
    return undefined;
  }

  #failed(id: string, err: unknown): void {
    this.#world.log.error({ err, server: id }, 'the live node could not start; it is ended');
    this.ended(id);
  }

  #gpu(s: Server): Gpu | undefined {
    const host = s.hostId ? this.#world.blazar.hosts.get(s.hostId) : undefined;
    const gpu = host?.node.gpu as { gpu?: boolean; gpu_model?: string; gpu_count?: number } | undefined;
    if (!gpu?.gpu || !gpu.gpu_model) return undefined;
    return { model: gpu.gpu_model, count: gpu.gpu_count ?? 1 };
  }
}

/** The console of a server without a live node: boot lines up to the login prompt, from its record. */
export function recordConsole(s: Server): string {
  if (s.launchedAt === undefined) return '';
  return bootLines({ name: s.name, at: s.launchedAt, publicKey: recordHostKey(s.id) }).join('\n') + '\n';
}
