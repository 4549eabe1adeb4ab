// The state of the Keycloak stand-in's realm: its clients, access tokens, login sessions with their refresh tokens,
// and pending device logins. It knows nothing of any one site: users are named by the caller, times are passed
// in, so that several simulated sites can federate to one realm object, as Chameleon's sites all use one realm.
import { randomBytes, randomInt } from 'node:crypto';

export const OIDC_CLIENT_ID = 'keystone-sim';
export const OIDC_CLIENT_SECRET = 'none';
/** ccauth's public client for the device flow. */
export const DEVICE_CLIENT_ID = 'chi-cli-device-token';
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

const ACCESS_TOKEN_SECONDS = 300;
/** Keycloak's default device code lifetime and polling interval. */
const DEVICE_CODE_SECONDS = 600;
const DEFAULT_POLL_INTERVAL_SECONDS = 5;
/** How long a refresh token stays usable (idle), on the simulator's virtual clock. */
export const REFRESH_TOKEN_SECONDS = 7 * 24 * 3600;

export interface RealmUser {
  /** The subject (sub claim). */
  id: string;
  /** preferred_username: what a site's Keystone maps the federated user by. */
  username: string;
}

export interface OidcClient {
  id: string;
  /** null: a public client (client_id in the form, no secret). */
  secret: string | null;
  grants: string[];
}

export const CLIENTS: OidcClient[] = [
  { id: OIDC_CLIENT_ID, secret: OIDC_CLIENT_SECRET, grants: ['password', 'refresh_token'] },
  { id: DEVICE_CLIENT_ID, secret: null, grants: [DEVICE_CODE_GRANT, 'refresh_token'] },
];

interface AccessToken extends RealmUser {
  /** Wall-clock ms: access tokens, like Keystone tokens, live in real time. */
  expiresAt: number;
}

interface Session {
  id: string;
  user: RealmUser;
  clientId: string;
  active: boolean;
}

interface RefreshToken {
  sessionId: string;
  /** Virtual ms. */
  expiresAt: number;
  used: boolean;
}

export interface DeviceLogin {
  deviceCode: string;
  userCode: string;
  clientId: string;
  scope: string;
  /** Wall-clock ms: the person approving it lives in real time. */
  expiresAt: number;
  intervalS: number;
  lastPollAt: number | null;
  approvedBy: RealmUser | null;
  denied: boolean;
}

/** What a grant gives: Keycloak's token response. */
export interface Grant {
  access_token: string;
  expires_in: number;
  refresh_expires_in: number;
  refresh_token: string;
  token_type: 'Bearer';
  id_token: string;
  'not-before-policy': 0;
  session_state: string;
  scope: string;
}

/** An OAuth error as Keycloak answers it: 400 {"error", "error_description"}. */
export class OauthError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}

const LIMIT = 10_000;
const USER_CODE_LETTERS = 'BCDFGHJKLMNPQRSTVWXZ';

function userCode(): string {
  const pick = () => USER_CODE_LETTERS[randomInt(USER_CODE_LETTERS.length)];
  const half = () => Array.from({ length: 4 }, pick).join('');
  return `${half()}-${half()}`;
}

export class OidcProvider {
  readonly #tokens = new Map<string, AccessToken>();
  readonly #sessions = new Map<string, Session>();
  readonly #refresh = new Map<string, RefreshToken>();
  readonly #devices = new Map<string, DeviceLogin>();
  /** Seconds a device login's client waits between polls. */
  pollIntervalS = DEFAULT_POLL_INTERVAL_SECONDS;
  /** Approve every new device login at once, as this user (tests and demos); null: wait for an approval. */
  autoApprove: RealmUser | null = null;

  client(id: string | undefined): OidcClient | undefined {
    return CLIENTS.find((c) => c.id === id);
  }

