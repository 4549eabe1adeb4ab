// The transport's hooks, in the order got runs them. This list is the only place they are assembled.
import type { Hooks } from 'got';
import { sendToken } from './auth.js';
import { countAttempts } from './count.js';
import { renewOn401 } from './renew.js';
import { traceResponse, traceRetry } from './trace.js';
import type { TokenSource, TransportOptions } from './types.js';

export function transportHooks(options: TransportOptions, tokens: () => TokenSource | null): Partial<Hooks> {
  return {
    beforeRequest: [
      sendToken(tokens, options.userAgent), // 1. X-Auth-Token, User-Agent
      countAttempts(options.metrics), // 2. metrics.requests / auth_requests, on every attempt
    ],
    afterResponse: [
      traceResponse(options.log, options.onClock), // 3. request id, cloud clock, debug line
      renewOn401(tokens), // 4. a 401 renews the token once and repeats the call (must be last)
    ],
    beforeRetry: [traceRetry(options.log, options.metrics)], // 5. metrics.retries, debug line
  };
}
