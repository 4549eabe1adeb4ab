// The chain context: each command copies what came down the pipe and adds what it learned.
import type { Context } from './generated/schema-types.js';

/** What a step changes in the context: a value sets a key, null removes it, undefined leaves it alone. */
export type ContextChange = { [K in keyof Context]?: Context[K] | null };

/** Upstream context with `change` applied on top. */
export function mergeContext(upstream: Context | undefined, change: ContextChange | undefined): Context {
  const merged: Record<string, unknown> = { ...(upstream ?? {}) };
  for (const [key, value] of Object.entries(change ?? {})) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as Context;
}
