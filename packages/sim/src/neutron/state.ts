// Networks (sharednet1 for servers, public for floating IPs, and those projects make), their subnets and routers,
// ports (one per server on sharednet1, and those made through the API), security groups and their rules, and
// floating IPs from two pools: ad hoc (POST /floatingips; its size is a fault setting) and the
// addresses Blazar reserves (virtual:floatingip), which appear in the project, tagged reservation:<id>, only
// while their lease is ACTIVE.
import { createHash } from 'node:crypto';
import { stableHex, stableUuid, uuid } from '../ids.js';
import type { World } from '../world.js';

export const ADHOC_POOL_SIZE = 100;

/** When the site's own networks were made. */
const SEEDED = Date.UTC(2023, 5, 1);

/** What every Neutron resource carries besides its own fields (the standard attributes). */
export interface Standard {
  id: string;
  projectId: string;
  description: string;
  tags: string[];
  created: number;
  updated: number;
  revision: number;
}

export interface Network extends Standard {
  name: string;
  external: boolean;
  shared: boolean;
  subnetIds: string[];
}

export interface Subnet extends Standard {
  name: string;
  networkId: string;
  cidr: string;
  gateway: string | null;
  /** First and last assignable address. */
  pool: [string, string];
}

export interface Router extends Standard {
  name: string;
  /** The external network of its gateway, if it has one. */
  gatewayNetworkId: string | null;
}

export interface SecurityGroupRule {
  id: string;
  groupId: string;
  projectId: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  portMin: number | null;
  portMax: number | null;
  remoteIpPrefix: string | null;
  remoteGroupId: string | null;
  description: string;
  created: number;
}

export interface SecurityGroup extends Standard {
  name: string;
  stateful: boolean;
}

export interface Port {
  id: string;
  networkId: string;
  /** Set on ports made through the API: their name, tags, subnet and owner (a router's interface). */
  name?: string;
  tags?: string[];
  subnetId?: string;
  deviceOwner?: string;
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

export const ipToInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
export const intToIp = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
const range = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => intToIp(ipToInt(from) + i));

/** OpenStack's fa:16:3e prefix, the rest derived from the port's id. */
const macOf = (id: string) =>
  `fa:16:3e:${createHash('md5').update(id).digest('hex').slice(0, 6).match(/../g)!.join(':')}`;

export class NeutronState {
  readonly adminProject = stableHex('project:admin');
  readonly networks = new Map<string, Network>();
  readonly subnets = new Map<string, Subnet>();
  readonly routerId: string;
  readonly ports = new Map<string, Port>();
  readonly floatingIps = new Map<string, FloatingIp>();
  /** Routers and security groups users make (the site's own router is not shown to them). */
  readonly routers = new Map<string, Router>();
  readonly securityGroups = new Map<string, SecurityGroup>();
  readonly securityGroupRules = new Map<string, SecurityGroupRule>();
  readonly sharedNetworkId: string;
  readonly publicNetworkId: string;
  /** Addresses Blazar may reserve (separate from the ad-hoc pool). */
  readonly reservablePool = range('192.5.87.150', 100);
  readonly #adhocPool = range('192.5.87.10', ADHOC_POOL_SIZE);
  readonly #fixedPool: string[];

