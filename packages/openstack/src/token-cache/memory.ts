// The token shared by every connection of this process (provision runs several steps in one process). This is
// deliberately process-wide: it is what "authenticate once per process" means.
import type { Token } from '../keystone/tokens.js';

const tokens = new Map<string, Token>();

export const processTokens = {
  get(key: string): Token | undefined {
    return tokens.get(key);
  },
  set(key: string, token: Token): void {
    tokens.set(key, token);
  },
  /** Forget the token, unless it has already been replaced by another one. */
  drop(key: string, value: string | null): void {
    const t = tokens.get(key);
    if (t && (value === null || t.value === value)) tokens.delete(key);
  },
  clear(): void {
    tokens.clear();
  },
};
