// Hooks 3 (afterResponse) and 5 (beforeRetry): the request id kept, the simulator's clock speed noticed, and one
// debug line per attempt and per retry. Paths are scrubbed; headers and bodies are never logged.
import { performance } from 'node:perf_hooks';
import type { AfterResponseHook, BeforeRetryHook, RequestError } from 'got';
import { scrubUrl, type Logger, type RequestMetrics } from '@envboot/core';
import type { RequestContext } from './types.js';

export const REQUEST_ID_HEADERS = ['x-openstack-request-id', 'x-compute-request-id', 'x-request-id'];
export const CLOCK_SPEED_HEADER = 'x-sim-clock-speed';

export function requestIdOf(headers: Record<string, string | string[] | undefined>): string | null {
  for (const name of REQUEST_ID_HEADERS) {
    const v = headers[name];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}

export function pathOf(url: URL | string): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  return scrubUrl(`${u.origin}${u.pathname}${u.search}`).slice(u.origin.length);
}

export function traceResponse(
  log: Logger,
  onClock?: (o: { speed: number | null; serverMs: number | null }) => void,
): AfterResponseHook {
  return (response) => {
    const ctx = response.request.options.context as RequestContext;
    ctx.requestId = requestIdOf(response.headers);
    if (onClock) {
      const speed = Number(response.headers[CLOCK_SPEED_HEADER]);
      const date = Date.parse(response.headers.date ?? '');
      onClock({
        speed: Number.isFinite(speed) && speed > 0 ? speed : null,
        serverMs: Number.isNaN(date) ? null : date,
      });
    }
    if (log.isLevelEnabled('debug')) {
      log.debug(
        {
          op: ctx.op,
          method: response.request.options.method,
          path: pathOf(response.url),
          status: response.statusCode,
          ms: Math.round(performance.now() - ctx.startedAt),
          attempt: ctx.attempt,
          req: ctx.requestId,
        },
        'cloud request',
      );
    }
    return response;
  };
}

export function traceRetry(log: Logger, metrics: RequestMetrics): BeforeRetryHook {
  return (error: RequestError, retryCount: number) => {
    metrics.retries += 1;
    const ctx = error.options.context as RequestContext;
    const reason =
      error.name === 'RetryError'
        ? 'token renewed'
        : error.response
          ? `HTTP ${error.response.statusCode}`
          : (error.code ?? error.name);
    log.debug(
      {
        op: ctx.op,
        method: error.options.method,
        path: error.options.url ? pathOf(error.options.url as URL) : null,
        retry: retryCount,
        reason,
        delay_ms: ctx.lastDelayMs,
      },
      'cloud request retried',
    );
  };
}
