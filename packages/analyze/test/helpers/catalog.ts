// The CHI@UC catalog built from the real snapshot in test/fixtures/catalog, as the loader would build it.
import { readFileSync } from 'node:fs';
import { blazar, glance, reference } from '@envboot/openstack';
import { buildCatalog, type Catalog } from '../../src/plan/catalog.js';

const dir = new URL('../fixtures/catalog/', import.meta.url);
const json = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

/** A moment inside the snapshot's calendar, so some hosts are busy and some are free. */
export const SNAPSHOT_NOW = Date.parse('2025-10-30T12:00:00Z');

export function ucRaw() {
  const nodes = (json('uc-nodes.json').items as Record<string, unknown>[]).map(reference.nodes.parseNode);
  const byUid = new Map(nodes.map((n) => [n.uid, n]));
  const map = json('uc-blazar-host-map.json') as Record<string, string>;
  const hosts = Object.entries(map).map(([id, uid]) =>
    blazar.hosts.parseHost({
      id,
      hypervisor_hostname: uid,
      node_name: byUid.get(uid)?.node_name,
      node_type: byUid.get(uid)?.node_type,
      reservable: true,
    }),
  );
  const allocations = (json('uc-allocations.json') as Record<string, unknown>[]).map((a) =>
    blazar.allocations.parseAllocation(a),
  );
  const images = (json('uc-images.json').images as Record<string, unknown>[]).map(glance.images.parseImage);
  return { hosts, nodes, allocations, images };
}

export function ucCatalog(now = SNAPSHOT_NOW): Catalog {
  return buildCatalog(ucRaw(), 'uc', now, 7 * 24 * 60);
}
