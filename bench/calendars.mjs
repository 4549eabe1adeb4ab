// Reservation calendars for the capacity benchmark: the real CHI@UC snapshot the simulator ships, and synthetic ones
// grown from it with the same statistics, as simulator seed documents (packages/sim/data/small-seed.json's shape),
// so the same calendar feeds both the pure search and a simulator.
//
// A synthetic calendar of F× the hosts and M× the reservations per host: host j copies real host j mod 132 (its
// node record, hence the mix of node types, under a new uid and name) and gets M× that host's number of reservations.
// They are laid one after another: the first starts at an offset from the reference time drawn from the real first
// starts, each lasts a duration drawn from the real durations, and the next begins after a gap drawn from the real
// gaps between consecutive reservations of one host. Draws come from a seeded generator: every machine builds the
// same calendars.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA = fileURLToPath(new URL('../packages/sim/data/', import.meta.url));
const UC_REFERENCE_TIME = '2025-10-30T19:00:00Z'; // packages/sim/src/seed.ts: when the snapshot was taken

const readJson = (name) => JSON.parse(readFileSync(`${DATA}${name}`, 'utf8'));

/** Blazar writes allocation dates without a zone; they are UTC. */
const parseDate = (s) => Date.parse(/Z$|[+-]\d\d:?\d\d$/.test(s) ? s : `${s}Z`);
const blazarDate = (ms) => new Date(ms).toISOString().replace('Z', '000');

/** The simulator's own seed, as one document. */
export function ucSeed() {
  return {
    name: 'uc',
    site: 'uc',
    reference_time: UC_REFERENCE_TIME,
    nodes: readJson('uc-nodes.json').items,
    hosts: readJson('uc-blazar-host-map.json'),
    allocations: readJson('uc-allocations.json'),
  };
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(rand) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** What the synthetic calendars copy: per-host counts, durations, first starts and gaps of the real one. */
export function calendarStatistics(seed) {
  const ref = Date.parse(seed.reference_time);
  const durations = [];
  const firstOffsets = [];
  const gaps = [];
  const counts = new Map();
  for (const { resource_id: id, reservations } of seed.allocations) {
    const spans = reservations
      .map((r) => ({ start: parseDate(r.start_date), end: parseDate(r.end_date) }))
      .sort((a, b) => a.start - b.start);
    counts.set(id, spans.length);
    spans.forEach((s, i) => {
      durations.push(s.end - s.start);
      if (i === 0) firstOffsets.push(s.start - ref);
      else gaps.push(Math.max(0, s.start - spans[i - 1].end));
    });
  }
  return { durations, firstOffsets, gaps, counts };
}

/** A seed document with `hostFactor`× the hosts and `reservationFactor`× the reservations per host. */
export function syntheticSeed(real, { hostFactor, reservationFactor, seed = 1 }) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const stats = calendarStatistics(real);
  const ref = Date.parse(real.reference_time);
  const byUid = new Map(real.nodes.map((n) => [n.uid, n]));
  const templates = Object.entries(real.hosts).map(([id, uid]) => ({ id, node: byUid.get(uid) }));
  const nodes = [];
  const hosts = {};
  const allocations = [];
  const total = templates.length * hostFactor;
  for (let j = 0; j < total; j++) {
    const template = templates[j % templates.length];
    const uid = uuidFrom(rand);
    const id = String(100_000 + j);
    nodes.push({ ...template.node, uid, node_name: `${template.node.node_name}-x${j}` });
    hosts[id] = uid;
    const count = (stats.counts.get(template.id) ?? 0) * reservationFactor;
    const reservations = [];
    let start = ref + pick(stats.firstOffsets);
    for (let k = 0; k < count; k++) {
      const end = start + pick(stats.durations);
      reservations.push({
        id: uuidFrom(rand),
        lease_id: uuidFrom(rand),
        start_date: blazarDate(start),
        end_date: blazarDate(end),
      });
      start = end + pick(stats.gaps);
    }
    allocations.push({ resource_id: id, reservations });
  }
  return {
    name: `uc×${hostFactor} hosts×${reservationFactor} reservations`,
    site: 'uc',
    reference_time: real.reference_time,
    nodes,
    hosts,
    allocations,
  };
}

/** The search's input, as capacity prepares it (@envboot/leases calendarHosts): one busy interval per reservation. */
export function calendarHosts(seed) {
  const busy = new Map(seed.allocations.map((a) => [a.resource_id, a.reservations]));
  const byUid = new Map(seed.nodes.map((n) => [n.uid, n]));
  return Object.entries(seed.hosts).map(([id, uid]) => {
    const node = byUid.get(uid);
    return {
      id,
      uuid: uid,
      hostname: node?.node_name ?? null,
      node_type: node?.node_type ?? null,
      capabilities: { node_type: node?.node_type },
      reservable: true,
      busy: (busy.get(id) ?? []).map((r) => ({ start: parseDate(r.start_date), end: parseDate(r.end_date) })),
    };
  });
}

export function reservationCount(seed) {
  return seed.allocations.reduce((n, a) => n + a.reservations.length, 0);
}