  /** A new access token (a JWT-shaped string; its signature is random). */
  issue(
    userId: string,
    username: string,
    issuer: string,
    wallNow: number,
    clientId = OIDC_CLIENT_ID,
  ): { token: string; expiresIn: number } {
    const now = Math.floor(wallNow / 1000);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const token = [
      b64({ alg: 'RS256', typ: 'JWT', kid: 'sim' }),
      b64({
        exp: now + ACCESS_TOKEN_SECONDS,
        iat: now,
        iss: issuer,
        sub: userId,
        typ: 'Bearer',
        azp: clientId,
        preferred_username: username,
      }),
      randomBytes(64).toString('base64url'),
    ].join('.');
    if (this.#tokens.size > LIMIT) this.#tokens.clear();
    this.#tokens.set(token, { id: userId, username, expiresAt: wallNow + ACCESS_TOKEN_SECONDS * 1000 });
    return { token, expiresIn: ACCESS_TOKEN_SECONDS };
  }

  /** The user an access token belongs to, while it is valid. */
  holderOf(token: string, wallNow: number): RealmUser | undefined {
    const t = this.#tokens.get(token);
    return t && t.expiresAt > wallNow ? { id: t.id, username: t.username } : undefined;
  }

  userFor(token: string, wallNow: number): string | undefined {
    return this.holderOf(token, wallNow)?.id;
  }

  #newRefreshToken(sessionId: string, virtualNow: number): string {
    if (this.#refresh.size > LIMIT) {
      for (const [k, r] of this.#refresh) if (r.used || r.expiresAt <= virtualNow) this.#refresh.delete(k);
    }
    const token = randomBytes(48).toString('base64url');
    this.#refresh.set(token, {
      sessionId,
      expiresAt: virtualNow + REFRESH_TOKEN_SECONDS * 1000,
      used: false,
    });
    return token;
  }

  #grant(session: Session, scope: string, issuer: string, now: { wall: number; virtual: number }): Grant {
    const access = this.issue(session.user.id, session.user.username, issuer, now.wall, session.clientId);
    return {
      access_token: access.token,
      expires_in: access.expiresIn,
      refresh_expires_in: REFRESH_TOKEN_SECONDS,
      refresh_token: this.#newRefreshToken(session.id, now.virtual),
      token_type: 'Bearer',
      id_token: access.token,
      'not-before-policy': 0,
      session_state: session.id,
      scope,
    };
  }

  /** A new login session for `user` and its first tokens. */
  login(
    user: RealmUser,
    clientId: string,
    scope: string,
    issuer: string,
    now: { wall: number; virtual: number },
  ): Grant {
    const session: Session = { id: randomBytes(16).toString('hex'), user, clientId, active: true };
    if (this.#sessions.size > LIMIT) {
      for (const [k, s] of this.#sessions) if (!s.active) this.#sessions.delete(k);
    }
    this.#sessions.set(session.id, session);
    return this.#grant(session, scope, issuer, now);
  }

  /** The refresh_token grant: new tokens, the used refresh token spent (rotation). */
  refresh(
    token: string,
    clientId: string,
    scope: string,
    issuer: string,
    now: { wall: number; virtual: number },
  ): Grant {
    const r = this.#refresh.get(token);
    if (!r || r.expiresAt <= now.virtual) throw new OauthError('invalid_grant', 'Token is not active');
    const session = this.#sessions.get(r.sessionId);
    if (!session?.active) throw new OauthError('invalid_grant', 'Session not active');
    if (session.clientId !== clientId) {
      throw new OauthError(
        'invalid_grant',
        "Invalid refresh token. Token client and authorized client don't match",
      );
    }
    if (r.used) throw new OauthError('invalid_grant', 'Maximum allowed refresh token reuse exceeded');
    r.used = true;
    return this.#grant(session, scope, issuer, now);
  }

  /** Ends every login session of a user (an administrator's "sign out"): their refresh tokens stop working. */
  revoke(username: string): number {
    let n = 0;
    for (const s of this.#sessions.values()) {
      if (s.user.username === username && s.active) {
        s.active = false;
        n += 1;
      }
    }
    return n;
  }

  /** RFC 8628 §3.2: a new device login, approved at once when autoApprove is set. */
  startDeviceLogin(clientId: string, scope: string, wallNow: number): DeviceLogin {
    if (this.#devices.size > LIMIT) {
      for (const [k, d] of this.#devices) if (d.expiresAt <= wallNow) this.#devices.delete(k);
    }
    const login: DeviceLogin = {
      deviceCode: randomBytes(32).toString('base64url'),
      userCode: userCode(),
      clientId,
      scope,
      expiresAt: wallNow + DEVICE_CODE_SECONDS * 1000,
      intervalS: this.pollIntervalS,
      lastPollAt: null,
      approvedBy: this.autoApprove,
      denied: false,
    };
    this.#devices.set(login.deviceCode, login);
    return login;
  }

  /** The device logins whose code is still valid and not yet used. */
  pendingDeviceLogins(wallNow: number): DeviceLogin[] {
    return [...this.#devices.values()].filter((d) => d.expiresAt > wallNow);
  }

  /** The user's answer in the browser: approve (as `user`) or deny. False when no valid login has that code. */
  answerDeviceLogin(code: string, answer: { approve: RealmUser } | { deny: true }, wallNow: number): boolean {
    const wanted = code.toUpperCase().replace(/[^A-Z]/g, '');
    const login = [...this.#devices.values()].find(
      (d) => d.userCode.replace(/-/g, '') === wanted && d.expiresAt > wallNow,
    );
    if (!login) return false;
    if ('approve' in answer) login.approvedBy = answer.approve;
    else login.denied = true;
    return true;
  }

  /** The device_code grant (RFC 8628 §3.4-3.5), as Keycloak answers it. */
  pollDeviceLogin(
    deviceCode: string,
    clientId: string,
    issuer: string,
    now: { wall: number; virtual: number },
  ): Grant {
    const login = this.#devices.get(deviceCode);
    if (!login || login.clientId !== clientId) throw new OauthError('invalid_grant', 'Device code not valid');
    if (login.expiresAt <= now.wall) {
      this.#devices.delete(deviceCode);
      throw new OauthError('expired_token', 'Device code is expired');
    }
    if (login.denied) {
      this.#devices.delete(deviceCode);
      throw new OauthError('access_denied', 'The end user denied the authorization request');
    }
    const last = login.lastPollAt;
    login.lastPollAt = now.wall;
    // Half the interval of slack: the client's timer and ours do not tick together.
    if (last !== null && now.wall - last < (login.intervalS * 1000) / 2) {
      throw new OauthError('slow_down', 'Slow down');
    }
    if (!login.approvedBy) {
      throw new OauthError('authorization_pending', 'The authorization request is still pending');
    }
    this.#devices.delete(deviceCode);
    return this.login(login.approvedBy, clientId, login.scope, issuer, now);
  }
}
