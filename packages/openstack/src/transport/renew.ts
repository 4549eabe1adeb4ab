// Hook 4 (afterResponse, last): a 401 on an authenticated call renews the token once and repeats the call.
// It must stay last: got drops the afterResponse hooks that follow one that retries.
import type { AfterResponseHook } from 'got';
import type { RequestContext, TokenSource } from './types.js';

export function renewOn401(tokens: () => TokenSource | null): AfterResponseHook {
  return async (response, retryWithMergedOptions) => {
    const ctx = response.request.options.context as RequestContext;
    const source = tokens();
    if (response.statusCode !== 401 || !ctx.auth || ctx.renewed || !source) return response;
    await source.renew(ctx.tokenSent, response.request.options.signal as AbortSignal | undefined);
    return retryWithMergedOptions({ context: { renewed: true } });
  };
}
