// The chain context: each command copies what came down the pipe and adds what it learned.
import type { Context } from './generated/schema-types.js';

/** Upstream context with `additions` on top; keys set to undefined in `additions` are left as they were. */
export function mergeContext(
  upstream: Context | undefined,
  additions: Partial<Context> | undefined,
): Context {
  const merged: Record<string, unknown> = { ...(upstream ?? {}) };
  for (const [key, value] of Object.entries(additions ?? {})) {
    if (value !== undefined) merged[key] = value;
  }
  return merged as Context;
}
