// The Chameleon bare-metal sites the simulator can serve, and each one's seed. CHI@UC is the real snapshot (seed.ts);
// the other sites' nodes are their real reference-API records (data/<site>-nodes.json, served as they are), but
// their Blazar host ids and reservation calendars are not public, so they are synthesised here: deterministic from
// the site id, so that every start (and every test) sees the same hosts and the same calendar.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { UsageError } from '@envboot/core';
import { blazarDate } from './dates.js';
import { stableHex, stableUuid } from './ids.js';
import { DEFAULT_IDENTITY, type SimIdentity } from './keystone/identity.js';
import { seededRng, type Rng } from './rng.js';
import {
  buildSeed,
  dataDir,
  loadSeed,
  sitesDocument,
  UC_REFERENCE_TIME,
  type RefNode,
  type Seed,
  type SeedDocument,
} from './seed.js';

/** Site id → region name, in the order `all` serves them. */
export const SIM_SITES: Readonly<Record<string, string>> = Object.freeze({
  uc: 'CHI@UC',
  tacc: 'CHI@TACC',
  nu: 'CHI@NU',
  ncar: 'CHI@NCAR',
  nrp: 'CHI@NRP',
  kvm: 'KVM@TACC',
  edge: 'CHI@Edge',
});

export const DEFAULT_SITES: readonly string[] = ['uc'];

/** "uc,tacc" or ["uc", "tacc"] or "all" → the site ids, checked, without repeats, in the order given. */
export function parseSites(spec: string | readonly string[] | undefined): string[] {
  if (spec === undefined) return [...DEFAULT_SITES];
  const words = (typeof spec === 'string' ? spec.split(',') : spec).map((s) => s.trim().toLowerCase());
  const ids: string[] = [];
  for (const w of words) {
    const expanded = w === 'all' ? Object.keys(SIM_SITES) : [w];
    for (const id of expanded) {
      if (!(id in SIM_SITES)) {
        throw new UsageError(
          `sites: "${w}" is not a simulated site; known: ${Object.keys(SIM_SITES).join(', ')}, or all`,
          { field: 'sites' },
        );
      }
      if (!ids.includes(id)) ids.push(id);
    }
  }
  if (ids.length === 0) throw new UsageError('sites: name at least one site', { field: 'sites' });
  return ids;
}

/**
 * Who the demo user is at a site: the same user, password and project name everywhere, but (as on Chameleon, where
 * each site has its own Keystone) a project id and application credential id of the site's own. CHI@UC keeps the
 * identity it always had.
 */
export function siteIdentity(id: string): SimIdentity {
  if (id === 'uc') return { ...DEFAULT_IDENTITY };
  return {
    ...DEFAULT_IDENTITY,
    region: SIM_SITES[id]!,
    projectId: stableHex(`project:${id}:${DEFAULT_IDENTITY.projectName}`),
    appCredId: stableHex(`application-credential:${id}`),
  };
}

/** The seed of a site: CHI@UC's is `ucSeed` (uc, small or a seed file); the others are synthesised. */
export function siteSeed(id: string, ucSeed: string): Seed {
  if (id === 'kvm' || id === 'edge') return emptySeed(id);
  return id === 'uc' ? loadSeed(ucSeed) : synthesisedSeed(id);
}

/**
 * KVM@TACC and CHI@Edge have no bare-metal nodes and no public calendar: their capacity is KVM's hypervisors
 * (kvm/catalogue.ts) and Edge's devices (edge/devices.ts).
 */
function emptySeed(id: string): Seed {
  const hit = cache.get(id);
  if (hit) return hit;
  const seed = buildSeed(
    { name: id, site: id, reference_time: UC_REFERENCE_TIME, nodes: [], hosts: {}, allocations: [] },
    id,
    sitesDocument(dataDir()),
  );
  cache.set(id, seed);
  return seed;
}

const cache = new Map<string, Seed>();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A site's real nodes with synthesised Blazar host ids and calendar (made once per process). */
export function synthesisedSeed(id: string): Seed {
  const hit = cache.get(id);
  if (hit) return hit;
  const seed = synthesiseSeed(id);
  cache.set(id, seed);
  return seed;
}

