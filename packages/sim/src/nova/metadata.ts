// Server metadata: the whole set (GET, POST merges, PUT replaces; {"metadata": {...}}) and one item (GET, PUT,
// DELETE; {"meta": {key: value}}), as `openstack server set --property` and python-chi's set_metadata_item send.
import { empty, isObject, json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { novaFail } from './errors.js';
import { findServer } from './servers.js';

/** Nova's default metadata_items quota. */
const MAX_ITEMS = 128;

function parse(req: SimRequest, wrapper: 'metadata' | 'meta'): Record<string, string> {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw novaFail(400, 'Malformed request body');
  }
  const items = isObject(doc) ? doc[wrapper] : undefined;
  if (!isObject(items))
    throw novaFail(400, `Invalid input for field/attribute ${wrapper}. '${wrapper}' is a required property`);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(items)) {
    if (key.length < 1 || key.length > 255)
      throw novaFail(
        400,
        `Invalid input for field/attribute ${wrapper}. Key '${key}' must be 1 to 255 characters.`,
      );
    if (typeof value !== 'string' || value.length > 255)
      throw novaFail(
        400,
        `Invalid input for field/attribute ${key}. Value: ${String(value)}. It must be a string of at most 255 characters.`,
      );
    out[key] = value;
  }
  return out;
}

function store(req: SimRequest, world: World, metadata: Record<string, string>): Record<string, string> {
  if (Object.keys(metadata).length > MAX_ITEMS)
    throw novaFail(
      403,
      `Quota exceeded for metadata_items: Requested ${Object.keys(metadata).length}, but already used 0 of ${MAX_ITEMS} metadata_items`,
    );
  const server = findServer(req, world);
  server.metadata = metadata;
  server.updated = req.now;
  world.changed();
  return metadata;
}

function item(req: SimRequest, world: World): [key: string, value: string] {
  const key = req.params.key!;
  const value = findServer(req, world).metadata[key];
  if (value === undefined) throw novaFail(404, 'Metadata item was not found');
  return [key, value];
}

const SET = '/compute/v2.1/servers/{server_id}/metadata';
const ITEM = '/compute/v2.1/servers/{server_id}/metadata/{key}';

export const routes: Route[] = [
  {
    method: 'GET',
    path: SET,
    service: 'compute',
    auth: true,
    handler: (req, world) => json(200, { metadata: findServer(req, world).metadata }),
  },
  {
    method: 'POST',
    path: SET,
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const added = parse(req, 'metadata');
      return json(200, { metadata: store(req, world, { ...findServer(req, world).metadata, ...added }) });
    },
  },
  {
    method: 'PUT',
    path: SET,
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      findServer(req, world);
      return json(200, { metadata: store(req, world, parse(req, 'metadata')) });
    },
  },
  {
    method: 'GET',
    path: ITEM,
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const [key, value] = item(req, world);
      return json(200, { meta: { [key]: value } });
    },
  },
  {
    method: 'PUT',
    path: ITEM,
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const current = findServer(req, world).metadata;
      const meta = parse(req, 'meta');
      const keys = Object.keys(meta);
      if (keys.length > 1) throw novaFail(400, 'Request body contains too many items');
      if (keys[0] !== req.params.key) throw novaFail(400, 'Request body and URI mismatch');
      store(req, world, { ...current, ...meta });
      return json(200, { meta });
    },
  },
  {
    method: 'DELETE',
    path: ITEM,
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const [key] = item(req, world);
      const { [key]: _removed, ...rest } = findServer(req, world).metadata;
      store(req, world, rest);
      return empty(204);
    },
  },
];
