// startSim: one HTTP server for every service of the simulated site. Each request: bring the state up to date
// with the virtual clock, count it, apply faults, check the token (keystonemiddleware's job), run the handler, and
// answer with the service's headers plus X-Openstack-Request-Id, X-Sim-Clock-Speed and a Date in virtual time.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  ConflictError,
  EnvbootError,
  SIM_DEFAULT_PORT,
  UsageError,
  silentLogger,
  type Logger,
} from '@envboot/core';
import { adminRoutes, stateDocument } from './admin.js';
import { reservationHeaders } from './blazar/versions.js';
import { checkSpeed, VirtualClock } from './clock.js';
import { httpDate } from './dates.js';
import { serviceError } from './errors.js';
import { Faults, type FaultAction, type FaultDecision, type FaultSpec } from './faults.js';
import { header, ReplyError, type Reply, type ServiceName, type SimRequest } from './http.js';
import { requestId } from './ids.js';
import { keystoneError, UNAUTHORIZED_MESSAGE } from './keystone/errors.js';
import { DEFAULT_IDENTITY, type SimIdentity } from './keystone/identity.js';
import {
  IDENTITY_PROVIDER,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_REALM_PATH,
  PROTOCOL,
} from './keystone/oidc.js';
import { computeVersion } from './nova/versions.js';
import { captureState, loadState, Persister, restoreState } from './persist.js';
import { Router, serviceOf } from './router.js';
import { ROUTES } from './routes.js';
import { loadSeed, seedShift } from './seed.js';
import { Stats } from './stats.js';
import { World } from './world.js';

export interface SimOptions {
  /** 0 = ephemeral; default 8788. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** 'uc' (default): the 132 CHI@UC nodes and their calendar; 'small': 8 nodes; or a seed file path. */
  seed?: 'uc' | 'small' | string;
  /** Virtual clock speed factor (≥ 1), default 1. */
  speed?: number;
  faults?: FaultSpec | string;
  /** A JSON file to keep state across restarts. */
  persist?: string;
  /** Validate tokens the simulator did not issue against this Keystone. */
  keystoneUrl?: string;
  /** Token lifetime (default 3600 s). */
  tokenTtlSeconds?: number;
  /** Where the simulator logs (default: nowhere). */
  logger?: Logger;
  /** Told of every request once its answer is sent (benchmarks count a client's sequential rounds from these). */
  onRequest?: (request: AnsweredRequest) => void;
}

export interface AnsweredRequest {
  method: string;
  path: string;
  status: number;
  /** When it arrived and when its answer was sent (performance.now(), ms). */
  arrived: number;
  answered: number;
}

export interface SimClock {
  now(): Date;
  advance(ms: number): void;
  setSpeed(factor: number): void;
  readonly speed: number;
}

