// The session: one token per configuration, obtained once (from this process, the shared cache, or Keystone),
// renewed shortly before it expires and once after a 401, and the catalog that comes with it.
import { AuthError, type Logger } from '@envboot/core';
import type { CloudConfig } from './config/types.js';
import { authenticate } from './keystone/authenticate.js';
import { selectEndpoint } from './keystone/catalog.js';
import type { DeviceLoginPrompt, KeystoneContext } from './keystone/context.js';
import type { Token } from './keystone/tokens.js';
import type { FileTokenCache } from './token-cache/file.js';
import { memoryKey } from './token-cache/key.js';
import { processTokens } from './token-cache/memory.js';
import type { Transport } from './transport/http.js';
import type { TokenSource } from './transport/types.js';

export interface SessionOptions {
  config: CloudConfig;
  http: Transport;
  log: Logger;
  signal?: AbortSignal;
  fileCache: FileTokenCache | null;
  /** Share the token with other connections of this process (default true). */
  shareInProcess: boolean;
  now: () => number;
  /** Shows a device login's code at the terminal; null when nobody is there to approve one. */
  deviceLogin: ((prompt: DeviceLoginPrompt) => void) | null;
  /** Waits between polls of a device login (tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A token is put aside a quarter of its life before it expires, and at most a minute before. */
export function renewMarginMs(token: Token): number {
  return Math.min(60_000, token.lifetimeMs / 4);
}

export class Session implements TokenSource {
  private token: Token | null = null;
  private pending: Promise<Token> | null = null;
  private readonly key: string;

  constructor(private readonly o: SessionOptions) {
    this.key = memoryKey(o.config);
  }

  private usable(t: Token | null | undefined): t is Token {
    return !!t && this.o.now() < t.localExpiresAt - renewMarginMs(t);
  }

  /** A usable token: the one in hand, else from a cache, else a new one. */
  current(): Promise<Token> {
    if (this.usable(this.token)) return Promise.resolve(this.token);
    return this.obtain(true);
  }

  async ensure(): Promise<string> {
    return (await this.current()).value;
  }

  latest(): string | null {
    return this.token?.value ?? null;
  }

  async renew(stale: string | null): Promise<string> {
    // Another call may already have replaced the token that was refused.
    if (this.token && this.token.value !== stale && this.usable(this.token)) return this.token.value;
    if (this.pending) return (await this.pending).value;
    this.o.log.debug('token refused (401): authenticating again');
    await this.forget(stale);
    return (await this.obtain(false)).value;
  }

  /** The token in hand (after `current()` resolved). */
  get held(): Token {
    if (!this.token) throw new AuthError('not authenticated', { code: 'AUTH' });
    return this.token;
  }

  /** The URL of a service: an override from the configuration, else the catalog's for the interface and region. */
  endpoint(type: string): string {
    const override = this.o.config.endpointOverrides[type];
    if (override) return override;
    const token = this.held;
    if (token.catalog.length === 0) {
      throw new AuthError('the token has no service catalog: it is not scoped to a project', {
        code: 'AUTH_CONFIG',
        field: 'OS_PROJECT_ID',
        hint: 'Set OS_PROJECT_ID, or OS_PROJECT_NAME with OS_PROJECT_DOMAIN_NAME.',
      });
    }
    return selectEndpoint(token.catalog, type, {
      interface: this.o.config.interface,
      region: this.regionOf(token),
    });
  }

  /**
   * The region endpoints are picked in. A simulator serving one site at its own address is that site whatever
   * region its catalog names (a simulator of one site names CHI@UC): there, unless a region was set, a region the
   * catalog lacks is not asked for.
   */
  private regionOf(token: Token): string | null {
    const region = this.o.config.region;
    if (!this.o.config.regionFromSimulator || region === null) return region;
    const named = token.catalog.some((e) =>
      e.endpoints.some((p) => p.region === region || p.regionName === region),
    );
    return named ? region : null;
  }

  /** Like endpoint(), or null when the catalog has no such service. */
  optionalEndpoint(type: string): string | null {
    const override = this.o.config.endpointOverrides[type];
    if (override) return override;
    if (!this.held.catalog.some((e) => e.type === type)) return null;
    return this.endpoint(type);
  }

  private obtain(useCaches: boolean): Promise<Token> {
    this.pending ??= this.load(useCaches).finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  private async load(useCaches: boolean): Promise<Token> {
    const { log, fileCache, shareInProcess } = this.o;
    if (useCaches) {
      const shared = shareInProcess ? processTokens.get(this.key) : undefined;
      if (this.usable(shared)) {
        log.debug({ expires_at: shared.expiresAt }, 'token reused from this process');
        return (this.token = shared);
      }
      const cached = await fileCache?.get(this.key);
      if (this.usable(cached)) {
        log.debug({ expires_at: cached.expiresAt }, 'token reused from the token cache');
        if (shareInProcess) processTokens.set(this.key, cached);
        return (this.token = cached);
      }
    }
    const k: KeystoneContext = {
      http: this.o.http,
      authUrl: this.o.config.authUrl,
      signal: this.o.signal,
      now: this.o.now,
      deviceLogin: this.o.deviceLogin,
      ...(this.o.sleep ? { sleep: this.o.sleep } : {}),
    };
    const token = await authenticate(k, this.o.config.auth);
    this.token = token;
    if (shareInProcess) processTokens.set(this.key, token);
    await fileCache?.put(this.key, token);
    log.debug(
      {
        method: this.o.config.auth.type,
        user: token.user.name ?? token.user.id,
        project: token.project?.name ?? token.project?.id ?? null,
        expires_at: token.expiresAt,
      },
      'authenticated',
    );
    return token;
  }

  private async forget(stale: string | null): Promise<void> {
    processTokens.drop(this.key, stale);
    await this.o.fileCache?.drop(this.key, stale);
    if (this.token && (stale === null || this.token.value === stale)) this.token = null;
  }
}
