// Reference API sites: CHI@UC (uid "uc"), CHI@TACC, …
import { str, num } from '../parse.js';
import type { ServiceClient } from '../service.js';
import { all } from './collection.js';

// ---- urls
const path = {
  all: () => 'sites',
  one: (site: string) => `sites/${encodeURIComponent(site)}`,
};

// ---- wire types
type WireSite = Record<string, unknown>;

// ---- public types
export interface Site {
  uid: string;
  name: string;
  description: string | null;
  location: string | null;
  web: string | null;
  latitude: number | null;
  longitude: number | null;
}

// ---- parsers
export function parseSite(w: WireSite): Site {
  return {
    uid: str(w.uid) ?? '',
    name: str(w.name) ?? '',
    description: str(w.description),
    location: str(w.location),
    web: str(w.web),
    latitude: num(w.latitude),
    longitude: num(w.longitude),
  };
}

// ---- operations
export function list(c: ServiceClient): Promise<Site[]> {
  return all(c, 'reference.sites.list', path.all(), (raw) => parseSite(raw as WireSite));
}

export async function get(c: ServiceClient, site: string): Promise<Site> {
  return parseSite(
    (await c.request<WireSite>({ op: 'reference.sites.get', method: 'GET', path: path.one(site) })) ?? {},
  );
}