export interface Sim {
  url: string;
  authUrl: string;
  identity: SimIdentity;
  /** The Keycloak stand-in, for OS_AUTH_TYPE=v3oidcpassword. */
  oidc: {
    discoveryUrl: string;
    clientId: string;
    clientSecret: string;
    identityProvider: string;
    protocol: string;
  };
  clock: SimClock;
  setFaults(spec: FaultSpec | string): void;
  clearFaults(): void;
  state(): Record<string, unknown>;
  stats(): Record<string, number>;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
/** What the system answers when --host names no address this machine can listen on. */
const UNUSABLE_HOST = new Set([
  'EADDRNOTAVAIL',
  'ENOTFOUND',
  'EINVAL',
  'EAFNOSUPPORT',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'EAI_FAMILY',
]);

function checkOptions(o: SimOptions): void {
  if (o.port !== undefined && (!Number.isInteger(o.port) || o.port < 0 || o.port > 65535)) {
    throw new UsageError(`port must be a whole number from 0 to 65535, got ${String(o.port)}`, {
      field: 'port',
    });
  }
  if (o.speed !== undefined) checkSpeed(o.speed);
  if (o.tokenTtlSeconds !== undefined && (!Number.isInteger(o.tokenTtlSeconds) || o.tokenTtlSeconds < 1)) {
    throw new UsageError(`tokenTtlSeconds must be a whole number ≥ 1, got ${String(o.tokenTtlSeconds)}`, {
      field: 'token-ttl',
    });
  }
  if (o.keystoneUrl !== undefined && !/^https?:\/\/[^/]+/.test(o.keystoneUrl)) {
    throw new UsageError(`keystone URL must be an http(s) URL, got ${o.keystoneUrl}`, {
      field: 'keystone-url',
    });
  }
}

function readBody(req: IncomingMessage): Promise<string | undefined> | string {
  // Most requests (GET, DELETE) have no body: no stream to wait for.
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined)
    return '';
  if (req.headers['content-length'] === '0') return '';
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function normalizePath(raw: string): string {
  let path = raw.replace(/\/{2,}/g, '/');
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path || '/';
}

export async function startSim(options: SimOptions = {}): Promise<Sim> {
  checkOptions(options);
  const log = options.logger ?? silentLogger();
  const seedName = options.seed ?? 'uc';
  const seed = loadSeed(seedName);
  const faults = new Faults(options.faults ?? {});
  const saved = options.persist ? loadState(options.persist, seedName) : undefined;
  const clock = new VirtualClock({ speed: options.speed ?? 1, start: saved?.virtualNow });
  const stats = new Stats();
  const router = new Router([...ROUTES, ...adminRoutes(stats)]);
  const sockets = new Set<Socket>();
  let world: World | undefined;
  let persister: Persister | undefined;

  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    const observe = options.onRequest;
    if (observe) {
      const arrived = performance.now();
      res.once('finish', () =>
        observe({
          method: req.method ?? 'GET',
          path: (req.url ?? '/').split('?')[0]!,
          status: res.statusCode,
          arrived,
          answered: performance.now(),
        }),
      );
    }
    handle(req, res).catch((err: unknown) => {
      log.error({ err }, 'request failed');
      if (!res.headersSent) res.destroy();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const w = world;
    if (!w) {
      res.writeHead(503).end();
      return;
    }
    w.scheduler.tick();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = normalizePath(q < 0 ? url : url.slice(0, q));
    const service = serviceOf(path);
    const match = router.match(method, path);
    if (service !== 'admin') stats.count(match ? match.key : `${method} (no route)`);
    const decision: FaultDecision = service === 'admin' ? { delayMs: 0 } : faults.decide(method, path);
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    if (decision.before?.kind === 'drop') {
      stats.faulted();
      log.debug({ method, path }, 'fault: connection dropped');
      req.socket.destroy();
      return;
    }
    const body = await readBody(req);
    let reply: Reply;
    let extra: Record<string, string> = {};
    if (body === undefined) {
      reply = serviceError(service, 413, 'Request body too large');
    } else if (decision.before) {
      stats.faulted();
      reply = faultReply(service, decision.before);
    } else if (!match) {
      const allowed = router.allowed(path);
      reply = allowed.length
        ? {
            ...serviceError(service, 405, `The method ${method} is not allowed for this resource.`),
            headers: { Allow: allowed.join(', ') },
          }
        : serviceError(service, 404, 'The resource could not be found.');
    } else {
      const sreq: SimRequest = {
        method,
        path,
        query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
        headers: req.headers,
        params: match.params,
        body,
        now: w.clock.nowMs(),
      };
      try {
        extra = serviceHeaders(service, sreq);
        if (match.route.auth) {
          const info = await w.authenticate(header(sreq, 'x-auth-token'));
          if (!info || !info.projectId) throw new ReplyError(keystoneError(401, UNAUTHORIZED_MESSAGE));
          sreq.auth = info;
        }
        reply = await match.route.handler(sreq, w);
      } catch (err) {
        if (err instanceof ReplyError) reply = err.reply;
        else if (err instanceof EnvbootError && service === 'admin')
          reply = serviceError(service, 400, err.message);
        else {
          log.error({ err, method, path }, 'unexpected error in a handler');
          reply = serviceError(service, 500, 'Internal Server Error');
        }
      }
    }
    if (decision.after) {
      stats.faulted();
      if (decision.after.kind === 'drop') {
        log.debug({ method, path }, 'fault: connection dropped after the request was carried out');
        req.socket.destroy();
        return;
      }
      reply = faultReply(service, decision.after);
    }
    send(w, res, service, reply, extra);
    if (log.isLevelEnabled('debug')) log.debug({ method, path, status: reply.status }, 'request');
  }

  function send(
    w: World,
    res: ServerResponse,
    service: ServiceName,
    reply: Reply,
    extra: Record<string, string>,
  ): void {
    const headers: Record<string, string> = {
      ...extra,
      ...reply.headers,
      'X-Openstack-Request-Id': requestId(),
      'X-Sim-Clock-Speed': String(w.clock.speed),
      Date: httpDate(w.clock.nowMs()),
    };
    if (service === 'identity') headers.Vary = 'X-Auth-Token';
    if (service === 'compute') headers['X-Compute-Request-Id'] = headers['X-Openstack-Request-Id']!;
    if (reply.status === 401 && service !== 'oidc')
      headers['WWW-Authenticate'] = `Keystone uri="${w.authUrl}"`;
    let payload: string | undefined;
    if (reply.body !== undefined) {
      payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      headers['Content-Type'] = reply.contentType ?? 'application/json';
      headers['Content-Length'] = String(Buffer.byteLength(payload));
    } else if (reply.status !== 204 && reply.status !== 304) {
      headers['Content-Length'] = '0';
    }
    res.sendDate = false;
    res.writeHead(reply.status, headers);
    res.end(payload);
  }

  function faultReply(service: ServiceName, action: FaultAction): Reply {
    if (action.kind !== 'status') throw new Error('not a status fault');
    const r = serviceError(service, action.status, `Simulated fault: HTTP ${action.status}`);
    return action.retryAfter === undefined
      ? r
      : { ...r, headers: { ...r.headers, 'Retry-After': String(action.retryAfter) } };
  }

  function serviceHeaders(service: ServiceName, sreq: SimRequest): Record<string, string> {
    if (service === 'reservation') return reservationHeaders(sreq);
    if (service === 'compute') {
      const v = computeVersion(sreq);
      sreq.microversion = v.version;
      return v.headers;
    }
    return {};
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') {
        reject(
          new ConflictError(`port ${options.port ?? SIM_DEFAULT_PORT} on ${host} is already in use`, {
            hint: 'Pass --port 0 for a free port, or another port.',
          }),
        );
      } else if (UNUSABLE_HOST.has(err.code ?? '')) {
        reject(new UsageError(`cannot listen on ${host}: ${err.code}`, { field: 'host' }));
      } else if (err.code === 'EACCES') {
        reject(
          new UsageError(`cannot listen on port ${options.port} of ${host}: EACCES`, {
            field: 'port',
            hint: 'Ports below 1024 need privileges; pass --port 0 for a free port.',
          }),
        );
      } else reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(options.port ?? SIM_DEFAULT_PORT, host);
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const base = `http://${urlHost}:${port}`;
  const identity: SimIdentity = { ...DEFAULT_IDENTITY };
  try {
    world = new World({
      base,
      seed,
      shift: saved?.shift ?? seedShift(seed, clock.nowMs()),
      identity,
      clock,
      faults,
      log,
      tokenTtlSeconds: options.tokenTtlSeconds ?? 3600,
      keystoneUrl: options.keystoneUrl,
      onChange: () => persister?.schedule(),
    });
    if (saved) restoreState(world, saved);
    if (options.persist) {
      const w = world;
      persister = new Persister(
        options.persist,
        () => captureState(w, seedName),
        (err) => log.error({ err }, `${err.message}; the state is written again at the next change`),
      );
      persister.flush();
    }
  } catch (err) {
    server.close();
    throw err;
  }
  const live = world;
  log.info(
    { url: base, seed: seed.name, hosts: live.blazar.hostList.length, speed: clock.speed },
    `simulated site listening on ${base}`,
  );

  let closed: Promise<void> | undefined;
  return {
    url: base,
    authUrl: `${base}/v3`,
    identity,
    oidc: {
      discoveryUrl: `${base}${OIDC_REALM_PATH}/.well-known/openid-configuration`,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      identityProvider: IDENTITY_PROVIDER,
      protocol: PROTOCOL,
    },
    clock: {
      now: () => clock.now(),
      advance: (ms) => clock.advance(ms),
      setSpeed: (factor) => clock.setSpeed(factor),
      get speed() {
        return clock.speed;
      },
    },
    setFaults: (spec) => {
      faults.set(spec);
    },
    clearFaults: () => faults.clear(),
    state: () => {
      live.scheduler.tick();
      return stateDocument(live);
    },
    stats: () => stats.snapshot(),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        live.scheduler.close();
        try {
          persister?.flush();
        } catch (err) {
          log.error({ err }, 'could not write the state file');
        }
        server.close(() => resolve());
        server.closeAllConnections();
        for (const s of sockets) s.destroy();
      })),
  };
}
