// Routing: where a request goes (its service and its route), and the answer when no route takes it: 405 with the
// methods that would do, or 404.
import type { IncomingMessage } from 'node:http';
import { serviceError } from '../errors.js';
import type { Reply } from '../http.js';
import { serviceOf, type Router } from '../router.js';
import type { Stats } from '../stats.js';
import type { World } from '../world.js';
import type { Call } from './types.js';

export function locate(req: IncomingMessage, world: World, router: Router): Call {
  const method = (req.method ?? 'GET').toUpperCase();
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const path = normalizePath(q < 0 ? url : url.slice(0, q));
  return {
    req,
    world,
    method,
    path,
    search: q < 0 ? '' : url.slice(q + 1),
    service: serviceOf(path),
    match: router.match(method, path),
  };
}

/** Counts the request by its route ("GET (no route)" without one). The admin API is not counted. */
export function count(stats: Stats, call: Call): void {
  if (call.service !== 'admin') stats.count(call.match ? call.match.key : `${call.method} (no route)`);
}

export function unrouted(router: Router, call: Call): Reply {
  const allowed = router.allowed(call.path);
  return allowed.length
    ? {
        ...serviceError(call.service, 405, `The method ${call.method} is not allowed for this resource.`),
        headers: { Allow: allowed.join(', ') },
      }
    : serviceError(call.service, 404, 'The resource could not be found.');
}

function normalizePath(raw: string): string {
  let path = raw.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path || '/';
}
