// Faults: injected latency, a dropped connection, or an error status in the service's shape instead of the answer,
// either before the request is carried out or after it (the resource exists, the client never hears so). The
// admin API is never faulted. Each injected fault is counted in the stats.
import type { FaultAction, FaultDecision } from '../faults.js';
import { serviceError } from '../errors.js';
import type { Reply, ServiceName } from '../http.js';
import type { Answer, Call, SiteParts } from './types.js';

const NO_FAULT: FaultDecision = { delayMs: 0 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Decides the request's faults and waits its latency; undefined when its connection was dropped. */
export async function faultsBefore(parts: SiteParts, call: Call): Promise<FaultDecision | undefined> {
  const decision = call.service === 'admin' ? NO_FAULT : parts.faults.decide(call.method, call.path);
  if (decision.delayMs > 0) await sleep(decision.delayMs);
  if (decision.before?.kind !== 'drop') return decision;
  parts.stats.faulted();
  parts.log.debug({ method: call.method, path: call.path }, 'fault: connection dropped');
  call.req.socket.destroy();
  return undefined;
}

/** The error status to answer instead of carrying the request out, if one was decided. */
export function faultInstead(parts: SiteParts, call: Call, decision: FaultDecision): Reply | undefined {
  if (!decision.before) return undefined;
  parts.stats.faulted();
  return faultReply(call.service, decision.before);
}

/** The answer once the request was carried out: as it is, a fault's status, or undefined (connection dropped). */
export function faultsAfter(
  parts: SiteParts,
  call: Call,
  decision: FaultDecision,
  answer: Answer,
): Answer | undefined {
  if (!decision.after) return answer;
  parts.stats.faulted();
  if (decision.after.kind === 'drop') {
    parts.log.debug(
      { method: call.method, path: call.path },
      'fault: connection dropped after the request was carried out',
    );
    call.req.socket.destroy();
    return undefined;
  }
  return { ...answer, reply: faultReply(call.service, decision.after) };
}

function faultReply(service: ServiceName, action: FaultAction): Reply {
  if (action.kind !== 'status') throw new Error('not a status fault');
  const r = serviceError(service, action.status, `Simulated fault: HTTP ${action.status}`);
  return action.retryAfter === undefined
    ? r
    : { ...r, headers: { ...r.headers, 'Retry-After': String(action.retryAfter) } };
}
