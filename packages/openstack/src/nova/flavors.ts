// Nova flavors. Chameleon's bare-metal sites have one, "baremetal"; KVM@TACC names reserved flavors
// reservation:<reservation id>.
import { NotFoundError } from '@envboot/core';
import { bool, list as listOf, num, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  detail: () => 'flavors/detail',
  one: (id: string) => `flavors/${encodeURIComponent(id)}`,
};

// ---- wire types
interface WireFlavor {
  id?: string;
  name?: string;
  vcpus?: number | string;
  ram?: number | string;
  disk?: number | string;
  'OS-FLV-EXT-DATA:ephemeral'?: number | string;
  'os-flavor-access:is_public'?: boolean | string;
  extra_specs?: Record<string, unknown>;
  description?: string | null;
}

// ---- public types
export interface Flavor {
  id: string;
  name: string;
  vcpus: number | null;
  ram_mb: number | null;
  disk_gb: number | null;
  ephemeral_gb: number | null;
  is_public: boolean;
  extra_specs: Record<string, string>;
  description: string | null;
}

// ---- parsers
export function parseFlavor(w: WireFlavor): Flavor {
  return {
    id: str(w.id) ?? '',
    name: str(w.name) ?? '',
    vcpus: num(w.vcpus),
    ram_mb: num(w.ram),
    disk_gb: num(w.disk),
    ephemeral_gb: num(w['OS-FLV-EXT-DATA:ephemeral']),
    is_public: bool(w['os-flavor-access:is_public']) ?? true,
    extra_specs: Object.fromEntries(
      Object.entries(w.extra_specs ?? {}).map(([k, v]) => [k, str(v) ?? JSON.stringify(v)]),
    ),
    description: str(w.description),
  };
}

// ---- operations
export async function list(c: ServiceClient): Promise<Flavor[]> {
  const body = await c.request({ op: 'nova.flavors.list', method: 'GET', path: path.detail() });
  return listOf<WireFlavor>(body, 'flavors').map(parseFlavor);
}

export async function get(c: ServiceClient, id: string): Promise<Flavor> {
  const body = await c.request({ op: 'nova.flavors.get', method: 'GET', path: path.one(id) });
  return parseFlavor(unwrap<WireFlavor>(body, 'flavor', c.service));
}

/** The flavor with this exact name. */
export async function findByName(c: ServiceClient, name: string): Promise<Flavor> {
  const found = (await list(c)).filter((f) => f.name === name);
  if (found.length === 0) throw new NotFoundError(`no flavor named "${name}"`, { field: 'flavor' });
  return found[0]!;
}
