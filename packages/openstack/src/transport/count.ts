// Hook 2 (beforeRequest): every attempt counts, retries and authentication included.
import { performance } from 'node:perf_hooks';
import type { BeforeRequestHook } from 'got';
import type { RequestMetrics } from '@envboot/core';
import type { RequestContext } from './types.js';

export function countAttempts(metrics: RequestMetrics): BeforeRequestHook {
  return (options) => {
    const ctx = options.context as RequestContext;
    metrics.requests += 1;
    if (ctx.authRequest) metrics.auth_requests += 1;
    ctx.attempt = (ctx.attempt ?? 0) + 1;
    ctx.startedAt = performance.now();
  };
}
