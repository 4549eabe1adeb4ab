// Glance v2: the version document at /image (300), GET /image/v2/images with filters, sorting and limit/marker
// paging (25 by default, a top-level "next" link), and GET /image/v2/images/{id}, a bare image object.
import { apiDate } from '../dates.js';
import { stableUuid } from '../ids.js';
import { json, ReplyError, type Reply, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { buildImages, type Image } from './catalogue.js';

export class GlanceState {
  readonly images: Image[];
  readonly byId = new Map<string, Image>();

  /** `scope`: the region of a site other than CHI@UC, whose Glance gives the same images ids of its own. */
  constructor(projectId: string, scope?: string) {
    const images = buildImages(projectId);
    this.images = scope ? images.map((i) => ({ ...i, id: stableUuid(`${scope}:${i.id}`) })) : images;
    for (const i of this.images) this.byId.set(i.id, i);
  }
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  501: 'Not Implemented',
};

export const glanceError = (status: number, message: string): Reply => {
  const title = `${status} ${REASONS[status] ?? 'Error'}`;
  return {
    status,
    contentType: 'text/html; charset=UTF-8',
    body: `<html>\n <head>\n  <title>${title}</title>\n </head>\n <body>\n  <h1>${title}</h1>\n  ${message}<br /><br />\n\n\n\n </body>\n</html>`,
  };
};

const fail = (status: number, message: string) => new ReplyError(glanceError(status, message));

function render(i: Image): Record<string, unknown> {
  const hash = i.id.replace(/-/g, '');
  return {
    id: i.id,
    name: i.name,
    status: i.status,
    visibility: i.visibility,
    protected: false,
    os_hidden: i.os_hidden,
    owner: i.owner,
    tags: i.tags,
    container_format: 'bare',
    disk_format: 'qcow2',
    size: i.size,
    virtual_size: null,
    min_disk: 0,
    min_ram: 0,
    checksum: hash,
    os_hash_algo: 'sha512',
    os_hash_value: hash.repeat(4),
    created_at: apiDate(i.created),
    updated_at: apiDate(i.created),
    self: `/v2/images/${i.id}`,
    file: `/v2/images/${i.id}/file`,
    schema: '/v2/schemas/image',
    ...i.properties,
  };
}

const RESERVED = new Set([
  'limit',
  'marker',
  'sort',
  'sort_key',
  'sort_dir',
  'visibility',
  'member_status',
  'os_hidden',
  'tag',
  'size_min',
  'size_max',
  'name',
  'id',
  'owner',
  'status',
  'protected',
  'container_format',
  'disk_format',
  'created_at',
  'updated_at',
]);

function visible(i: Image, req: SimRequest): boolean {
  const project = req.auth!.projectId;
  if (i.visibility === 'private') return i.owner === project;
  return true;
}

/** name=X or name=in:"a","b" (also in:a,b). */
function nameMatcher(value: string): (name: string) => boolean {
  if (!value.startsWith('in:')) return (n) => n === value;
  const names = [...value.slice(3).matchAll(/"((?:[^"\\]|\\.)*)"|([^,]+)/g)].map((m) => m[1] ?? m[2]!.trim());
  return (n) => names.includes(n);
}

function sorter(req: SimRequest): (a: Record<string, unknown>, b: Record<string, unknown>) => number {
  const q = req.query;
  let keys: Array<[string, 'asc' | 'desc']>;
  if (q.get('sort')) {
    keys = q
      .get('sort')!
      .split(',')
      .map((part) => {
        const [k, d] = part.trim().split(':');
        return [k!, d === 'asc' ? 'asc' : 'desc'];
      });
  } else {
    const ks = q.getAll('sort_key');
    const ds = q.getAll('sort_dir');
    keys = (ks.length ? ks : ['created_at']).map((k, i) => [
      k,
      (ds[i] ?? ds[0] ?? 'desc') === 'asc' ? 'asc' : 'desc',
    ]);
  }
  if (!keys.some(([k]) => k === 'id')) keys.push(['id', keys[0]?.[1] ?? 'desc']);
  return (a, b) => {
    for (const [k, d] of keys) {
      const x = a[k] as string | number | undefined;
      const y = b[k] as string | number | undefined;
      if (x === y) continue;
      const c = x === undefined ? -1 : y === undefined ? 1 : x < y ? -1 : 1;
      return d === 'asc' ? c : -c;
    }
    return 0;
  };
}

