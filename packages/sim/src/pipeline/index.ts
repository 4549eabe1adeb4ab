// The request pipeline: the stages every request goes through, in order. This file is the only place they are
// assembled; each stage is a module of its own.
//
//   1. faults    latency; a dropped connection; an error status instead of the answer (faults.ts)
//   2. routing   the route, or 404 / 405 (routing.ts), and the API version asked for (version.ts)
//   3. auth      the token, on routes that require one, or 401 (auth.ts)
//   4. dispatch  the route's handler, and the service's error for what a stage throws (dispatch.ts)
//      faults    after the request was carried out: a dropped connection or an error status (faults.ts)
//   5. headers   request id, clock speed, a Date in virtual time, the service's own; then it is sent (headers.ts)
//
// Before the stages, due work is done and the request is located and counted, so that the stats count a request
// a fault drops. Its body is read before any answer; a body over 1 MiB is a 413 (body.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultDecision } from '../faults.js';
import { readBody, tooLarge } from './body.js';
import { authenticate } from './auth.js';
import { dispatch, errorReply, simRequest } from './dispatch.js';
import { faultInstead, faultsAfter, faultsBefore } from './faults.js';
import { send } from './headers.js';
import { observe, type AnsweredRequest } from './observe.js';
import { count, locate, unrouted } from './routing.js';
import type { Answer, Call, SiteParts } from './types.js';
import { negotiateVersion } from './version.js';

export type { AnsweredRequest } from './observe.js';
export type { SiteParts } from './types.js';

/** The server's request listener. A request the pipeline fails on is logged and its connection destroyed. */
export function requestListener(
  parts: SiteParts,
  onRequest?: (request: AnsweredRequest) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (onRequest) observe(req, res, onRequest);
    handle(parts, req, res).catch((err: unknown) => {
      parts.log.error({ err }, 'request failed');
      if (!res.headersSent) res.destroy();
    });
  };
}

async function handle(parts: SiteParts, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const world = parts.world();
  if (!world) {
    res.writeHead(503).end();
    return;
  }
  world.scheduler.tick(); // due work first: the answer sees the state as of now
  const call = locate(req, world, parts.router);
  count(parts.stats, call);
  const decision = await faultsBefore(parts, call); // 1. faults
  if (!decision) return;
  const carriedOut = await carryOut(parts, call, decision); // 2. routing, 3. auth, 4. dispatch
  const answer = faultsAfter(parts, call, decision, carriedOut); // faults after
  if (!answer) return;
  send(res, world, call.service, answer); // 5. headers
  if (parts.log.isLevelEnabled('debug'))
    parts.log.debug({ method: call.method, path: call.path, status: answer.reply.status }, 'request');
}

/** Reads the body, then runs the stages that answer the request, unless a fault answers instead. */
async function carryOut(parts: SiteParts, call: Call, decision: FaultDecision): Promise<Answer> {
  const body = await readBody(call.req);
  if (body === undefined) return { reply: tooLarge(call.service), serviceHeaders: {} };
  const fault = faultInstead(parts, call, decision); // 1. faults
  if (fault) return { reply: fault, serviceHeaders: {} };
  const { match } = call; // 2. routing
  if (!match) return { reply: unrouted(parts.router, call), serviceHeaders: {} };
  const request = simRequest(call, match, body);
  let serviceHeaders: Record<string, string> = {};
  try {
    serviceHeaders = negotiateVersion(call.service, request); // 2. routing: the API version
    await authenticate(call.world, match.route, request); // 3. auth
    return { reply: await dispatch(call, match, request), serviceHeaders }; // 4. dispatch
  } catch (err) {
    return { reply: errorReply(parts.log, call, err), serviceHeaders };
  }
}