  constructor(private readonly world: World) {
    // Each site has a Neutron of its own: its networks' ids are its own (CHI@UC's are as they always were).
    const scope = world.region === 'CHI@UC' ? '' : `${world.region}:`;
    this.routerId = stableUuid(`${scope}router:sharednet1`);
    const add = (name: string, external: boolean, cidr: string, gateway: string, pool: [string, string]) => {
      const standard = {
        projectId: this.adminProject,
        description: '',
        tags: [],
        created: SEEDED,
        updated: SEEDED,
      };
      const subnetId = stableUuid(`${scope}subnet:${name}`);
      const net: Network = {
        ...standard,
        id: stableUuid(`${scope}network:${name}`),
        name,
        external,
        shared: !external,
        subnetIds: [subnetId],
        revision: 1,
      };
      this.networks.set(net.id, net);
      this.subnets.set(subnetId, {
        ...standard,
        id: subnetId,
        name: `${name}-subnet`,
        networkId: net.id,
        cidr,
        gateway,
        pool,
        revision: 0,
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
    const [first, last] = this.subnets.get(this.networks.get(this.sharedNetworkId)!.subnetIds[0]!)!.pool;
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
    const mac = macOf(id);
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

  /** The lowest free address of a subnet's pool (addresses of its ports and its gateway are taken). */
  freeAddress(subnet: Subnet): string | undefined {
    const used = new Set(
      [...this.ports.values()].filter((p) => this.subnetOf(p) === subnet.id).map((p) => p.ip),
    );
    if (subnet.gateway) used.add(subnet.gateway);
    const last = ipToInt(subnet.pool[1]);
    for (let n = ipToInt(subnet.pool[0]); n <= last; n++) if (!used.has(intToIp(n))) return intToIp(n);
    return undefined;
  }

  /** The subnet a port's address comes from (Nova's ports: their network's first). */
  subnetOf(p: Port): string | undefined {
    return p.subnetId ?? this.networks.get(p.networkId)?.subnetIds[0];
  }

  /** A port made through the API (a user's, or a router's interface) on one subnet of its network. */
  addPort(values: {
    networkId: string;
    subnet: Subnet | undefined;
    ip: string;
    projectId: string;
    name: string;
    deviceId: string;
    deviceOwner: string;
    now: number;
  }): Port {
    const id = uuid();
    const port: Port = {
      id,
      networkId: values.networkId,
      name: values.name,
      tags: [],
      subnetId: values.subnet?.id,
      deviceOwner: values.deviceOwner,
      deviceId: values.deviceId,
      projectId: values.projectId,
      mac: macOf(id),
      ip: values.ip,
      status: values.deviceOwner ? 'ACTIVE' : 'DOWN',
      created: values.now,
      updated: values.now,
      revision: 1,
    };
    this.ports.set(id, port);
    return port;
  }

  /** Every project has a security group named default, made the first time the project asks for its groups. */
  defaultSecurityGroup(projectId: string, now: number): SecurityGroup {
    for (const g of this.securityGroups.values())
      if (g.projectId === projectId && g.name === 'default') return g;
    const group: SecurityGroup = {
      id: uuid(),
      name: 'default',
      description: 'Default security group',
      projectId,
      stateful: true,
      tags: [],
      created: now,
      updated: now,
      revision: 1,
    };
    this.securityGroups.set(group.id, group);
    // Neutron's defaults: all egress, and ingress only from members of the same group.
    for (const ethertype of ['IPv4', 'IPv6'] as const) {
      for (const direction of ['egress', 'ingress'] as const) {
        this.addRule({
          groupId: group.id,
          projectId,
          direction,
          ethertype,
          protocol: null,
          portMin: null,
          portMax: null,
          remoteIpPrefix: null,
          remoteGroupId: direction === 'ingress' ? group.id : null,
          description: '',
          created: now,
        });
      }
    }
    return group;
  }

  addRule(values: Omit<SecurityGroupRule, 'id'>): SecurityGroupRule {
    const rule: SecurityGroupRule = { id: uuid(), ...values };
    this.securityGroupRules.set(rule.id, rule);
    return rule;
  }

  rulesOf(groupId: string): SecurityGroupRule[] {
    return [...this.securityGroupRules.values()].filter((r) => r.groupId === groupId);
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

  /** Everything users made or changed; the site's own networks are kept too, so that a change to them survives. */
  snapshot(): NeutronSnapshot {
    return {
      ports: [...this.ports.values()],
      floatingIps: [...this.floatingIps.values()],
      networks: [...this.networks.values()],
      subnets: [...this.subnets.values()],
      routers: [...this.routers.values()],
      securityGroups: [...this.securityGroups.values()],
      securityGroupRules: [...this.securityGroupRules.values()],
    };
  }

  /** A snapshot back in place (the topology is missing from files written before it was kept). */
  restore(doc: Pick<NeutronSnapshot, 'ports' | 'floatingIps'> & Partial<NeutronSnapshot>): void {
    for (const p of doc.ports) this.ports.set(p.id, p);
    for (const f of doc.floatingIps) this.floatingIps.set(f.id, f);
    for (const n of doc.networks ?? []) this.networks.set(n.id, n);
    for (const s of doc.subnets ?? []) this.subnets.set(s.id, s);
    for (const r of doc.routers ?? []) this.routers.set(r.id, r);
    for (const g of doc.securityGroups ?? []) this.securityGroups.set(g.id, g);
    for (const r of doc.securityGroupRules ?? []) this.securityGroupRules.set(r.id, r);
  }
}

export interface NeutronSnapshot {
  ports: Port[];
  floatingIps: FloatingIp[];
  networks: Network[];
  subnets: Subnet[];
  routers: Router[];
  securityGroups: SecurityGroup[];
  securityGroupRules: SecurityGroupRule[];
}
