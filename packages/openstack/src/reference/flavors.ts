// Reference API flavors (KVM@TACC): each flavor and how many instances of it can be reserved over a window.
// Chameleon announces flavors under /sites/{site}/flavors for KVM without documenting their shape; envboot reads
// the simulator's (docs/simulator.md) and takes a site without the route (404) as "not known", never as none.
import { hasStatus } from '../cloud-error.js';
import { num, str } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- public types
export interface FlavorAvailability {
  id: string;
  name: string;
  vcpus: number | null;
  ram_mb: number | null;
  disk_gb: number | null;
  /** GPUs one instance gets (0: none). */
  gpus: number;
  /** Instances that can be reserved over the window asked about. */
  available: number | null;
}

// ---- parsers
function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

export function parseFlavorAvailability(raw: unknown): FlavorAvailability {
  const w = obj(raw);
  return {
    id: str(w.uid) ?? str(w.id) ?? '',
    name: str(w.name) ?? '',
    vcpus: num(w.vcpus),
    ram_mb: num(w.ram),
    disk_gb: num(w.disk),
    gpus: num(w.gpus) ?? 0,
    available: num(obj(w.availability).available),
  };
}

// ---- operations
/** The site's flavors and their availability over [start, end); null when the site serves no such list. */
export async function availability(
  c: ServiceClient,
  site: string,
  window: { start: Date; end: Date },
): Promise<FlavorAvailability[] | null> {
  try {
    const body = await c.request<{ items?: unknown[] }>({
      op: 'reference.flavors.availability',
      method: 'GET',
      path: `sites/${encodeURIComponent(site)}/flavors`,
      query: { start: window.start.toISOString(), end: window.end.toISOString() },
    });
    return (Array.isArray(body?.items) ? body.items : []).map(parseFlavorAvailability);
  } catch (err) {
    if (hasStatus(err, 404)) return null;
    throw err;
  }
}
