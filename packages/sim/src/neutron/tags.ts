// Tags on Neutron resources (standard-attr-tag): list, check, add one, replace all, remove one or all. python-chi
// tags floating IPs; Blazar's reserved addresses carry reservation:<id>.
import { empty, isObject, json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { neutronFail } from './errors.js';
import { policyRefusal, visibleNetwork } from './networks.js';
import { ownPort } from './ports.js';
import { owns } from './resource.js';
import { visibleSubnet } from './subnets.js';

interface Tagged {
  tags?: string[];
  projectId: string;
  updated: number;
  revision: number;
}

/** Each taggable collection: its singular name (for messages) and how a caller finds one of its resources. */
const COLLECTIONS: Record<
  string,
  { singular: string; find: (req: SimRequest, world: World, id: string) => Tagged }
> = {
  floatingips: {
    singular: 'floatingip',
    find: (req, world, id) => {
      const f = world.neutron.floatingIps.get(id);
      if (!f || !owns(req, f))
        throw neutronFail(404, 'FloatingIPNotFound', `Floating IP ${id} could not be found`);
      return f;
    },
  },
  networks: { singular: 'network', find: visibleNetwork },
  subnets: { singular: 'subnet', find: visibleSubnet },
  ports: { singular: 'port', find: ownPort },
  routers: {
    singular: 'router',
    find: (req, world, id) => {
      const r = world.neutron.routers.get(id);
      if (!r || !owns(req, r)) throw neutronFail(404, 'RouterNotFound', `Router ${id} could not be found.`);
      return r;
    },
  },
  'security-groups': {
    singular: 'security_group',
    find: (req, world, id) => {
      const g = world.neutron.securityGroups.get(id);
      if (!g || !owns(req, g))
        throw neutronFail(404, 'SecurityGroupNotFound', `Security group ${id} does not exist`);
      return g;
    },
  },
};

function validTag(tag: unknown): string {
  if (typeof tag !== 'string' || tag === '' || tag.length > 255 || tag.includes(','))
    throw neutronFail(
      400,
      'InvalidInput',
      `Invalid input for operation: '${String(tag)}' is not a valid tag.`,
    );
  return tag;
}

/** The resource named in the path, for reading (visible) or changing (owned). */
function target(req: SimRequest, world: World, collection: string, change: boolean): Tagged {
  const { singular, find } = COLLECTIONS[collection]!;
  const r = find(req, world, req.params.resource_id!);
  if (change && !owns(req, r)) throw policyRefusal(`update_${singular}:tags`);
  return r;
}

function changed(req: SimRequest, world: World, r: Tagged, tags: string[]): void {
  r.tags = tags;
  r.updated = req.now;
  r.revision += 1;
  world.changed();
}

function tagRoutes(collection: string): Route[] {
  const base = `/network/v2.0/${collection}/{resource_id}/tags`;
  const singular = COLLECTIONS[collection]!.singular;
  const notFound = (req: SimRequest) =>
    neutronFail(
      404,
      'TagNotFound',
      `Tag ${req.params.tag} could not be found for ${singular} ${req.params.resource_id}.`,
    );
  const route = (method: string, path: string, handler: Route['handler']): Route => ({
    method,
    path,
    service: 'network',
    auth: true,
    handler,
  });
  return [
    route('GET', base, (req, world) => json(200, { tags: target(req, world, collection, false).tags ?? [] })),
    route('GET', `${base}/{tag}`, (req, world) => {
      if (!(target(req, world, collection, false).tags ?? []).includes(req.params.tag!)) throw notFound(req);
      return empty(204);
    }),
    route('PUT', base, (req, world) => {
      const r = target(req, world, collection, true);
      let doc: unknown;
      try {
        doc = JSON.parse(req.body);
      } catch {
        throw neutronFail(400, 'BadRequest', 'Malformed request body');
      }
      if (!isObject(doc) || !Array.isArray(doc.tags))
        throw neutronFail(400, 'BadRequest', 'Invalid input for operation: expected {"tags": [...]}.');
      const tags = [...new Set(doc.tags.map(validTag))];
      changed(req, world, r, tags);
      return json(200, { tags });
    }),
    route('PUT', `${base}/{tag}`, (req, world) => {
      const r = target(req, world, collection, true);
      const tag = validTag(req.params.tag);
      const tags = r.tags ?? [];
      if (!tags.includes(tag)) changed(req, world, r, [...tags, tag]);
      return empty(201);
    }),
    route('DELETE', base, (req, world) => {
      changed(req, world, target(req, world, collection, true), []);
      return empty(204);
    }),
    route('DELETE', `${base}/{tag}`, (req, world) => {
      const r = target(req, world, collection, true);
      const tags = r.tags ?? [];
      if (!tags.includes(req.params.tag!)) throw notFound(req);
      changed(
        req,
        world,
        r,
        tags.filter((t) => t !== req.params.tag),
      );
      return empty(204);
    }),
  ];
}

export const routes: Route[] = Object.keys(COLLECTIONS).flatMap(tagRoutes);
