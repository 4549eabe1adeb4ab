// A site where one node type is scarce, and what the simulator holds, resource by resource, to tell which run got
// which hosts and what a run left behind.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sim } from '@envboot/sim';
import { REPO_ROOT } from '@envboot/testkit';

interface SeedNode {
  uid: string;
  node_name: string;
  node_type: string;
  links?: Array<{ href: string }>;
  [key: string]: unknown;
}

interface SeedFile {
  reference_time: string;
  nodes: SeedNode[];
  hosts: Record<string, string>;
  allocations: Array<{
    resource_id: string;
    reservations: Array<{ id: string; lease_id: string; start_date: string; end_date: string }>;
  }>;
}

export interface ScarceSite {
  /** The seed file, for `startSim({ seed })`. */
  seed: string;
  nodeType: string;
  /** Hosts of that type free now and for the next month. */
  free: string[];
  /** Hosts of that type another project has booked from a day ago until a month from now. */
  booked: string[];
}

const DAY = 86_400_000;
/** The seed's date format: 2025-10-30T17:00:00.000000. */
const seedDate = (ms: number) => new Date(ms).toISOString().replace('Z', '000');

/**
 * The small seed with exactly `free` hosts of `nodeType` free (copies of one of its nodes when it has fewer) and
 * `booked` more of that type taken by another project for longer than any lease of the test can last, so that a
 * request for the type can only be met by the free ones.
 */
export function scarceSite(dir: string, nodeType: string, free: number, booked = 1): ScarceSite {
  const small = JSON.parse(
    readFileSync(join(REPO_ROOT, 'packages/sim/data/small-seed.json'), 'utf8'),
  ) as SeedFile;
  const hostOf = new Map(Object.entries(small.hosts).map(([id, uid]) => [uid, id]));
  const ofType = small.nodes.filter((n) => n.node_type === nodeType);
  const model = ofType[0];
  if (!model) throw new Error(`the small seed has no ${nodeType} node`);
  const others = small.nodes.filter((n) => n.node_type !== nodeType);
  const nodes: SeedNode[] = [];
  const hosts: Record<string, string> = Object.fromEntries(
    Object.entries(small.hosts).filter(([, uid]) => others.some((n) => n.uid === uid)),
  );
  let nextId = Math.max(...Object.keys(small.hosts).map(Number)) + 1;
  for (let i = 0; i < free + booked; i++) {
    const existing = ofType[i];
    const uid = existing?.uid ?? `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const name = existing?.node_name ?? `${model.node_name}-${i + 1}`;
    const node: SeedNode = existing ?? {
      ...structuredClone(model),
      uid,
      node_name: name,
      links: model.links?.map((l) => ({ ...l, href: l.href.replaceAll(model.uid, uid) })),
    };
    nodes.push(node);
    hosts[existing ? hostOf.get(uid)! : String(nextId++)] = uid;
  }
  const idOf = new Map(Object.entries(hosts).map(([id, uid]) => [uid, id]));
  const freeIds = nodes.slice(0, free).map((n) => idOf.get(n.uid)!);
  const bookedIds = nodes.slice(free).map((n) => idOf.get(n.uid)!);
  const reference = Date.parse(small.reference_time);
  const allocations = [
    // The other types keep their calendar; the scarce type's hosts are free, but for the booked ones.
    ...small.allocations.filter((a) => !nodes.some((n) => idOf.get(n.uid) === a.resource_id)),
    ...freeIds.map((id) => ({ resource_id: id, reservations: [] })),
    ...bookedIds.map((id, i) => ({
      resource_id: id,
      reservations: [
        {
          id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
          lease_id: `00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
          start_date: seedDate(reference - DAY),
          end_date: seedDate(reference + 30 * DAY),
        },
      ],
    })),
  ];
  const seed = join(dir, `scarce-${nodeType}.json`);
  const doc: SeedFile & { name: string; site: string } = {
    name: `scarce-${nodeType}`,
    site: 'uc',
    reference_time: small.reference_time,
    nodes: [...others, ...nodes],
    hosts,
    allocations,
  };
  writeFileSync(seed, JSON.stringify(doc));
  return { seed, nodeType, free: freeIds, booked: bookedIds };
}

export interface SiteLease {
  id: string;
  name: string;
  status: string;
  /** Blazar host ids of its host reservations. */
  hosts: string[];
}
export interface SiteServer {
  id: string;
  name: string;
  status: string;
  deleting: boolean;
  /** The node name of the host it runs on. */
  host: string | null;
  reservation_id: string | null;
  key_name: string | null;
}
export interface SiteFloatingIp {
  id: string;
  address: string;
  server_id: string | null;
  reservation_id: string | null;
}

/** What the simulator holds of the users' making: leases (with their hosts), servers, floating IPs, key pairs. */
export interface Site {
  leases: SiteLease[];
  servers: SiteServer[];
  floatingIps: SiteFloatingIp[];
  keypairs: string[];
  /** Blazar host id → node name, for the hosts leases hold. */
  hostNames: Map<string, string>;
}

interface StateDocument {
  leases: Array<{
    id: string;
    name: string;
    status: string;
    reservations: Array<{ resource_type: string; hosts?: Array<{ id: string; node_name: string | null }> }>;
  }>;
  servers: SiteServer[];
  floating_ips: SiteFloatingIp[];
  keypairs: Array<{ name: string }>;
}

export function siteOf(sim: Sim): Site {
  const state = sim.state() as unknown as StateDocument;
  const hostNames = new Map<string, string>();
  const leases = state.leases.map((l) => {
    const hosts = l.reservations.flatMap((r) => r.hosts ?? []);
    for (const h of hosts) hostNames.set(h.id, h.node_name ?? h.id);
    return { id: l.id, name: l.name, status: l.status, hosts: hosts.map((h) => h.id) };
  });
  return {
    leases,
    servers: state.servers.filter((s) => !s.deleting),
    // Addresses a lease reserves come and go with the lease: only those allocated on their own are counted.
    floatingIps: state.floating_ips.filter((f) => !f.reservation_id),
    keypairs: state.keypairs.map((k) => k.name),
    hostNames,
  };
}

/** A new OpenSSH ed25519 public key line (what ~/.ssh/id_ed25519.pub holds), made without ssh-keygen. */
export function newPublicKey(comment: string): string {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  const field = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, b.length]), b]);
  const blob = Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}\n`;
}
