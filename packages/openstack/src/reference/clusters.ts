// Reference API clusters: every bare-metal site has one, "chameleon".
import { str } from '../parse.js';
import type { ServiceClient } from '../service.js';
import { all } from './collection.js';

// ---- urls
const path = {
  all: (site: string) => `sites/${encodeURIComponent(site)}/clusters`,
  one: (site: string, cluster: string) =>
    `sites/${encodeURIComponent(site)}/clusters/${encodeURIComponent(cluster)}`,
};

// ---- wire types
type WireCluster = Record<string, unknown>;

// ---- public types
export interface Cluster {
  uid: string;
  name: string | null;
  created_at: string | null;
}

export const DEFAULT_CLUSTER = 'chameleon';

// ---- parsers
export function parseCluster(w: WireCluster): Cluster {
  return { uid: str(w.uid) ?? '', name: str(w.name) ?? str(w.uid), created_at: str(w.created_at) };
}

// ---- operations
export function list(c: ServiceClient, site: string): Promise<Cluster[]> {
  return all(c, 'reference.clusters.list', path.all(site), (raw) => parseCluster(raw as WireCluster));
}

export async function get(c: ServiceClient, site: string, cluster = DEFAULT_CLUSTER): Promise<Cluster> {
  return parseCluster(
    (await c.request<WireCluster>({
      op: 'reference.clusters.get',
      method: 'GET',
      path: path.one(site, cluster),
    })) ?? {},
  );
}