/** Builds a site's seed from its inventory; the same site id always gives the same seed. */
export function synthesiseSeed(id: string): Seed {
  const dir = dataDir();
  const nodes = (JSON.parse(readFileSync(join(dir, `${id}-nodes.json`), 'utf8')) as { items: RefNode[] })
    .items;
  const rng = seededRng(parseInt(stableHex(`calendar:${id}`).slice(0, 8), 16));
  const hosts = hostIds(nodes, rng);
  const doc: SeedDocument = {
    name: id,
    site: id,
    reference_time: UC_REFERENCE_TIME,
    nodes,
    hosts,
    allocations: calendar(id, nodes, hosts, rng, Date.parse(UC_REFERENCE_TIME)),
  };
  return buildSeed(doc, id, sitesDocument(dir));
}

/** Numeric Blazar ids in node-name order, from a small start, with the gaps hosts removed over the years leave. */
function hostIds(nodes: RefNode[], rng: Rng): Record<string, string> {
  const byName = [...nodes].sort(
    (a, b) => a.node_name.localeCompare(b.node_name, 'en', { numeric: true }) || a.uid.localeCompare(b.uid),
  );
  const hosts: Record<string, string> = {};
  let next = 1 + Math.floor(rng() * 20);
  for (const n of byName) {
    hosts[String(next)] = n.uid;
    next += rng() < 0.1 ? 2 + Math.floor(rng() * 4) : 1;
  }
  return hosts;
}

/**
 * A plausible calendar around the reference time: leases of one to four hosts of a node type; about a third of the
 * hosts busy now (some of them booked again later), a quarter busy only later, the rest (and one host of every
 * node type) free. Like Blazar's
 * allocations, it holds only reservations that end after the reference time. Dates are on whole minutes.
 */
function calendar(
  site: string,
  nodes: RefNode[],
  hosts: Record<string, string>,
  rng: Rng,
  ref: number,
): NonNullable<SeedDocument['allocations']> {
  const idOf = new Map(Object.entries(hosts).map(([hostId, uid]) => [uid, hostId]));
  const byType = new Map<string, string[]>();
  for (const n of nodes) byType.set(n.node_type, [...(byType.get(n.node_type) ?? []), idOf.get(n.uid)!]);
  const booked = new Map<
    string,
    Array<{ id: string; lease_id: string; start_date: string; end_date: string }>
  >();
  let leases = 0;
  const book = (group: string[], start: number, end: number) => {
    const n = leases++;
    const r = { id: stableUuid(`${site}:reservation:${n}`), lease_id: stableUuid(`${site}:lease:${n}`) };
    const minute = (ms: number) => Math.round(ms / 60_000) * 60_000;
    for (const h of group) {
      booked.set(h, [
        ...(booked.get(h) ?? []),
        { ...r, start_date: blazarDate(minute(start)), end_date: blazarDate(minute(end)) },
      ]);
    }
  };
  const between = (lo: number, hi: number) => lo + rng() * (hi - lo);
  for (const [, ids] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
    // The first host of each type stays free, so that every node type can be booked now.
    for (let i = 1; i < ids.length;) {
      const size = Math.min(ids.length - i, 1 + Math.floor(rng() * Math.min(4, Math.ceil(ids.length / 3))));
      const group = ids.slice(i, i + size);
      i += size;
      const pick = rng();
      if (pick < 0.35) {
        const end = ref + between(2 * HOUR, 5 * DAY);
        book(group, ref - between(HOUR, 3 * DAY), end);
        if (rng() < 0.3) book(group, end + between(HOUR, DAY), end + between(2 * DAY, 6 * DAY));
      } else if (pick < 0.6) {
        const start = ref + between(6 * HOUR, 4 * DAY);
        book(group, start, start + between(DAY, 4 * DAY));
      }
    }
  }
  return [...booked].map(([resource_id, reservations]) => ({ resource_id, reservations }));
}
