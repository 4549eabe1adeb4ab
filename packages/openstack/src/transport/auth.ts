// Hook 1 (beforeRequest): the session's token as X-Auth-Token, and who we are as User-Agent.
import type { BeforeRequestHook } from 'got';
import type { RequestContext, TokenSource } from './types.js';

export function sendToken(tokens: () => TokenSource | null, userAgent: string): BeforeRequestHook {
  return (options) => {
    const ctx = options.context as RequestContext;
    options.headers['user-agent'] = userAgent;
    if (!ctx.auth) return;
    // Read on every attempt, so that a retry after a renewal carries the new token.
    const token = tokens()?.latest() ?? null;
    if (token) options.headers['x-auth-token'] = token;
    ctx.tokenSent = token;
  };
}
