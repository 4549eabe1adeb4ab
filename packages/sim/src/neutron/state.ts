// Networks (sharednet1 for servers, public for floating IPs), their subnets and router, ports (one per server on
// sharednet1) and floating IPs from two pools: ad hoc (POST /floatingips; its size is a fault setting) and the
// addresses Blazar reserves (virtual:floatingip), which appear in the project, tagged reservation:<id>, only
// while their lease is ACTIVE.
import { createHash } from 'node:crypto';
import { stableHex, stableUuid, uuid } from '../ids.js';
import type { World } from '../world.js';

export const ADHOC_POOL_SIZE = 100;

export interface Network {
  id: string;
  name: string;
  external: boolean;
  shared: boolean;
  subnetId: string;
  projectId: string;
}

export interface Subnet {
  id: string;
  name: string;
  networkId: string;
  cidr: string;
  gateway: string;
  /** First and last assignable address (last octets within the /22 or /24). */
  pool: [string, string];
}

export interface Port {
  id: string;
  networkId: string;
  deviceId: string;
  projectId: string;
  mac: string;
  ip: string;
  status: 'DOWN' | 'ACTIVE';
  created: number;
  updated: number;
  revision: number;
}

export interface FloatingIp {
  id: string;
  address: string;
  networkId: string;
  projectId: string;
  portId: string | null;
  description: string;
  tags: string[];
  /** Set for addresses Blazar reserved. */
  reservationId?: string;
  created: number;
  updated: number;
  revision: number;
}

const ipToInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const intToIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
const range = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => intToIp(ipToInt(from) + i));

export class NeutronState {
  readonly adminProject = stableHex('project:admin');
  readonly networks = new Map<string, Network>();
  readonly subnets = new Map<string, Subnet>();
  readonly routerId = stableUuid('router:sharednet1');
  readonly ports = new Map<string, Port>();
  readonly floatingIps = new Map<string, FloatingIp>();
  readonly sharedNetworkId: string;
  readonly publicNetworkId: string;
  /** Addresses Blazar may reserve (separate from the ad-hoc pool). */
  readonly reservablePool = range('192.5.87.150', 100);
  readonly #adhocPool = range('192.5.87.10', ADHOC_POOL_SIZE);
  readonly #fixedPool: string[];

  constructor(private readonly world: World) {
    const add = (name: string, external: boolean, cidr: string, gateway: string, pool: [string, string]) => {
      const net: Network = {
        id: stableUuid(`network:${name}`),
        name,
        external,
        shared: !external,
        subnetId: stableUuid(`subnet:${name}`),
        projectId: this.adminProject,
      };
      this.networks.set(net.id, net);
      this.subnets.set(net.subnetId, {
        id: net.subnetId,
        name: `${name}-subnet`,
        networkId: net.id,
        cidr,
        gateway,
        pool,
      });
      return net.id;
    };
    this.sharedNetworkId = add('sharednet1', false, '10.140.80.0/22', '10.140.80.1', [
      '10.140.80.10',
      '10.140.83.250',
    ]);
    this.publicNetworkId = add('public', true, '192.5.87.0/24', '192.5.87.1', [
      '192.5.87.10',
      '192.5.87.249',
    ]);
    const [first, last] = this.subnets.get(this.networks.get(this.sharedNetworkId)!.subnetId)!.pool;
    this.#fixedPool = range(first, ipToInt(last) - ipToInt(first) + 1);
  }

  /** The ad-hoc pool in force (the fip-pool fault shrinks it). */
  get adhocPool(): string[] {
    const size = this.world.faults.floatingIpPool;
    return size === undefined ? this.#adhocPool : this.#adhocPool.slice(0, size);
  }

  createPort(networkId: string, deviceId: string, projectId: string, now: number): Port {
    const used = new Set([...this.ports.values()].map((p) => p.ip));
    const ip = this.#fixedPool.find((a) => !used.has(a));
    if (!ip) throw new Error('sharednet1 has no free address');
    const id = uuid();
    const mac = `fa:16:3e:${createHash('md5').update(id).digest('hex').slice(0, 6).match(/../g)!.join(':')}`;
    const port: Port = {
      id,
      networkId,
      deviceId,
      projectId,
      mac,
      ip,
      status: 'DOWN',
      created: now,
      updated: now,
      revision: 1,
    };
    this.ports.set(id, port);
    return port;
  }

  setPortStatus(id: string, status: Port['status']): void {
    const p = this.ports.get(id);
    if (p) Object.assign(p, { status, revision: p.revision + 1 });
  }

  /** A port goes with its server; its floating IPs stay, unattached. */
  deletePort(id: string): void {
    this.ports.delete(id);
    for (const f of this.floatingIps.values())
      if (f.portId === id) Object.assign(f, { portId: null, revision: f.revision + 1 });
  }

  /** The lowest free ad-hoc address, if any. */
  freeAdhocAddress(): string | undefined {
    const used = new Set([...this.floatingIps.values()].map((f) => f.address));
    return this.adhocPool.find((a) => !used.has(a));
  }

  createFloatingIp(values: Omit<FloatingIp, 'id' | 'revision'>): FloatingIp {
    const fip: FloatingIp = { id: uuid(), revision: 1, ...values };
    this.floatingIps.set(fip.id, fip);
    return fip;
  }

  createReservedFloatingIps(
    projectId: string,
    reservationId: string,
    addresses: string[],
    now: number,
  ): void {
    for (const address of addresses) {
      this.createFloatingIp({
        address,
        networkId: this.publicNetworkId,
        projectId,
        portId: null,
        description: `Reserved by Blazar for reservation ${reservationId}`,
        tags: ['blazar', `reservation:${reservationId}`],
        reservationId,
        created: now,
        updated: now,
      });
    }
  }

  deleteReservedFloatingIps(reservationId: string): void {
    for (const [id, f] of this.floatingIps)
      if (f.reservationId === reservationId) this.floatingIps.delete(id);
  }

  /** Nova's addresses of a server: its fixed IP and any floating IP, under the network's name. */
  addressesOf(portId: string | null): Record<string, unknown[]> {
    const port = portId ? this.ports.get(portId) : undefined;
    if (!port) return {};
    const entry = (addr: string, type: 'fixed' | 'floating') => ({
      version: 4,
      addr,
      'OS-EXT-IPS:type': type,
      'OS-EXT-IPS-MAC:mac_addr': port.mac,
    });
    const fips = [...this.floatingIps.values()]
      .filter((f) => f.portId === port.id)
      .map((f) => entry(f.address, 'floating'));
    return { [this.networks.get(port.networkId)?.name ?? 'network']: [entry(port.ip, 'fixed'), ...fips] };
  }

  snapshot(): { ports: Port[]; floatingIps: FloatingIp[] } {
    return { ports: [...this.ports.values()], floatingIps: [...this.floatingIps.values()] };
  }

  restore(doc: { ports: Port[]; floatingIps: FloatingIp[] }): void {
    for (const p of doc.ports) this.ports.set(p.id, p);
    for (const f of doc.floatingIps) this.floatingIps.set(f.id, f);
  }
}
