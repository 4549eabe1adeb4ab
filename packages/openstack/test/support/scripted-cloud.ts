// A small scripted cloud for transport and auth tests: a Keystone that issues tokens whose catalog points back at
// this server, and service routes that answer from a script ([503, 200], a dropped connection, …) while every
// request is logged. Tests assert the exact request log and that every scripted answer was used.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface Answer {
  status?: number;
  headers?: Record<string, string>;
  /** JSON (object/array) or raw text. */
  body?: unknown;
  /** Destroy the socket without answering. */
  drop?: boolean;
  delayMs?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  text: string;
  json: unknown;
}

type Handler = (req: LoggedRequest) => Answer | Promise<Answer>;

export interface Identity {
  username: string;
  password: string;
  userId: string;
  userDomain: string;
  projectName: string;
  projectId: string;
  projectDomain: string;
  appCredId: string;
  appCredSecret: string;
}

export const IDENTITY: Identity = {
  username: 'demo',
  password: 'pw-Scripted-7f3a91c2',
  userId: 'u0000000000000000000000000000001',
  userDomain: 'Default',
  projectName: 'CHI-000000',
  projectId: 'p0000000000000000000000000000001',
  projectDomain: 'Default',
  appCredId: 'ac000000000000000000000000000001',
  appCredSecret: 'appcred-Scripted-5e6d7c8b',
};

export interface ScriptedCloudOptions {
  /** Token lifetime Keystone announces (default 3600 s). */
  tokenTtlSeconds?: number;
  /** X-Sim-Clock-Speed on every answer. */
  clockSpeed?: number;
}

export class ScriptedCloud {
  readonly log: LoggedRequest[] = [];
  readonly issued: string[] = [];
  readonly valid = new Set<string>();
  private readonly scripts = new Map<string, Array<Answer | Handler>>();
  private readonly routes = new Map<string, Handler>();
  private server!: Server;
  url = '';
  /** TCP connections accepted (keep-alive reuses them). */
  connections = 0;
  identity = IDENTITY;

  constructor(private readonly options: ScriptedCloudOptions = {}) {}

