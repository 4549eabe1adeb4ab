// The reference API (resource discovery): sites, clusters and nodes as Chameleon's API serves them, without a
// token; collections carry total/offset/items/version/links, and a .json suffix works on every route.
import { json, ReplyError, type Reply, type Route, type SimRequest } from '../http.js';
import type { Seed } from '../seed.js';
import type { World } from '../world.js';

export const referenceError = (status: number, message: string): Reply => ({
  status,
  body: { code: status, message },
});
export const referenceFail = (status: number, message: string) =>
  new ReplyError(referenceError(status, message));

const COLLECTION = 'application/vnd.grid5000.collection+json';
const ITEM = 'application/vnd.grid5000.item+json';

export function collection(req: SimRequest, items: unknown[], version: string, self: string, parent: string) {
  const offset = Number(req.query.get('offset') ?? 0);
  const limit = Math.min(Number(req.query.get('limit') ?? 500), 500);
  if (!Number.isInteger(offset) || offset < 0 || !Number.isInteger(limit) || limit < 0) {
    throw referenceFail(400, 'offset and limit must be whole numbers ≥ 0');
  }
  return {
    total: items.length,
    offset,
    items: items.slice(offset, offset + limit),
    version,
    links: [
      { rel: 'self', type: COLLECTION, href: self },
      { rel: 'parent', type: ITEM, href: parent },
    ],
  };
}

export function site(world: World, uid: string): Record<string, unknown> {
  const found = world.seed.sites.items.find((s) => s.uid === uid);
  if (!found) throw referenceFail(404, `Site ${uid} does not exist`);
  return found;
}

/** The seed of a served site, whose cluster and nodes the reference API shows. */
export function servedSeed(world: World, siteUid: string): Seed | undefined {
  return world.served.get(siteUid);
}

export function cluster(world: World, siteUid: string, uid: string): Record<string, unknown> {
  site(world, siteUid);
  const seed = servedSeed(world, siteUid);
  if (!seed || uid !== 'chameleon') throw referenceFail(404, `Cluster ${siteUid}/${uid} does not exist`);
  const base = `/sites/${siteUid}/clusters/${uid}`;
  return {
    uid,
    type: 'cluster',
    version: seed.version,
    created_at: 'Tue, 02 Jun 2015 00:00:00 GMT',
    links: [
      { rel: 'nodes', type: COLLECTION, href: `${base}/nodes` },
      { rel: 'self', type: ITEM, href: base },
      { rel: 'parent', type: ITEM, href: `/sites/${siteUid}` },
      { rel: 'version', type: ITEM, href: `${base}/versions/${seed.version}` },
      { rel: 'versions', type: COLLECTION, href: `${base}/versions` },
    ],
  };
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reference',
    service: 'reference',
    handler: (_req, world) =>
      json(200, {
        type: 'grid',
        uid: 'chameleoncloud',
        version: world.seed.version,
        links: [
          { rel: 'sites', type: COLLECTION, href: '/sites' },
          { rel: 'self', type: ITEM, href: '/' },
        ],
      }),
  },
  {
    method: 'GET',
    path: '/reference/sites',
    service: 'reference',
    handler: (req, world) =>
      json(200, collection(req, world.seed.sites.items, world.seed.sites.version, '/sites', '/')),
  },
  {
    method: 'GET',
    path: '/reference/sites/{site}',
    service: 'reference',
    handler: (req, world) => json(200, site(world, req.params.site!)),
  },
  {
    method: 'GET',
    path: '/reference/sites/{site}/clusters',
    service: 'reference',
    handler: (req, world) => {
      const uid = req.params.site!;
      site(world, uid);
      const seed = servedSeed(world, uid);
      const items = seed ? [cluster(world, uid, 'chameleon')] : [];
      const version = seed?.version ?? world.seed.version;
      return json(200, collection(req, items, version, `/sites/${uid}/clusters`, `/sites/${uid}`));
    },
  },
  {
    method: 'GET',
    path: '/reference/sites/{site}/clusters/{cluster}',
    service: 'reference',
    handler: (req, world) => json(200, cluster(world, req.params.site!, req.params.cluster!)),
  },
];
