// Seed data: the site's nodes (reference API records), their Blazar host ids and the reservation calendar.
// 'uc' is the real CHI@UC snapshot in data/ (132 nodes); 'small' is data/small-seed.json (8 nodes); anything
// else is a path to a seed file of the same shape as small-seed.json. Parsed once per process.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, readInputFileSync } from '@envboot/core';
import { parseBlazarDate } from './dates.js';

/** A node as the reference API describes it (only the fields the simulator reads are typed). */
export interface RefNode {
  uid: string;
  node_name: string;
  node_type: string;
  architecture?: { platform_type?: string; smp_size?: number; smt_size?: number };
  main_memory?: { ram_size?: number };
  storage_devices?: Array<{ size?: number }>;
  [key: string]: unknown;
}

export interface SeedReservation {
  id: string;
  lease_id: string;
  start_date: string;
  end_date: string;
}

/** The file format of a seed (data/small-seed.json is an example). */
export interface SeedDocument {
  name?: string;
  /** Reference-API site uid the nodes belong to. */
  site?: string;
  /** The instant the calendar was recorded at; it is moved to the simulator's start time. */
  reference_time: string;
  nodes: RefNode[];
  /** Blazar host id → node uid. Ids that are not numeric get numeric ones (Chameleon's are). */
  hosts: Record<string, string>;
  allocations?: Array<{ resource_id: string; reservations: SeedReservation[] }>;
}

export interface SeedHost {
  id: string;
  node: RefNode;
}

export interface SeedBooking {
  hostId: string;
  reservationId: string;
  leaseId: string;
  /** Unshifted dates (ms). */
  start: number;
  end: number;
}

export interface Seed {
  name: string;
  site: string;
  referenceTime: number;
  hosts: SeedHost[];
  bookings: SeedBooking[];
  /** The reference API's /sites collection. */
  sites: { items: Array<Record<string, unknown>>; version: string; [key: string]: unknown };
  /** Version string of the node data (reference-repository commit). */
  version: string;
}

/** The reference time of the CHI@UC snapshot: allocations list only leases that end after "now", and the
 * earliest end in the snapshot is 2025-10-30 19:54 UTC. */
export const UC_REFERENCE_TIME = '2025-10-30T19:00:00Z';

const cache = new Map<string, Seed>();

/** Where data/ is: next to src/ or dist/, or (inside the envboot bundle) found through the package. */
export function dataDir(): string {
  const near = fileURLToPath(new URL('../data/', import.meta.url));
  if (existsSync(join(near, 'sites.json'))) return near;
  try {
    const pkg = createRequire(import.meta.url).resolve('@envboot/sim/package.json');
    return join(dirname(pkg), 'data');
  } catch {
    throw new Error(`the simulator's seed data was not found (looked in ${near})`);
  }
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const SEED_MAX_BYTES = 64 * 2 ** 20;

/** The reference API's /sites collection (data/sites.json). */
export const sitesDocument = (dir: string): Seed['sites'] =>
  readJson(join(dir, 'sites.json')) as Seed['sites'];

export function loadSeed(which: string = 'uc'): Seed {
  // A seed file is read again when it changed.
  const key =
    which === 'uc' || which === 'small' || !existsSync(which) ? which : `${which}@${statSync(which).mtimeMs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const dir = dataDir();
  const sites = sitesDocument(dir);
  let doc: SeedDocument;
  if (which === 'uc') {
    const nodes = readJson(join(dir, 'uc-nodes.json')) as { items: RefNode[] };
    doc = {
      name: 'uc',
      site: 'uc',
      reference_time: UC_REFERENCE_TIME,
      nodes: nodes.items,
      hosts: readJson(join(dir, 'uc-blazar-host-map.json')) as Record<string, string>,
      allocations: readJson(join(dir, 'uc-allocations.json')) as SeedDocument['allocations'],
    };
  } else {
    const file = which === 'small' ? join(dir, 'small-seed.json') : which;
    if (!existsSync(file)) {
      throw new UsageError(`seed "${which}" is neither uc, small nor a readable file`, { field: 'seed' });
    }
    // A seed file is a few hundred KB; a device that never ends (/dev/zero) must not be read until memory runs out.
    const text = readInputFileSync(file, { field: 'seed', maxBytes: SEED_MAX_BYTES }).toString('utf8');
    try {
      doc = JSON.parse(text) as SeedDocument;
    } catch (err) {
      throw new UsageError(`seed file ${file} is not JSON: ${(err as Error).message}`, { field: 'seed' });
    }
  }
  const seed = buildSeed(doc, which, sites);
  cache.set(key, seed);
  return seed;
}

export function buildSeed(doc: SeedDocument, which: string, sites: Seed['sites']): Seed {
  const fail = (message: string): never => {
    throw new UsageError(`seed ${which}: ${message}`, { field: 'seed' });
  };
  if (!doc || !Array.isArray(doc.nodes) || typeof doc.hosts !== 'object' || doc.hosts === null) {
    fail('needs "nodes" (reference-API node records), "hosts" (Blazar id → node uid) and "reference_time"');
  }
  const referenceTime = Date.parse(doc.reference_time);
  if (Number.isNaN(referenceTime)) fail(`reference_time "${doc.reference_time}" is not an ISO 8601 date`);
  const byUid = new Map(doc.nodes.map((n) => [n.uid, n]));
  for (const n of doc.nodes) {
    if (typeof n.uid !== 'string' || typeof n.node_type !== 'string')
      fail('every node needs a uid and a node_type');
  }
  // Chameleon's Blazar host ids are numeric-looking; give the others numbers after the largest one.
  const keys = Object.keys(doc.hosts);
  const numeric = keys.filter((k) => /^\d+$/.test(k));
  let next = Math.max(0, ...numeric.map(Number)) + 1;
  const renumber = new Map<string, string>();
  for (const k of keys.filter((k) => !/^\d+$/.test(k)).sort()) renumber.set(k, String(next++));
  const hostId = (k: string) => renumber.get(k) ?? k;
  const hosts: SeedHost[] = keys
    .map((k) => {
      const node = byUid.get(doc.hosts[k]!);
      if (!node) return fail(`host ${k} names node ${doc.hosts[k]}, which is not in "nodes"`);
      return { id: hostId(k), node };
    })
    .sort((a, b) => Number(a.id) - Number(b.id));
  const known = new Set(keys);
  const bookings: SeedBooking[] = [];
  for (const a of doc.allocations ?? []) {
    if (!known.has(a.resource_id)) fail(`allocation for unknown host ${a.resource_id}`);
    for (const r of a.reservations) {
      bookings.push({
        hostId: hostId(a.resource_id),
        reservationId: r.id,
        leaseId: r.lease_id,
        start: parseBlazarDate(r.start_date),
        end: parseBlazarDate(r.end_date),
      });
    }
  }
  const version = String((doc.nodes[0] as { version?: unknown } | undefined)?.version ?? sites.version);
  return { name: doc.name ?? which, site: doc.site ?? 'uc', referenceTime, hosts, bookings, sites, version };
}

/** The calendar shift: seed dates move by (start time floored to the minute) − reference time. */
export function seedShift(seed: Seed, startMs: number): number {
  return Math.floor(startMs / 60_000) * 60_000 - Math.floor(seed.referenceTime / 60_000) * 60_000;
}
