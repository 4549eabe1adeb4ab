// keystonemiddleware's job for an external Keystone: a token the simulator did not issue is validated there
// (GET /v3/auth/tokens, the token validating itself), and the answer is cached until the token expires.
import type { Logger } from '@envboot/core';
import type { TokenInfo } from './tokens.js';

const NEGATIVE_CACHE_MS = 5_000;

interface WireToken {
  token?: {
    methods?: string[];
    user?: { id?: string; name?: string; domain?: { id?: string; name?: string } };
    project?: { id?: string; name?: string; domain?: { id?: string; name?: string } };
    roles?: Array<{ id: string; name: string }>;
    audit_ids?: string[];
    issued_at?: string;
    expires_at?: string;
    application_credential?: { id: string; name: string; restricted: boolean };
  };
}

export class ExternalKeystone {
  readonly #rejected = new Map<string, number>();
  readonly #authUrl: string;
  readonly #log: Logger;

  constructor(url: string, log: Logger) {
    this.#log = log;
    const base = url.replace(/\/+$/, '');
    this.#authUrl = base.endsWith('/v3') ? base : `${base}/v3`;
  }

  get authUrl(): string {
    return this.#authUrl;
  }

  async validate(token: string, wallNow: number): Promise<TokenInfo | undefined> {
    const rejectedAt = this.#rejected.get(token);
    if (rejectedAt !== undefined && wallNow - rejectedAt < NEGATIVE_CACHE_MS) return undefined;
    let res: Response;
    try {
      res = await fetch(`${this.#authUrl}/auth/tokens?nocatalog`, {
        headers: { 'X-Auth-Token': token, 'X-Subject-Token': token, Accept: 'application/json' },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (err) {
      // Keystone unreachable or too slow: the token cannot be validated, so it is refused (and the log says why).
      if (!unreachable(err)) throw err;
      this.#log.warn(
        { url: this.#authUrl, reason: (err as Error).message },
        'the external Keystone did not answer: a token it issued is refused',
      );
      return undefined;
    }
    if (res.status !== 200) {
      this.#rejected.set(token, wallNow);
      if (this.#rejected.size > 1000) this.#rejected.clear();
      return undefined;
    }
    const body = (await res.json().catch((err: unknown) => {
      if (!(err instanceof SyntaxError)) throw err;
      return {}; // not a token document: refused below
    })) as WireToken;
    const t = body.token;
    if (!t?.user?.id || !t.expires_at) return undefined;
    const domain = (d?: { id?: string; name?: string }) => ({
      id: d?.id ?? 'default',
      name: d?.name ?? 'Default',
    });
    return {
      id: token,
      userId: t.user.id,
      userName: t.user.name ?? t.user.id,
      userDomain: domain(t.user.domain),
      projectId: t.project?.id ?? null,
      projectName: t.project?.name ?? null,
      projectDomain: t.project ? domain(t.project.domain) : null,
      roles: t.roles ?? [],
      methods: t.methods ?? [],
      auditIds: t.audit_ids ?? [],
      issuedAt: Date.parse(t.issued_at ?? '') || wallNow,
      expiresAt: Date.parse(t.expires_at.endsWith('Z') ? t.expires_at : `${t.expires_at}Z`),
      ...(t.application_credential ? { appCredential: t.application_credential } : {}),
      external: true,
    };
  }
}

/** What fetch() throws when there is no answer: a network failure ("fetch failed"), or the timeout. */
function unreachable(err: unknown): boolean {
  const e = err as { name?: unknown; message?: unknown } | null;
  return (e?.name === 'TypeError' && e.message === 'fetch failed') || e?.name === 'TimeoutError';
}