function list(req: SimRequest, world: World): Reply {
  const q = req.query;
  const visibility = q.get('visibility');
  if (visibility && !['public', 'private', 'shared', 'community', 'all'].includes(visibility)) {
    throw fail(400, `Invalid visibility value: ${visibility}`);
  }
  const hidden = q.get('os_hidden');
  const name = q.get('name');
  const matchName = name === null ? undefined : nameMatcher(name);
  const tags = q.getAll('tag');
  const num = (k: string) => (q.get(k) === null ? undefined : Number(q.get(k)));
  const sizeMin = num('size_min');
  const sizeMax = num('size_max');
  const props = [...new Set(q.keys())].filter((k) => !RESERVED.has(k));
  let items = world.glance.images
    .filter((i) => visible(i, req))
    .filter((i) =>
      visibility && visibility !== 'all'
        ? i.visibility === visibility
        : visibility === 'all' || i.visibility !== 'community',
    )
    .filter((i) => (hidden === null ? !i.os_hidden : String(i.os_hidden) === hidden.toLowerCase()))
    .filter((i) => !matchName || matchName(i.name))
    .filter((i) => tags.every((t) => i.tags.includes(t)))
    .filter((i) => sizeMin === undefined || i.size >= sizeMin)
    .filter((i) => sizeMax === undefined || i.size <= sizeMax)
    .map(render)
    .filter((r) =>
      ['id', 'owner', 'status', 'protected', 'container_format', 'disk_format'].every(
        (k) => q.get(k) === null || String(r[k]) === q.get(k),
      ),
    )
    .filter((r) => props.every((k) => q.getAll(k).includes(String(r[k]))))
    .sort(sorter(req));
  const marker = q.get('marker');
  if (marker !== null) {
    const at = items.findIndex((r) => r.id === marker);
    if (at < 0) throw fail(400, `marker not found: ${marker}`);
    items = items.slice(at + 1);
  }
  const limitText = q.get('limit');
  const limit = limitText === null ? 25 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 0) throw fail(400, 'limit param must be positive');
  const page = items.slice(0, Math.min(limit, 1000));
  const rest = stripMarker(q);
  const out: Record<string, unknown> = {
    images: page,
    first: rest ? `/v2/images?${rest}` : '/v2/images',
    schema: '/v2/schemas/images',
  };
  if (items.length > page.length && page.length > 0) {
    const next = new URLSearchParams(q);
    next.set('marker', String(page[page.length - 1]!.id));
    if (limitText === null) next.set('limit', String(limit));
    out.next = `/v2/images?${next}`;
  }
  return json(200, out);
}

function stripMarker(q: URLSearchParams): string {
  const c = new URLSearchParams(q);
  c.delete('marker');
  return c.toString();
}

const versions = (base: string) => ({
  versions: [
    '2.16',
    '2.15',
    '2.14',
    '2.13',
    '2.12',
    '2.11',
    '2.10',
    '2.9',
    '2.8',
    '2.7',
    '2.6',
    '2.5',
    '2.4',
    '2.3',
    '2.2',
    '2.1',
    '2.0',
  ].map((v, i) => ({
    id: `v${v}`,
    status: i === 0 ? 'CURRENT' : 'SUPPORTED',
    links: [{ rel: 'self', href: `${base}/image/v2/` }],
  })),
});

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/image',
    service: 'image',
    handler: (_req, world) => json(300, versions(world.base)),
  },
  {
    method: 'GET',
    path: '/image/versions',
    service: 'image',
    handler: (_req, world) => json(200, versions(world.base)),
  },
  { method: 'GET', path: '/image/v2/images', service: 'image', auth: true, handler: list },
  {
    method: 'GET',
    path: '/image/v2/images/{image_id}',
    service: 'image',
    auth: true,
    handler: (req, world) => {
      const image = world.glance.byId.get(req.params.image_id!);
      if (!image || !visible(image, req)) throw fail(404, `No image found with ID ${req.params.image_id}`);
      return json(200, render(image));
    },
  },
];
