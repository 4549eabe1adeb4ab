// startSim: one HTTP server for every service of the simulated site. It listens, builds the site's state once it
// knows its own URL, answers each request through the request pipeline (pipeline/index.ts: faults, routing, auth,
// dispatch, headers), and on close stops the clock's work, saves the state and ends every connection.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ConflictError, UsageError, silentLogger, type Logger } from '@envboot/core';
import { adminRoutes, stateDocument } from './admin.js';
import { checkSpeed, VirtualClock } from './clock.js';
import { Faults, type FaultSpec } from './faults.js';
import { DEFAULT_IDENTITY, type SimIdentity } from './keystone/identity.js';
import {
  DEVICE_CLIENT_ID,
  IDENTITY_PROVIDER,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_REALM_PATH,
  PROTOCOL,
} from './keystone/oidc.js';
import { captureState, loadState, Persister, restoreState, type PersistedState } from './persist.js';
import { requestListener, type AnsweredRequest } from './pipeline/index.js';
import { Router } from './router.js';
import { ROUTES } from './routes.js';
import { loadSeed, seedShift, type Seed } from './seed.js';
import { Stats } from './stats.js';
import { World } from './world.js';

export type { AnsweredRequest } from './pipeline/index.js';

/** The port the simulator listens on unless told otherwise; the cloud client's `sim` site points there. */
export const SIM_DEFAULT_PORT = 8788;

export interface SimOptions {
  /** 0 = ephemeral; default SIM_DEFAULT_PORT (8788). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** 'uc' (default): the 132 CHI@UC nodes and their calendar; 'small': 8 nodes; or a seed file path. */
  seed?: 'uc' | 'small' | string;
  /** Virtual clock speed factor (≥ 1), default 1. */
  speed?: number;
  /** The wall clock the virtual clock runs from (tests); default Date.now. */
  wall?: () => number;
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
  /** The Keycloak stand-in, for OS_AUTH_TYPE=v3oidcpassword (clientId) and v3chameleonoidc (deviceClientId). */
  oidc: {
    discoveryUrl: string;
    clientId: string;
    deviceClientId: string;
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

export async function startSim(options: SimOptions = {}): Promise<Sim> {
  checkOptions(options);
  const log = options.logger ?? silentLogger();
  const seedName = options.seed ?? 'uc';
  const seed = loadSeed(seedName);
  const faults = new Faults(options.faults ?? {});
  const saved = options.persist ? loadState(options.persist, seedName) : undefined;
  const clock = new VirtualClock({ speed: options.speed ?? 1, start: saved?.virtualNow, wall: options.wall });
  const stats = new Stats();
  const router = new Router([...ROUTES, ...adminRoutes(stats)]);
  let site: Site | undefined;
  const server = createServer(
    { keepAliveTimeout: 5_000 },
    requestListener({ world: () => site?.world, router, stats, faults, log }, options.onRequest),
  );
  const sockets = trackSockets(server);

  const host = options.host ?? '127.0.0.1';
  const port = await listen(server, options.port ?? SIM_DEFAULT_PORT, host);
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const base = `http://${urlHost}:${port}`;
  const identity: SimIdentity = { ...DEFAULT_IDENTITY };
  try {
    site = openSite({ options, base, seed, seedName, saved, identity, clock, faults, log });
  } catch (err) {
    server.close();
    throw err;
  }
  const { world, persister } = site;
  log.info(
    { url: base, seed: seed.name, hosts: world.blazar.hostList.length, speed: clock.speed },
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
      deviceClientId: DEVICE_CLIENT_ID,
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
      world.scheduler.tick();
      return stateDocument(world);
    },
    stats: () => stats.snapshot(),
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        world.scheduler.close();
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

/**
 * Listens on host:port and gives the port it got (port 0 takes a free one). A port in use is a conflict; a host or
 * port that cannot be listened on is bad input.
 */
function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (err.code === 'EADDRINUSE') {
        reject(
          new ConflictError(`port ${port} on ${host} is already in use`, {
            hint: 'Pass --port 0 for a free port, or another port.',
          }),
        );
      } else if (UNUSABLE_HOST.has(err.code ?? '')) {
        reject(new UsageError(`cannot listen on ${host}: ${err.code}`, { field: 'host' }));
      } else if (err.code === 'EACCES') {
        reject(
          new UsageError(`cannot listen on port ${port} of ${host}: EACCES`, {
            field: 'port',
            hint: 'Ports below 1024 need privileges; pass --port 0 for a free port.',
          }),
        );
      } else reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** The open connections, so that close() can end the keep-alive ones too. */
function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return sockets;
}

interface Site {
  world: World;
  /** Writes the state to the --persist file after each change. */
  persister: Persister | undefined;
}

/** The site's state at its URL, restored from the --persist file when one was saved. */
function openSite(o: {
  options: SimOptions;
  base: string;
  seed: Seed;
  seedName: string;
  saved: PersistedState | undefined;
  identity: SimIdentity;
  clock: VirtualClock;
  faults: Faults;
  log: Logger;
}): Site {
  let persister: Persister | undefined;
  const world = new World({
    base: o.base,
    seed: o.seed,
    shift: o.saved?.shift ?? seedShift(o.seed, o.clock.nowMs()),
    identity: o.identity,
    clock: o.clock,
    faults: o.faults,
    log: o.log,
    tokenTtlSeconds: o.options.tokenTtlSeconds ?? 3600,
    keystoneUrl: o.options.keystoneUrl,
    onChange: () => persister?.schedule(),
  });
  if (o.saved) restoreState(world, o.saved);
  if (o.options.persist) {
    persister = new Persister(
      o.options.persist,
      () => captureState(world, o.seedName),
      (err) => o.log.error({ err }, `${err.message}; the state is written again at the next change`),
    );
    persister.flush();
  }
  return { world, persister };
}
