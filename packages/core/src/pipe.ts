// Reading what came down the pipe: the upstream envelope's data when it is of a given kind, and its context.
import type { DataByKind, Envelope, Kind } from './envelope.js';
import type { PlanData } from './generated/schema-types.js';

/** The upstream data when the envelope is of `kind` and succeeded. */
export function dataOf<K extends Kind>(upstream: Envelope | undefined, kind: K): DataByKind[K] | undefined {
  return upstream?.ok && upstream.kind === kind && upstream.data
    ? (upstream.data as DataByKind[K])
    : undefined;
}

/** The plan carried by the pipe: a plan envelope, an analysis with a plan, or a plan in the context. */
export function planOf(upstream: Envelope | undefined): PlanData | undefined {
  return (
    dataOf(upstream, 'plan') ?? dataOf(upstream, 'analysis')?.plan ?? upstream?.context.plan ?? undefined
  );
}

/** The first value that is neither undefined nor null. */
export function firstOf<T>(...values: Array<T | undefined | null>): T | undefined {
  for (const v of values) if (v !== undefined && v !== null) return v;
  return undefined;
}