  get authUrl(): string {
    return `${this.url}/v3`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 2000;
    this.server.on('connection', () => (this.connections += 1));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Answers for "METHOD /path" (path without query), used once each, in order. */
  script(key: string, answers: Array<Answer | Handler>): this {
    this.scripts.set(key, [...(this.scripts.get(key) ?? []), ...answers]);
    return this;
  }

  /** A handler for every request to "METHOD /path" once its script is used up. */
  route(key: string, handler: Handler): this {
    this.routes.set(key, handler);
    return this;
  }

  /** Scripted answers never requested (a test that leaves some unused is wrong). */
  unused(): string[] {
    return [...this.scripts.entries()].flatMap(([k, v]) => v.map(() => k));
  }

  /** "METHOD /path" of every request, in order. */
  requests(filter?: (r: LoggedRequest) => boolean): string[] {
    return this.log.filter(filter ?? (() => true)).map((r) => `${r.method} ${r.path.split('?')[0]}`);
  }

  count(key: string): number {
    return this.requests().filter((r) => r === key).length;
  }

  /** Makes Keystone forget a token, as an expiry or a revocation would. */
  invalidate(token?: string): void {
    if (token) this.valid.delete(token);
    else this.valid.clear();
  }

  /** A 401 in Keystone's shape unless the request carries a valid token. */
  checkToken(req: LoggedRequest): Answer | null {
    const token = req.headers['x-auth-token'];
    if (typeof token === 'string' && this.valid.has(token)) return null;
    return {
      status: 401,
      headers: { 'www-authenticate': `Keystone uri="${this.authUrl}"` },
      body: {
        error: {
          code: 401,
          title: 'Unauthorized',
          message: 'The request you have made requires authentication.',
        },
      },
    };
  }

  catalog(): unknown[] {
    const u = this.url;
    const ep = (path: string, region: string, iface = 'public') => ({
      id: randomBytes(4).toString('hex'),
      interface: iface,
      region,
      region_id: region,
      url: `${u}${path}`,
    });
    const service = (type: string, name: string, path: string) => ({
      id: randomBytes(4).toString('hex'),
      type,
      name,
      endpoints: [
        ep(path, 'CHI@UC'),
        ep(`/internal${path}`, 'CHI@UC', 'internal'),
        ep(`/tacc${path}`, 'CHI@TACC'),
      ],
    });
    return [
      service('identity', 'keystone', '/v3'),
      service('reservation', 'blazar', '/reservation/v1'),
      service('compute', 'nova', '/compute/v2.1'),
      service('image', 'glance', '/image'),
      service('network', 'neutron', '/network'),
    ];
  }

  /** Issues a token the way Keystone does: X-Subject-Token header, token body with catalog. */
  issue(methods: string[], scoped = true, extra: Record<string, unknown> = {}): Answer {
    const token = `gAAAAA${randomBytes(24).toString('hex')}`;
    this.issued.push(token);
    this.valid.add(token);
    const now = Date.now();
    const ttl = (this.options.tokenTtlSeconds ?? 3600) * 1000;
    const id = this.identity;
    return {
      status: 201,
      headers: { 'x-subject-token': token },
      body: {
        token: {
          methods,
          issued_at: new Date(now).toISOString().replace('Z', '000Z'),
          expires_at: new Date(now + ttl).toISOString().replace('Z', '000Z'),
          user: { id: id.userId, name: id.username, domain: { id: 'default', name: id.userDomain } },
          ...(scoped
            ? {
                project: {
                  id: id.projectId,
                  name: id.projectName,
                  domain: { id: 'default', name: id.projectDomain },
                },
                catalog: this.catalog(),
              }
            : {}),
          ...extra,
        },
      },
    };
  }

  /** Keystone's POST /v3/auth/tokens for the test identity: password, application credential, token. */
  private keystone(req: LoggedRequest): Answer {
    const id = this.identity;
    // Loosely typed on purpose: the point is to read whatever the client sent.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const auth = (req.json as { auth?: any } | undefined)?.auth;
    const identity = auth?.identity ?? {};
    const unauthorized: Answer = {
      status: 401,
      body: {
        error: {
          code: 401,
          title: 'Unauthorized',
          message: 'The request you have made requires authentication.',
        },
      },
    };
    const methods: string[] = identity.methods ?? [];
    if (methods[0] === 'password') {
      const user = identity.password?.user ?? {};
      const who = user.id === id.userId || (user.name === id.username && user.domain?.name === id.userDomain);
      if (!who || user.password !== id.password) return unauthorized;
      return this.issue(['password'], Boolean(auth?.scope));
    }
    if (methods[0] === 'application_credential') {
      const ac = identity.application_credential ?? {};
      if (auth?.scope) return unauthorized;
      if (ac.id && ac.id !== id.appCredId) {
        return {
          status: 404,
          body: {
            error: {
              code: 404,
              title: 'Not Found',
              message: `Could not find Application Credential: ${ac.id}.`,
            },
          },
        };
      }
      if (ac.secret !== id.appCredSecret) return unauthorized;
      return this.issue(['application_credential']);
    }
    if (methods[0] === 'token') {
      if (!this.valid.has(identity.token?.id)) {
        return {
          status: 404,
          body: { error: { code: 404, title: 'Not Found', message: 'Could not find token.' } },
        };
      }
      return this.issue(['token'], Boolean(auth?.scope));
    }
    return {
      status: 400,
      body: { error: { code: 400, title: 'Bad Request', message: 'Invalid input for field identity' } },
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const logged: LoggedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      text,
      json,
    };
    this.log.push(logged);
    const key = `${logged.method} ${logged.path.split('?')[0]}`;
    const queue = this.scripts.get(key);
    let answer: Answer;
    if (queue && queue.length > 0) {
      const next = queue.shift()!;
      if (queue.length === 0) this.scripts.delete(key);
      answer = typeof next === 'function' ? await next(logged) : next;
    } else if (this.routes.has(key)) {
      answer = await this.routes.get(key)!(logged);
    } else if (key === 'POST /v3/auth/tokens') {
      answer = this.keystone(logged);
    } else {
      answer = {
        status: 404,
        body: { error: { code: 404, title: 'Not Found', message: `no route for ${key}` } },
      };
    }
    if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
    if (answer.drop) {
      req.socket.destroy();
      return;
    }
    const body =
      answer.body === undefined
        ? ''
        : typeof answer.body === 'string'
          ? answer.body
          : JSON.stringify(answer.body);
    const ownId = Object.keys(answer.headers ?? {}).some((h) => h.endsWith('request-id'));
    const headers: Record<string, string> = {
      ...(ownId ? {} : { 'x-openstack-request-id': `req-${randomBytes(8).toString('hex')}` }),
      ...(answer.body !== undefined && typeof answer.body !== 'string'
        ? { 'content-type': 'application/json' }
        : {}),
      ...(this.options.clockSpeed ? { 'x-sim-clock-speed': String(this.options.clockSpeed) } : {}),
      ...answer.headers,
    };
    res.writeHead(answer.status ?? 200, headers);
    res.end(body);
  }
}

export async function scriptedCloud(options?: ScriptedCloudOptions): Promise<ScriptedCloud> {
  return new ScriptedCloud(options).start();
}

/** An openrc-like environment for the scripted cloud's password identity. */
export function passwordEnv(cloud: ScriptedCloud, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    OS_AUTH_URL: cloud.authUrl,
    OS_AUTH_TYPE: 'v3password',
    OS_USERNAME: cloud.identity.username,
    OS_PASSWORD: cloud.identity.password,
    OS_USER_DOMAIN_NAME: cloud.identity.userDomain,
    OS_PROJECT_NAME: cloud.identity.projectName,
    OS_PROJECT_DOMAIN_NAME: cloud.identity.projectDomain,
    OS_REGION_NAME: 'CHI@UC',
    OS_INTERFACE: 'public',
    ENVBOOT_TOKEN_CACHE: '0',
    ...extra,
  };
}

export function appCredEnv(cloud: ScriptedCloud, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    OS_AUTH_URL: cloud.authUrl,
    OS_AUTH_TYPE: 'v3applicationcredential',
    OS_APPLICATION_CREDENTIAL_ID: cloud.identity.appCredId,
    OS_APPLICATION_CREDENTIAL_SECRET: cloud.identity.appCredSecret,
    OS_REGION_NAME: 'CHI@UC',
    ENVBOOT_TOKEN_CACHE: '0',
    ...extra,
  };
}
