// Creating without duplicates. A creating POST is never retried blindly: when it fails in a way that leaves us
// unsure (the connection dropped, a 5xx), we look the resource up again, and only if it is not there do we send
// the POST again. Resources that have names are found by name; others by a marker they carry.
import { EnvbootError } from '@envboot/core';
import { sleepReal } from './clock.js';
import type { ServiceClient } from './service.js';

export interface CreateOnceOptions<T> {
  /** "lease my-lease", for logs. */
  what: string;
  post: () => Promise<T>;
  /** Resources that would be the one being created (same name), whoever created them. */
  lookup: () => Promise<T[]>;
  /** Ids of those that existed before the first POST: never mistaken for ours. */
  before: ReadonlySet<string>;
  idOf: (item: T) => string;
  /** POSTs at most (default 3). */
  attempts?: number;
}

/** Whether a failed POST may still have created the resource. A clear refusal (4xx, no capacity) did not. */
export function mayHaveCreated(err: unknown): boolean {
  if (!(err instanceof EnvbootError) || !err.cloud) return false;
  if (err.code === 'INSUFFICIENT_CAPACITY') return false;
  const status = err.cloud.status ?? null;
  return status === null || status >= 500;
}

/**
 * The look-up after a failed POST. When the cloud does not answer it either, nothing is known to exist: that is said
 * on the log (a resource the POST did make may remain), and the POST's own failure decides what happens next.
 */
async function lookUpAfterFailure<T>(c: ServiceClient, o: CreateOnceOptions<T>): Promise<T[]> {
  try {
    return await o.lookup();
  } catch (err) {
    if (!(err instanceof EnvbootError)) throw err;
    c.log.warn(
      { op: 'create', what: o.what, code: err.code, reason: err.message },
      `could not check whether the failed create call had made ${o.what}`,
    );
    return [];
  }
}

export async function createOnce<T>(c: ServiceClient, o: CreateOnceOptions<T>): Promise<T> {
  const attempts = o.attempts ?? 3;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await o.post();
    } catch (err) {
      const rateLimited = err instanceof EnvbootError && err.cloud?.status === 429;
      if (!mayHaveCreated(err) && !rateLimited) throw err;
      if (!rateLimited) {
        const found = (await lookUpAfterFailure(c, o)).filter((item) => !o.before.has(o.idOf(item)));
        if (found.length > 0) {
          c.log.info(
            { op: 'create', what: o.what, id: o.idOf(found[0]!) },
            'the create call failed, but it had created the resource',
          );
          return found[0]!;
        }
      }
      const retryable = err instanceof EnvbootError && err.retryable;
      if (!retryable || attempt >= attempts) throw err;
      c.log.debug({ what: o.what, attempt }, 'not created: sending the create call again');
      const asked = err instanceof EnvbootError ? Number(err.details?.retry_after_ms ?? 0) : 0;
      await sleepReal(Math.max(c.backoff(attempt), asked), c.signal);
    }
  }
}
