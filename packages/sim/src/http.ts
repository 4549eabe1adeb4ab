// What a route handler sees and returns. Handlers are plain functions: a request in, a reply out (or a thrown
// ReplyError carrying the service's own error body).
import type { IncomingHttpHeaders } from 'node:http';
import type { TokenInfo } from './keystone/tokens.js';
import type { World } from './world.js';

export type ServiceName =
  'identity' | 'compute' | 'image' | 'network' | 'reservation' | 'reference' | 'oidc' | 'admin' | 'container';

export interface Reply {
  status: number;
  /** An object is sent as JSON; a string as is; nothing as an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
  contentType?: string;
}

export class ReplyError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`);
    this.name = 'ReplyError';
  }
}

export interface SimRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  params: Record<string, string>;
  /** The raw request body. */
  body: string;
  /** Virtual time when the request arrived (ms). */
  now: number;
  /** Wall-clock time when the request arrived (ms), read together with `now`. */
  wall: number;
  /** The caller's token, on routes that require one. */
  auth?: TokenInfo;
  /** Compute microversion as a number (2.47 → 2047), on compute routes. */
  microversion?: number;
}

export type Handler = (req: SimRequest, world: World) => Reply | Promise<Reply>;

export interface Route {
  method: string;
  /** Path pattern with {name} placeholders, e.g. /reservation/v1/leases/{lease_id}. */
  path: string;
  service: ServiceName;
  /** Whether an X-Auth-Token is required (keystonemiddleware in front of the service). */
  auth?: boolean;
  handler: Handler;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});

export const empty = (status: number, headers?: Record<string, string>): Reply => ({ status, headers });

export function header(req: SimRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
