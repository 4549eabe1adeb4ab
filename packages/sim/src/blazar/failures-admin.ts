// The admin routes that break and mend hosts: POST /_sim/hosts/{host}/failure marks a host failed (by Blazar id,
// node name or node uid), DELETE puts it back in the pool. Both answer the host's id, name and state.
import { json, ReplyError, type Route } from '../http.js';
import type { World } from '../world.js';
import { failHost, findHost, isFailed, recoverHost } from './failures.js';

function hostOr404(world: World, ref: string) {
  const host = findHost(world, ref);
  if (!host) {
    throw new ReplyError({
      status: 404,
      body: { error: { code: 404, message: `no host with Blazar id, node name or uid "${ref}"` } },
    });
  }
  return host;
}

const describe = (world: World, ref: string) => {
  const host = hostOr404(world, ref);
  return { id: host.id, node_name: host.node.node_name, uid: host.uid, failed: isFailed(host) };
};

export const hostAdminRoutes: Route[] = [
  {
    method: 'POST',
    path: '/_sim/hosts/{host}/failure',
    service: 'admin',
    handler: (req, world) => {
      failHost(world, hostOr404(world, req.params.host!), req.now);
      return json(200, describe(world, req.params.host!));
    },
  },
  {
    method: 'DELETE',
    path: '/_sim/hosts/{host}/failure',
    service: 'admin',
    handler: (req, world) => {
      recoverHost(world, hostOr404(world, req.params.host!));
      return json(200, describe(world, req.params.host!));
    },
  },
];
