// What goes into the transport and what comes out. Only transport/ knows that got is underneath.
import type { IncomingHttpHeaders } from 'node:http';
import type { EnvbootError, RequestMetrics } from '@envboot/core';
import type { Logger } from '@envboot/core';

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | null | Array<string | number | boolean>;
export type Query = Record<string, QueryValue>;

/** A failed call, with everything needed to explain it and nothing secret (the path is scrubbed). */
export interface HttpFailure {
  service: string;
  op: string;
  method: string;
  path: string;
  /** null when no response arrived (network error, timeout). */
  status: number | null;
  requestId: string | null;
  /** The response body as text (may be HTML), and parsed when it was JSON. */
  text: string | null;
  json: unknown;
  /** Node's error code for network failures (ECONNRESET, ETIMEDOUT, …). */
  networkCode: string | null;
  /** Milliseconds the server asked us to wait (Retry-After), when it said so. */
  retryAfterMs: number | null;
  /** The call was retried after renewing the token, and still got this. */
  renewed: boolean;
  attempts: number;
  /** Where the call went: scheme, host and port. */
  origin: string;
  /** The site the connection is for, when known. */
  site: string | null;
  /** The site is served by a local simulator. */
  simulated: boolean;
}

/** Turns a failure into the project's error; each service has its own (its errors.ts). */
export type Classifier = (failure: HttpFailure) => EnvbootError;

export interface HttpRequest {
  /** Catalog service type ("reservation", "compute", …), or "identity-provider" / "reference". */
  service: string;
  /** Names the operation in logs: "blazar.leases.create". */
  op: string;
  method: Method;
  url: string;
  query?: Query;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Statuses that count as success (default: any 2xx). */
  ok?: number[];
  /** Send the session's token as X-Auth-Token (default true). */
  auth?: boolean;
  /** Counted in metrics.auth_requests (Keystone token calls, the identity provider). */
  authRequest?: boolean;
  /** Safe to send twice, so the transport may retry it. Default: every method but POST. */
  idempotent?: boolean;
  signal?: AbortSignal;
  classify?: Classifier;
}

export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, or undefined for an empty body. */
  body: unknown;
  text: string;
  requestId: string | null;
  /** Attempts made, retries and a token renewal included. */
  attempts: number;
}

/** Where the transport gets the token to send and asks for a new one after a 401. */
export interface TokenSource {
  /** A token valid now, authenticating first if there is none or it is about to expire. */
  ensure(signal?: AbortSignal): Promise<string>;
  /** The token to send (what ensure() last returned). */
  latest(): string | null;
  /** Called on a 401: a new token, unless another call has already replaced `stale`. */
  renew(stale: string | null, signal?: AbortSignal): Promise<string>;
}

export interface TransportOptions {
  log: Logger;
  metrics: RequestMetrics;
  userAgent: string;
  /** Per-attempt timeout. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Called with each response's Date header and, from the simulator, its clock speed. */
  onClock?: (observation: { speed: number | null; serverMs: number | null }) => void;
  tls?: { caFile: string | null; insecure: boolean };
  /** The site the connection is for. */
  site?: string | null;
  /** A local simulator serves it: a refused connection says how to start one. */
  simulated?: boolean;
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  /** First backoff, doubled each retry, with jitter, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails, retryable, at once. */
  maxRetryAfterMs: number;
  /** Multiplies every retry delay; tests set it small so that retries take milliseconds. */
  delayScale: number;
}

/** What the hooks read and write on each request (got's `context`). */
export interface RequestContext extends Record<string, unknown> {
  service: string;
  op: string;
  auth: boolean;
  authRequest: boolean;
  attempt: number;
  startedAt: number;
  tokenSent: string | null;
  renewed: boolean;
  requestId: string | null;
  lastDelayMs: number;
}
