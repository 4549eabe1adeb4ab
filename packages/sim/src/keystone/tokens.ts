// Tokens: issued by the simulator (opaque, Fernet-looking) or, when an external Keystone is configured, any token
// that Keystone validates. Tokens live by the wall clock, like a real Keystone's.
import { auditId, fernetLikeToken } from '../ids.js';
import { keystoneDate } from '../dates.js';
import type { CatalogEntry } from './catalog.js';
import { DEFAULT_DOMAIN, type Directory, type Domain, type Role } from './identity.js';

export interface TokenInfo {
  id: string;
  userId: string;
  userName: string;
  userDomain: Domain;
  projectId: string | null;
  projectName: string | null;
  projectDomain: Domain | null;
  roles: Role[];
  methods: string[];
  auditIds: string[];
  /** Wall-clock ms. */
  issuedAt: number;
  expiresAt: number;
  appCredential?: { id: string; name: string; restricted: boolean };
  federated?: { identityProvider: string; protocol: string };
  /** Validated by an external Keystone (keystonemiddleware mode). */
  external?: boolean;
}

export interface IssueOptions {
  methods: string[];
  projectId: string | null;
  /** Cap from an application credential's expires_at or the token being rescoped. */
  expiresAt?: number;
  auditIds?: string[];
  appCredential?: TokenInfo['appCredential'];
  federated?: TokenInfo['federated'];
}

export class TokenStore {
  readonly #tokens = new Map<string, TokenInfo>();

  constructor(
    private readonly directory: Directory,
    private readonly wall: () => number,
    /** Current lifetime in seconds (the token-expiry fault can shorten it). */
    private readonly ttlSeconds: () => number,
  ) {}

  issue(userId: string, options: IssueOptions): TokenInfo {
    const user = this.directory.users.get(userId);
    if (!user) throw new Error(`no user ${userId}`);
    const project = options.projectId ? this.directory.projects.get(options.projectId) : undefined;
    const now = Math.floor(this.wall() / 1000) * 1000;
    const lifetime = now + this.ttlSeconds() * 1000;
    const info: TokenInfo = {
      id: fernetLikeToken(),
      userId,
      userName: user.name,
      userDomain: user.domain,
      projectId: project?.id ?? null,
      projectName: project?.name ?? null,
      projectDomain: project?.domain ?? null,
      roles: project ? this.directory.rolesOn(userId, project.id) : [],
      methods: options.methods,
      auditIds: options.auditIds ?? [auditId()],
      issuedAt: now,
      expiresAt: options.expiresAt === undefined ? lifetime : Math.min(lifetime, options.expiresAt),
      ...(options.appCredential ? { appCredential: options.appCredential } : {}),
      ...(options.federated ? { federated: options.federated } : {}),
    };
    this.#sweep();
    this.#tokens.set(info.id, info);
    return info;
  }

  /** A live token, or undefined when unknown, revoked or expired. */
  get(id: string | undefined): TokenInfo | undefined {
    if (!id) return undefined;
    const info = this.#tokens.get(id);
    if (!info) return undefined;
    if (this.wall() >= info.expiresAt) {
      this.#tokens.delete(id);
      return undefined;
    }
    return info;
  }

  /** Remembers a token validated elsewhere, until it expires. */
  adopt(info: TokenInfo): void {
    this.#tokens.set(info.id, info);
  }

  revoke(id: string): boolean {
    return this.#tokens.delete(id);
  }

  snapshot(): TokenInfo[] {
    const now = this.wall();
    return [...this.#tokens.values()].filter((t) => !t.external && t.expiresAt > now);
  }

  restore(tokens: TokenInfo[]): void {
    for (const t of tokens) this.#tokens.set(t.id, t);
  }

  #sweep(): void {
    if (this.#tokens.size < 10_000) return;
    const now = this.wall();
    for (const [id, t] of this.#tokens) if (now >= t.expiresAt) this.#tokens.delete(id);
  }
}

/** The body Keystone returns for a token (POST and GET /v3/auth/tokens). */
export function renderToken(info: TokenInfo, catalog: CatalogEntry[] | null): Record<string, unknown> {
  const token: Record<string, unknown> = {
    methods: info.methods,
    user: {
      domain: { ...info.userDomain },
      id: info.userId,
      name: info.userName,
      ...(info.federated
        ? {
            'OS-FEDERATION': {
              identity_provider: { id: info.federated.identityProvider },
              protocol: { id: info.federated.protocol },
              groups: [],
            },
          }
        : {}),
      password_expires_at: null,
    },
    audit_ids: info.auditIds,
    expires_at: keystoneDate(info.expiresAt),
    issued_at: keystoneDate(info.issuedAt),
  };
  if (info.projectId) {
    token.project = {
      domain: { ...(info.projectDomain ?? DEFAULT_DOMAIN) },
      id: info.projectId,
      name: info.projectName,
    };
    token.is_domain = false;
    token.roles = info.roles.map((r) => ({ id: r.id, name: r.name }));
    if (catalog) token.catalog = catalog;
  }
  if (info.appCredential) token.application_credential = { ...info.appCredential };
  return { token };
}
