// Blazar's host properties: the names a resource_properties filter may use, and with `detail` their values.
import { bool, list as listOf, str } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = { all: () => 'os-hosts/properties' };

// ---- wire types
interface WireProperty {
  property?: string;
  private?: boolean | string;
  values?: unknown[];
  is_unique?: boolean | string;
}

// ---- public types
export interface ResourceProperty {
  property: string;
  /** Only with `detail`: */
  private: boolean | null;
  values: string[] | null;
  is_unique: boolean | null;
}

// ---- parsers
export function parseProperty(w: WireProperty): ResourceProperty {
  return {
    property: str(w.property) ?? '',
    private: w.private === undefined ? null : bool(w.private),
    values: Array.isArray(w.values) ? w.values.map((v) => str(v) ?? JSON.stringify(v)) : null,
    is_unique: w.is_unique === undefined ? null : bool(w.is_unique),
  };
}

// ---- operations
export async function list(
  c: ServiceClient,
  options: { detail?: boolean; all?: boolean } = {},
): Promise<ResourceProperty[]> {
  // Blazar turns the flag on for any non-empty value, so "off" means leaving it out.
  const body = await c.request({
    op: 'blazar.properties.list',
    method: 'GET',
    path: path.all(),
    query: { detail: options.detail ? '1' : undefined, all: options.all ? '1' : undefined },
  });
  return listOf<WireProperty>(body, 'resource_properties').map(parseProperty);
}
