// Nova's image proxy (deprecated, gone after microversion 2.35): GET /images, /images/detail and /images/{id},
// the Glance images in Nova's shape. Older tools still find images through it.
import { apiDate } from '../dates.js';
import { json, type Route, type SimRequest } from '../http.js';
import type { Image } from '../glance/catalogue.js';
import type { World } from '../world.js';
import { novaFail } from './errors.js';
import { mv } from './versions.js';

/** The last microversion that has the proxy. */
const LAST_PROXY_VERSION = mv('2.35');

/** Glance's status as Nova names it. */
const STATUS: Partial<Record<Image['status'], string>> = { active: 'ACTIVE' };

function links(world: World, id: string) {
  return [
    { rel: 'self', href: `${world.base}/compute/v2.1/images/${id}` },
    { rel: 'bookmark', href: `${world.base}/compute/images/${id}` },
    { rel: 'alternate', type: 'application/vnd.openstack.image', href: `${world.base}/image/images/${id}` },
  ];
}

function detail(world: World, i: Image): Record<string, unknown> {
  return {
    id: i.id,
    name: i.name,
    status: STATUS[i.status] ?? 'UNKNOWN',
    progress: i.status === 'active' ? 100 : 0,
    minDisk: 0,
    minRam: 0,
    created: apiDate(i.created),
    updated: apiDate(i.created),
    metadata: i.properties,
    'OS-EXT-IMG-SIZE:size': i.size,
    links: links(world, i.id),
  };
}

/** The proxy is gone after 2.35: those requests see the 404 of an unknown route. */
function requireProxy(req: SimRequest): void {
  if ((req.microversion ?? mv('2.1')) > LAST_PROXY_VERSION)
    throw novaFail(404, 'The resource could not be found.');
}

const visibleTo = (req: SimRequest, i: Image) =>
  i.visibility !== 'private' || i.owner === req.auth!.projectId;

/** Glance's default listing (no hidden or community images), filtered by name and status, one limit/marker page. */
function listed(req: SimRequest, world: World): { images: Image[]; next?: string } {
  requireProxy(req);
  const q = req.query;
  const name = q.get('name');
  const status = q.get('status')?.toUpperCase();
  let images = world.glance.images
    .filter((i) => visibleTo(req, i) && !i.os_hidden && i.visibility !== 'community')
    .filter((i) => name === null || i.name === name)
    .filter((i) => !status || (STATUS[i.status] ?? 'UNKNOWN') === status)
    .sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
  const marker = q.get('marker');
  if (marker !== null) {
    const at = images.findIndex((i) => i.id === marker);
    if (at < 0) throw novaFail(400, `marker [${marker}] not found`);
    images = images.slice(at + 1);
  }
  const limit = q.get('limit');
  if (limit === null) return { images };
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 0)
    throw novaFail(400, `Invalid input for query parameters limit. Value: ${limit}.`);
  if (images.length <= n) return { images };
  const page = images.slice(0, n);
  const params = new URLSearchParams(q);
  params.set('marker', page[page.length - 1]?.id ?? '');
  return { images: page, next: `${world.base}${req.path}?${params}` };
}

const pageLinks = (next: string | undefined) => (next ? { images_links: [{ rel: 'next', href: next }] } : {});

/** Image changes through the proxy: real Nova forwards them to Glance; the simulator's images are fixed. */
const notSimulated = (method: string, path: string): Route => ({
  method,
  path,
  service: 'compute',
  auth: true,
  handler: (req) => {
    requireProxy(req);
    throw novaFail(
      501,
      `${method} ${path} exists in Nova but is not simulated by envboot sim (its images are fixed).`,
    );
  },
});

export const routes: Route[] = [
  notSimulated('DELETE', '/compute/v2.1/images/{image_id}'),
  notSimulated('GET', '/compute/v2.1/images/{image_id}/metadata'),
  notSimulated('POST', '/compute/v2.1/images/{image_id}/metadata'),
  notSimulated('PUT', '/compute/v2.1/images/{image_id}/metadata'),
  notSimulated('GET', '/compute/v2.1/images/{image_id}/metadata/{key}'),
  notSimulated('PUT', '/compute/v2.1/images/{image_id}/metadata/{key}'),
  notSimulated('DELETE', '/compute/v2.1/images/{image_id}/metadata/{key}'),
  {
    method: 'GET',
    path: '/compute/v2.1/images',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const page = listed(req, world);
      return json(200, {
        images: page.images.map((i) => ({ id: i.id, name: i.name, links: links(world, i.id) })),
        ...pageLinks(page.next),
      });
    },
  },
  {
    method: 'GET',
    path: '/compute/v2.1/images/detail',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const page = listed(req, world);
      return json(200, { images: page.images.map((i) => detail(world, i)), ...pageLinks(page.next) });
    },
  },
  {
    method: 'GET',
    path: '/compute/v2.1/images/{image_id}',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      requireProxy(req);
      const image = world.glance.byId.get(req.params.image_id!);
      if (!image || !visibleTo(req, image)) throw novaFail(404, 'Image not found.');
      return json(200, { image: detail(world, image) });
    },
  },
];
