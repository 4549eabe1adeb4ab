// The one object that sends HTTP: a got instance built once per connection, with keep-alive agents, per-attempt
// timeouts, the retry policy and the hooks. Every cloud call goes through `request()`.
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { readFileSync } from 'node:fs';
import { AuthError, EnvbootError } from '@envboot/core';
import { CloudError } from '../cloud-error.js';
import { classifyGeneric, toFailure } from './errors.js';
import { transportHooks } from './hooks.js';
import { gotRetryOptions } from './retry.js';
import { pathOf, requestIdOf } from './trace.js';
import type {
  HttpRequest,
  HttpResponse,
  Query,
  RequestContext,
  TokenSource,
  TransportOptions,
} from './types.js';

export interface Transport {
  request(req: HttpRequest): Promise<HttpResponse>;
  /** Connect the session that supplies tokens (it needs the transport to authenticate, hence later). */
  useTokens(tokens: TokenSource): void;
  /** Close idle keep-alive connections. */
  close(): void;
}

export function withQuery(url: string, query: Query | undefined): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const qs = params.toString();
  if (!qs) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${qs}`;
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  return JSON.parse(text);
}

export async function createTransport(options: TransportOptions): Promise<Transport> {
  // got is loaded here, when a connection is made, never when a command only parses its flags.
  const { got } = await import('got');
  let tokens: TokenSource | null = null;
  const agent = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };
  const https = options.tls?.caFile
    ? {
        certificateAuthority: readFileSync(options.tls.caFile),
        rejectUnauthorized: !options.tls.insecure,
      }
    : { rejectUnauthorized: !options.tls?.insecure };
  const instance = got.extend({
    agent,
    https,
    timeout: { request: options.timeoutMs },
    responseType: 'text',
    followRedirect: false,
    hooks: transportHooks(options, () => tokens),
  });

  async function request(req: HttpRequest): Promise<HttpResponse> {
    const url = withQuery(req.url, req.query);
    const auth = req.auth !== false;
    if (auth) {
      if (!tokens) throw new AuthError('not authenticated', { code: 'AUTH' });
      await tokens.ensure(req.signal);
    }
    const idempotent = req.idempotent ?? req.method !== 'POST';
    const context: Partial<RequestContext> = {
      service: req.service,
      op: req.op,
      auth,
      authRequest: req.authRequest === true,
      attempt: 0,
      renewed: false,
      requestId: null,
      lastDelayMs: 0,
    };
    try {
      const response = await instance(url, {
        method: req.method,
        headers: { accept: 'application/json', ...req.headers },
        ...(req.json !== undefined ? { json: req.json } : {}),
        ...(req.form !== undefined ? { form: req.form } : {}),
        ...(req.signal ? { signal: req.signal } : {}),
        context,
        retry: {
          ...gotRetryOptions(options.retry, req.method === 'POST' && idempotent, (ms, error) => {
            // got keeps its own copy of `context`; the hooks read this one.
            const ctx = (error as { options?: { context?: Partial<RequestContext> } }).options?.context;
            if (ctx) ctx.lastDelayMs = ms;
          }),
          ...(idempotent ? {} : { limit: 0 }),
        },
      });
      const status = response.statusCode;
      const requestId = requestIdOf(response.headers);
      if (req.ok && !req.ok.includes(status)) {
        throw new CloudError('CLOUD_API', `unexpected status ${status} from ${req.method} ${pathOf(url)}`, {
          cloud: {
            service: req.service,
            status,
            request_id: requestId,
            method: req.method,
            path: pathOf(url),
          },
          details: { expected: req.ok },
        });
      }
      let body: unknown;
      try {
        body = parseBody(response.body);
      } catch {
        throw new CloudError(
          'CLOUD_API',
          `${req.method} ${pathOf(url)} answered with a body that is not JSON`,
          {
            cloud: {
              service: req.service,
              status,
              request_id: requestId,
              method: req.method,
              path: pathOf(url),
            },
          },
        );
      }
      const attempts = (response.request.options.context as Partial<RequestContext>).attempt ?? 1;
      return { status, headers: response.headers, body, text: response.body, requestId, attempts };
    } catch (err) {
      if (err instanceof EnvbootError) throw err;
      const failure = toFailure(
        err,
        { ...req, url },
        { site: options.site ?? null, simulated: options.simulated ?? false },
      );
      if (failure instanceof EnvbootError) throw failure;
      throw (req.classify ?? classifyGeneric)(failure);
    }
  }

  return {
    request,
    useTokens(source) {
      tokens = source;
    },
    close() {
      agent.http.destroy();
      agent.https.destroy();
    },
  };
}
