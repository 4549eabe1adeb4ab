// Dispatch: the route's handler answers the request. What the stages before it or the handler throw becomes the
// service's own error: a ReplyError carries it, a bad admin request is a 400, anything else is logged and a 500.
import { EnvbootError, type Logger } from '@envboot/core';
import { serviceError } from '../errors.js';
import { ReplyError, type Reply, type SimRequest } from '../http.js';
import type { Match } from '../router.js';
import type { Call } from './types.js';

/** What a handler sees of the request. */
export function simRequest(call: Call, match: Match, body: string): SimRequest {
  const { now, wall } = call.world.clock.read();
  return {
    method: call.method,
    path: call.path,
    query: new URLSearchParams(call.search),
    headers: call.req.headers,
    params: match.params,
    body,
    now,
    wall,
  };
}

export function dispatch(call: Call, match: Match, request: SimRequest): Reply | Promise<Reply> {
  return match.route.handler(request, call.world);
}

export function errorReply(log: Logger, call: Call, err: unknown): Reply {
  if (err instanceof ReplyError) return err.reply;
  if (err instanceof EnvbootError && call.service === 'admin')
    return serviceError(call.service, 400, err.message);
  log.error({ err, method: call.method, path: call.path }, 'unexpected error in a handler');
  return serviceError(call.service, 500, 'Internal Server Error');
}
