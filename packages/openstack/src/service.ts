// A service client: one service's base URL (from the catalog, resolved on first use) over the shared transport.
// Resource files call `request()` with a path relative to the service; nothing else sends HTTP.
import type { Logger } from '@envboot/core';
import type { CloudClock } from './clock.js';
import { joinUrl } from './config/urls.js';
import type { Transport } from './transport/http.js';
import type { Classifier, HttpResponse, Method, Query } from './transport/types.js';

export interface ServiceRequest {
  /** Names the operation in logs: "blazar.leases.create". */
  op: string;
  method: Method;
  /** Relative to the service's base URL (an absolute URL is used as it is). */
  path: string;
  query?: Query;
  json?: unknown;
  headers?: Record<string, string>;
  ok?: number[];
  idempotent?: boolean;
  signal?: AbortSignal;
}

export interface ServiceClient {
  /** The catalog type: "reservation", "compute", "network", "image", "identity", or "reference". */
  readonly service: string;
  readonly clock: CloudClock;
  readonly log: Logger;
  /** The connection's abort signal, used when a request names none. */
  readonly signal: AbortSignal | undefined;
  /** The transport's retry backoff for the n-th retry, in ms (for retries made above the transport). */
  backoff(attempt: number): number;
  /** The body of a successful call (parsed JSON, or undefined when empty). */
  request<T = unknown>(req: ServiceRequest): Promise<T>;
  /** The whole response, for callers that need headers. */
  send(req: ServiceRequest): Promise<HttpResponse>;
  baseUrl(): string;
}

export interface ServiceSpec {
  service: string;
  classify: Classifier;
  /** Headers every call of this service carries (microversions). */
  headers?: Record<string, string>;
  /** Send the token (false for the reference API). */
  auth?: boolean;
  baseUrl(): string;
}

export function createServiceClient(
  spec: ServiceSpec,
  deps: {
    http: Transport;
    clock: CloudClock;
    log: Logger;
    signal?: AbortSignal;
    backoff: (attempt: number) => number;
  },
): ServiceClient {
  let base: string | null = null;
  const baseUrl = () => (base ??= spec.baseUrl());
  const send = (req: ServiceRequest) =>
    deps.http.request({
      service: spec.service,
      op: req.op,
      method: req.method,
      url: joinUrl(baseUrl(), req.path),
      query: req.query,
      json: req.json,
      headers: { ...spec.headers, ...req.headers },
      ok: req.ok,
      auth: spec.auth !== false,
      idempotent: req.idempotent,
      signal: req.signal ?? deps.signal,
      classify: spec.classify,
    });
  return {
    service: spec.service,
    clock: deps.clock,
    log: deps.log,
    signal: deps.signal,
    backoff: deps.backoff,
    send,
    async request<T>(req: ServiceRequest): Promise<T> {
      return (await send(req)).body as T;
    },
    baseUrl,
  };
}
