// From got's errors to HttpFailure, and the default mapping from HTTP status to the project's error codes.
// Each service's errors.ts extracts its own message and adds its special cases on top of `cloudError`.
import { EnvbootError, InterruptedError, scrubText, type ErrorCode } from '@envboot/core';
import { SITE_CATALOG } from '../sites/catalog.js';
import { CloudError } from '../cloud-error.js';
import { pathOf, requestIdOf } from './trace.js';
import type { HttpFailure, HttpRequest, RequestContext } from './types.js';

interface GotLikeError extends Error {
  code?: string;
  response?: { statusCode: number; headers: Record<string, string | string[] | undefined>; body?: unknown };
  options?: { context?: Record<string, unknown> };
}

function parseJson(text: string | null): unknown {
  if (!text) return undefined;
  const t = text.trimStart();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  try {
    return JSON.parse(t);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    return undefined; // an error page that only looks like JSON: its text is the message
  }
}

function retryAfterMs(headers: Record<string, string | string[] | undefined>): number | null {
  const v = headers['retry-after'];
  if (typeof v !== 'string') return null;
  const seconds = Number(v);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/**
 * What went wrong, from whatever got threw. An error we raised ourselves inside a hook (a failed renewal, say)
 * comes back as it was; an aborted call becomes INTERRUPTED.
 */
export function toFailure(
  err: unknown,
  req: HttpRequest,
  where: { site: string | null; simulated: boolean } = { site: null, simulated: false },
): HttpFailure | EnvbootError {
  const e = err as GotLikeError;
  if (e instanceof EnvbootError) return e;
  if (e?.cause instanceof EnvbootError) return e.cause;
  if (req.signal?.aborted || e?.name === 'AbortError' || e?.name === 'CancelError') {
    return new InterruptedError('interrupted', { hint: 'Run the command again to continue.' });
  }
  const ctx = (e?.options?.context ?? {}) as Partial<RequestContext>;
  const response = e?.response;
  const text = response ? (typeof response.body === 'string' ? response.body : null) : null;
  return {
    service: req.service,
    op: req.op,
    method: req.method,
    path: pathOf(req.url),
    status: response?.statusCode ?? null,
    requestId: response ? requestIdOf(response.headers) : (ctx.requestId ?? null),
    text,
    json: parseJson(text),
    networkCode: response ? null : (e?.code ?? e?.name ?? 'ERROR'),
    retryAfterMs: response ? retryAfterMs(response.headers) : null,
    renewed: ctx.renewed === true,
    attempts: ctx.attempt ?? 1,
    origin: new URL(req.url).origin, // scheme, host and port: never a user name or password
    site: where.site,
    simulated: where.simulated,
  };
}

/** The code a status means when the service has nothing more specific to say. */
export function codeForStatus(status: number | null): ErrorCode {
  if (status === null) return 'NETWORK';
  if (status === 401) return 'AUTH';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  return 'CLOUD_API';
}

const SERVICE_NAMES: Record<string, string> = {
  identity: 'Keystone',
  reservation: 'Blazar',
  compute: 'Nova',
  network: 'Neutron',
  image: 'Glance',
  reference: 'the reference API',
  'identity-provider': 'the identity provider',
};

export function serviceName(service: string): string {
  return SERVICE_NAMES[service] ?? service;
}

/** Readable text from a body that is not JSON (Glance answers in HTML or plain text). */
export function plainText(text: string | null): string | null {
  if (!text) return null;
  const stripped = text
    .replace(/<head>[\s\S]*?<\/head>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return stripped ? stripped.slice(0, 300) : null;
}

/** A message from the JSON shapes OpenStack services use, for services without their own. */
export function genericMessage(failure: HttpFailure): string | null {
  const j = failure.json as Record<string, unknown> | undefined;
  if (j && typeof j === 'object') {
    for (const key of ['message', 'error_message', 'detail', 'error_description', 'title']) {
      if (typeof j[key] === 'string' && j[key]) return j[key] as string;
    }
    const inner = Object.values(j).find(
      (v) => v && typeof v === 'object' && typeof (v as { message?: unknown }).message === 'string',
    );
    if (inner) return (inner as { message: string }).message;
    if (typeof j.error === 'string') return j.error;
  }
  return plainText(failure.text);
}

/** What to do when nothing answered: for the simulator, a refused connection means it is not running. */
function unreachableHint(failure: HttpFailure): string {
  if (!failure.simulated || failure.networkCode !== 'ECONNREFUSED') {
    return 'Check the network and the URL; the call was retried.';
  }
  const { hostname, port } = new URL(failure.origin);
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  // The simulator's listed address has its default port: any other is said.
  const portFlag = port && port !== new URL(SITE_CATALOG.sim!.web).port ? ` --port ${port}` : '';
  const start = loopback
    ? `start one with \`envboot sim${portFlag} &\``
    : `start it there with \`envboot sim --host ${hostname}${portFlag} &\``;
  return `No simulator is listening at ${failure.origin}: ${start}, or set ENVBOOT_SIM_URL to where one runs.`;
}

export interface Classified {
  code?: ErrorCode;
  message?: string | null;
  hint?: string | null;
  retryable?: boolean;
  details?: Record<string, unknown>;
}

/** The CloudError for a failure, with the service's own message and any service-specific override. */
export function cloudError(
  failure: HttpFailure,
  serviceMessage: string | null,
  over: Classified = {},
): CloudError {
  const { status } = failure;
  const code = over.code ?? codeForStatus(status);
  const what = `${failure.method} ${failure.path}`;
  const said = serviceMessage ? scrubText(serviceMessage).trim() : null;
  let message: string;
  if (over.message) message = over.message;
  else if (status === null) {
    message = `${serviceName(failure.service)} could not be reached (${failure.networkCode}) on ${what}`;
  } else {
    message = `${serviceName(failure.service)} answered ${status} to ${what}${said ? `: ${said}` : ''}`;
  }
  const retryable =
    over.retryable ??
    (status === null || status === 429 || status === 502 || status === 503 || status === 504);
  let hint = over.hint ?? null;
  if (hint === null) {
    if (status === 401) {
      hint = failure.renewed
        ? 'The token was renewed and still refused: check your credentials and your role in the project.'
        : 'Check your credentials: source the openrc again, or check OS_CLOUD.';
    } else if (status === null) hint = unreachableHint(failure);
    else if (failure.retryAfterMs !== null && retryable)
      hint = `The service asked to wait ${Math.ceil(failure.retryAfterMs / 1000)} s before trying again.`;
  }
  const details: Record<string, unknown> = { ...(over.details ?? {}) };
  if (failure.attempts > 1) details.attempts = failure.attempts;
  if (failure.retryAfterMs !== null) details.retry_after_ms = failure.retryAfterMs;
  // Whatever a server echoed back (a token, a password) never reaches a message.
  return new CloudError(code, scrubText(message), {
    cloud: {
      service: failure.service,
      status,
      request_id: failure.requestId,
      method: failure.method,
      path: failure.path,
    },
    retryable,
    hint: hint === null ? null : scrubText(hint),
    details: Object.keys(details).length ? details : null,
  });
}

/** The default classifier: status → code, message from the common JSON shapes. */
export function classifyGeneric(failure: HttpFailure): CloudError {
  return cloudError(failure, genericMessage(failure));
}
