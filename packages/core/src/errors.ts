// Errors with codes, and the one table that turns a code into an exit code (docs/architecture.md).
import type { ErrorObject } from './generated/schema-types.js';

export type { ErrorObject };
export type ErrorCode = ErrorObject['code'];
export type CloudErrorInfo = NonNullable<ErrorObject['cloud']>;

/** Exit code per error code: 0 ok, 1 internal, 2 usage, 3 not found, 4 conflict/capacity, 5 cloud, 6 timeout, 7 auth, 8 set-up failed, 130 interrupted. */
export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = {
  USAGE: 2,
  INVALID_INPUT: 2,
  NOT_FOUND: 3,
  CONFLICT: 4,
  INSUFFICIENT_CAPACITY: 4,
  CLOUD_API: 5,
  LEASE_FAILED: 5,
  SERVER_FAILED: 5,
  NETWORK: 5,
  REPO_UNAVAILABLE: 5,
  TIMEOUT: 6,
  AUTH: 7,
  AUTH_CONFIG: 7,
  SSH_REFUSED: 5,
  SSH_AUTH: 7,
  PLUGIN_FAILED: 2,
  SETUP_FAILED: 8,
  INTERRUPTED: 130,
  INTERNAL: 1,
};

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['NETWORK', 'TIMEOUT', 'INSUFFICIENT_CAPACITY']);

export interface ErrorOptions {
  hint?: string | null;
  field?: string | null;
  details?: Record<string, unknown> | null;
  cloud?: CloudErrorInfo | null;
  retryable?: boolean;
  cause?: unknown;
  /** Partial results for the failure envelope's `data` (e.g. a provision run's id). */
  data?: Record<string, unknown> | null;
}

export class EnvbootError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  readonly hint: string | null;
  readonly field: string | null;
  readonly details: Record<string, unknown> | null;
  readonly cloud: CloudErrorInfo | null;
  readonly data: Record<string, unknown> | null;

  constructor(code: ErrorCode, message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'EnvbootError';
    this.code = code;
    this.retryable = options.retryable ?? RETRYABLE.has(code);
    this.hint = options.hint ?? null;
    this.field = options.field ?? null;
    this.details = options.details ?? null;
    this.cloud = options.cloud ?? null;
    this.data = options.data ?? null;
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }

  toJSON(): ErrorObject {
    const out: ErrorObject = { code: this.code, message: this.message, retryable: this.retryable };
    if (this.hint) out.hint = this.hint;
    if (this.field) out.field = this.field;
    if (this.details) out.details = this.details;
    if (this.cloud) out.cloud = this.cloud;
    return out;
  }
}

/** Bad flags or bad input: exit 2. */
export class UsageError extends EnvbootError {
  constructor(message: string, options: ErrorOptions & { code?: 'USAGE' | 'INVALID_INPUT' } = {}) {
    super(options.code ?? 'INVALID_INPUT', message, options);
  }
}

export class NotFoundError extends EnvbootError {
  constructor(message: string, options: ErrorOptions = {}) {
    super('NOT_FOUND', message, options);
  }
}

export class ConflictError extends EnvbootError {
  constructor(message: string, options: ErrorOptions = {}) {
    super('CONFLICT', message, options);
  }
}

export class TimeoutError extends EnvbootError {
  constructor(message: string, options: ErrorOptions = {}) {
    super('TIMEOUT', message, options);
  }
}

export class AuthError extends EnvbootError {
  constructor(message: string, options: ErrorOptions & { code?: 'AUTH' | 'AUTH_CONFIG' } = {}) {
    super(options.code ?? 'AUTH', message, options);
  }
}

export class InterruptedError extends EnvbootError {
  constructor(message = 'interrupted', options: ErrorOptions = {}) {
    super('INTERRUPTED', message, { retryable: true, ...options });
  }
}

/**
 * The same error with some of its parts changed (a hint added, partial data attached, …). Anything that is not an
 * EnvbootError becomes INTERNAL first. The original is kept as the cause.
 */
export function withChanges(err: unknown, changes: ErrorOptions & { message?: string }): EnvbootError {
  const base =
    err instanceof EnvbootError
      ? err
      : new EnvbootError('INTERNAL', err instanceof Error ? err.message : String(err));
  return new EnvbootError(base.code, changes.message ?? base.message, {
    hint: base.hint,
    field: base.field,
    details: base.details,
    cloud: base.cloud,
    retryable: base.retryable,
    data: base.data,
    ...changes,
    cause: err,
  });
}

/**
 * Errors that mean "this site could not be asked" (unreachable, refusing the login, failing), not "the question is
 * wrong": a command that asks several sites reports such a site and goes on with the others.
 */
export const SITE_FAILURES: ReadonlySet<ErrorCode> = new Set([
  'NETWORK',
  'CLOUD_API',
  'AUTH',
  'AUTH_CONFIG',
  'TIMEOUT',
  'NOT_FOUND',
]);

/** Whether an error is a site that could not be asked (SITE_FAILURES). */
export function isSiteFailure(err: unknown): err is EnvbootError {
  return isEnvbootError(err) && SITE_FAILURES.has(err.code);
}

export function isEnvbootError(err: unknown): err is EnvbootError {
  return err instanceof EnvbootError;
}

export function exitCodeFor(code: string): number {
  return (EXIT_CODES as Record<string, number>)[code] ?? EXIT_CODES.INTERNAL;
}

/**
 * Anything thrown, as an error object for the envelope. Unknown errors become INTERNAL; their message is kept
 * (scrubbed by the caller) but their stack never reaches stdout.
 */
export function toErrorObject(err: unknown): ErrorObject {
  if (isEnvbootError(err)) return err.toJSON();
  if (isAbort(err)) return new InterruptedError().toJSON();
  const message = err instanceof Error ? err.message : String(err);
  return {
    code: 'INTERNAL',
    message: `internal error: ${message || 'unknown'}`,
    retryable: false,
    hint: 'This is a bug in envboot; run again with --log-level debug and report what it prints.',
  };
}

function isAbort(err: unknown): boolean {
  return (
    err instanceof Error && (err.name === 'AbortError' || (err as { code?: string }).code === 'ABORT_ERR')
  );
}
