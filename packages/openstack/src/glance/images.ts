// Glance images, every page followed (Glance returns 25 per page unless asked otherwise). Names are not unique.
import { NotFoundError } from '@envboot/core';
import { collect, paginate } from '../paginate.js';
import { bool, isoDate, num, str } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'v2/images',
  one: (id: string) => `v2/images/${encodeURIComponent(id)}`,
};

// ---- wire types
type WireImage = Record<string, unknown>;

// ---- public types
export interface Image {
  id: string;
  name: string;
  status: string;
  visibility: string | null;
  protected: boolean;
  os_hidden: boolean;
  owner: string | null;
  tags: string[];
  container_format: string | null;
  disk_format: string | null;
  size: number | null;
  min_disk: number | null;
  min_ram: number | null;
  created_at: string | null;
  updated_at: string | null;
  /** Every other property, as Glance stores them (Chameleon's build-repo, os_distro, …). */
  properties: Record<string, string>;
}

export interface ImageFilter {
  name?: string;
  visibility?: 'public' | 'private' | 'shared' | 'community' | 'all';
  status?: string;
  owner?: string;
  /** All of these tags. */
  tags?: string[];
  /** Custom properties, e.g. {"build-repo": "https://github.com/ChameleonCloud/cc-images"}. */
  properties?: Record<string, string>;
  /** Page size (Glance's default is 25). */
  pageSize?: number;
  sort?: string;
}

// ---- parsers
const FIELDS = new Set([
  'id',
  'name',
  'status',
  'visibility',
  'protected',
  'os_hidden',
  'owner',
  'tags',
  'container_format',
  'disk_format',
  'size',
  'virtual_size',
  'min_disk',
  'min_ram',
  'checksum',
  'os_hash_algo',
  'os_hash_value',
  'created_at',
  'updated_at',
  'self',
  'file',
  'schema',
  'locations',
  'direct_url',
]);

export function parseImage(w: WireImage): Image {
  const properties: Record<string, string> = {};
  for (const [k, v] of Object.entries(w)) {
    if (FIELDS.has(k) || v === null || v === undefined) continue;
    properties[k] = typeof v === 'string' ? v : JSON.stringify(v);
  }
  return {
    id: str(w.id) ?? '',
    name: str(w.name) ?? '',
    status: str(w.status) ?? 'unknown',
    visibility: str(w.visibility),
    protected: bool(w.protected) ?? false,
    os_hidden: bool(w.os_hidden) ?? false,
    owner: str(w.owner),
    tags: Array.isArray(w.tags) ? w.tags.map(String) : [],
    container_format: str(w.container_format),
    disk_format: str(w.disk_format),
    size: num(w.size),
    min_disk: num(w.min_disk),
    min_ram: num(w.min_ram),
    created_at: isoDate(w.created_at),
    updated_at: isoDate(w.updated_at),
    properties,
  };
}

/** Glance's next page: a path relative to the service root ("/v2/images?marker=…"). */
export function nextPage(body: Record<string, unknown>): string | null {
  return typeof body.next === 'string' && body.next ? body.next : null;
}

/** Images asked for per page unless the caller says otherwise. */
export const DEFAULT_PAGE_SIZE = 200;

// ---- operations
export function iterate(c: ServiceClient, filter: ImageFilter = {}): AsyncGenerator<Image> {
  return paginate(
    c,
    {
      op: 'glance.images.list',
      method: 'GET',
      path: path.all(),
      query: {
        name: filter.name,
        visibility: filter.visibility,
        status: filter.status,
        owner: filter.owner,
        tag: filter.tags,
        // Glance pages at 25 by default; a site's whole catalogue (~100 images at Chameleon) fits in one page of
        // this size, which saves a sequential round trip per page (Glance caps limit at api_limit_max, 1000).
        limit: filter.pageSize ?? DEFAULT_PAGE_SIZE,
        sort: filter.sort,
        ...filter.properties,
      },
    },
    { itemsKey: 'images', nextPage, item: (raw) => parseImage(raw as WireImage) },
  );
}

/** Every image the filter matches, across all pages. */
export async function list(c: ServiceClient, filter: ImageFilter = {}): Promise<Image[]> {
  return collect(iterate(c, filter));
}

/** Glance returns a single image unwrapped. */
export async function get(c: ServiceClient, id: string): Promise<Image> {
  return parseImage(
    (await c.request<WireImage>({ op: 'glance.images.get', method: 'GET', path: path.one(id) })) ?? {},
  );
}

/** The newest active image with this exact name (names repeat when images are rebuilt). */
export async function findByName(c: ServiceClient, name: string): Promise<Image> {
  const found = (await list(c, { name })).filter((i) => i.name === name && i.status === 'active');
  if (found.length === 0) throw new NotFoundError(`no active image named "${name}"`, { field: 'image' });
  return found.sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? ''))[0]!;
}
