// startSim: for each simulated site, one HTTP server for every service of the site. Each listens, builds the site's
// state once it knows its own URL (the sites share one virtual clock, one identity provider and one state file), answers each request through the request pipeline (pipeline/index.ts: faults, routing, auth,
// dispatch, headers), and on close stops the clock's work, saves the state and ends every connection.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { ConflictError, UsageError, silentLogger, type Logger } from '@envboot/core';
import { adminRoutes, stateDocument } from './admin.js';
import { checkSpeed, VirtualClock } from './clock.js';
import { Faults, type FaultSpec } from './faults.js';
import type { SimIdentity } from './keystone/identity.js';
import {
  DEVICE_CLIENT_ID,
  IDENTITY_PROVIDER,
  OidcProvider,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  OIDC_REALM_PATH,
  PROTOCOL,
} from './keystone/oidc.js';
import { captureState, loadState, Persister, restoreState, type SiteState } from './persist.js';
import { requestListener, type AnsweredRequest } from './pipeline/index.js';
import { Router } from './router.js';
import { ROUTES } from './routes.js';
import { failHost, findHost, recoverHost } from './blazar/failures.js';
import { LiveNodes } from './live/nodes.js';
import { seedShift, type Seed } from './seed.js';
import { parseSites, siteIdentity, siteSeed } from './sites.js';
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
  /** The sites to serve, each on a port of its own: "uc,tacc", ["uc", "tacc"] or "all"; default uc. The first is
   * on `port`, the others on the next free ports (ephemeral ones when `port` is 0). */
  sites?: string | readonly string[];
  /** CHI@UC's seed: 'uc' (default): the 132 CHI@UC nodes and their calendar; 'small': 8 nodes; or a seed file path. */
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
  /** Give each ACTIVE server a live node: an SSH server on loopback running commands (docs/simulator.md). */
  liveNodes?: boolean;
  /** Told of every request once its answer is sent (benchmarks count a client's sequential rounds from these). */
  onRequest?: (request: AnsweredRequest) => void;
}

export interface SimClock {
  now(): Date;
  advance(ms: number): void;
  setSpeed(factor: number): void;
  readonly speed: number;
}

/** One site of the simulator. */
export interface SimSite {
  /** The site id: uc, tacc, nu, ncar or nrp. */
  id: string;
  /** Its region name (CHI@TACC). */
  region: string;
  url: string;
  authUrl: string;
  /** The demo user at this site (its project id is the site's own). */
  identity: SimIdentity;
  /** False while its listener is stopped. */
  readonly reachable: boolean;
  /** Stops the site's listener (connections are refused, as from a site that is down) or starts it again. */
  setReachable(reachable: boolean): Promise<void>;
  setFaults(spec: FaultSpec | string): void;
  clearFaults(): void;
  state(): Record<string, unknown>;
  stats(): Record<string, number>;
  /** Marks a host failed (by Blazar id, node name or node uid), as POST /_sim/hosts/{host}/failure does. */
  failHost(host: string): void;
  /** Puts a failed host back in the pool. */
  recoverHost(host: string): void;
}

/** The simulator; url, authUrl and identity are its first site's. */
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
  /** Sets the faults of every site. */
  setFaults(spec: FaultSpec | string): void;
  clearFaults(): void;
  /** The first site's state. */
  state(): Record<string, unknown>;
  /** The request counts of every site, added up. */
  stats(): Record<string, number>;
  /** Marks a host of the first site failed (SimSite.failHost). */
  failHost(host: string): void;
  /** Every served site, in the order asked for. */
  sites: SimSite[];
  /** A served site by id. */
  site(id: string): SimSite;
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
  const ids = parseSites(options.sites);
  if (options.seed !== undefined && options.seed !== 'uc' && !ids.includes('uc')) {
    throw new UsageError(`seed ${options.seed} is CHI@UC's, and uc is not among the sites served`, {
      field: 'seed',
    });
  }
  const log = options.logger ?? silentLogger();
  const seeds = ids.map((id) => {
    const seedName = id === 'uc' ? (options.seed ?? 'uc') : id;
    return { id, seedName, seed: siteSeed(id, seedName) };
  });
  const served = new Map(seeds.map((s) => [s.seed.site, s.seed]));
  const saved = options.persist
    ? loadState(options.persist, new Map(seeds.map((s) => [s.id, s.seedName])))
    : undefined;
  const clock = new VirtualClock({ speed: options.speed ?? 1, start: saved?.virtualNow, wall: options.wall });
  const shared = { options, clock, served, oidc: new OidcProvider(), log, host: options.host ?? '127.0.0.1' };
  let persister: Persister | undefined;
  const sites: Site[] = [];
  try {
    for (const s of seeds) {
      const port =
        sites.length === 0
          ? (options.port ?? SIM_DEFAULT_PORT)
          : options.port === 0
            ? 0
            : sites[sites.length - 1]!.port + 1;
      sites.push(
        await openSite({
          ...shared,
          ...s,
          port,
          nextFree: sites.length > 0 && port !== 0,
          saved: saved?.sites[s.id],
          onChange: () => persister?.schedule(),
        }),
      );
    }
    if (options.persist) {
      const carried = Object.fromEntries(
        Object.entries(saved?.sites ?? {}).filter(([id]) => !ids.includes(id)),
      );
      persister = new Persister(
        options.persist,
        () =>
          captureState(
            sites.map((x, i) => ({ ...x, seed: seeds[i]!.seedName })),
            carried,
            clock.nowMs(),
          ),
        (err) => log.error({ err }, `${err.message}; the state is written again at the next change`),
      );
      persister.flush();
    }
  } catch (err) {
    await Promise.all(sites.map((s) => s.stop()));
    for (const s of sites) s.world.scheduler.close();
    throw err;
  }
  if (options.liveNodes) {
    for (const s of sites) {
      s.world.live = new LiveNodes(s.world);
      s.world.live.adoptActive(clock.nowMs());
    }
  }

  const [first] = sites as [Site, ...Site[]];
  let closed: Promise<void> | undefined;
  return {
    url: first.url,
    authUrl: first.world.authUrl,
    identity: first.identity,
    oidc: {
      discoveryUrl: `${first.url}${OIDC_REALM_PATH}/.well-known/openid-configuration`,
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
      for (const s of sites) s.faults.set(spec);
    },
    clearFaults: () => {
      for (const s of sites) s.faults.clear();
    },
    state: () => first.handle.state(),
    failHost: (host) => first.handle.failHost(host),
    stats: () => {
      const total: Record<string, number> = {};
      for (const s of sites)
        for (const [k, v] of Object.entries(s.stats.snapshot())) total[k] = (total[k] ?? 0) + v;
      return total;
    },
    sites: sites.map((s) => s.handle),
    site: (id) => {
      const found = sites.find((s) => s.id === id);
      if (!found)
        throw new UsageError(`site ${id} is not served (served: ${ids.join(', ')})`, { field: 'site' });
      return found.handle;
    },
    close: () =>
      (closed ??= (async () => {
        for (const s of sites) {
          s.world.scheduler.close();
          s.world.live?.close();
        }
        try {
          persister?.flush();
        } catch (err) {
          log.error({ err }, 'could not write the state file');
        }
        await Promise.all(sites.map((s) => s.stop()));
      })()),
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

/** Listens on the first free port from `port` up (the sites after the first: the next ports). */
async function listenFrom(server: Server, port: number, host: string): Promise<number> {
  for (let p = port; p <= Math.min(port + 99, 65535); p++) {
    try {
      return await listen(server, p, host);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }
  throw new ConflictError(`no free port from ${port} to ${port + 99} on ${host}`, {
    hint: 'Pass --port 0 for free ports, or another port.',
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

/** One served site: its listener, its state, and the handle tests use. */
interface Site {
  id: string;
  url: string;
  port: number;
  identity: SimIdentity;
  world: World;
  faults: Faults;
  stats: Stats;
  handle: SimSite;
  /** Closes the listener and every connection (a listener already stopped is left as it is). */
  stop(): Promise<void>;
}

/**
 * Opens one site: its listener (on `port`; with `nextFree`, on the first free port from there), then its state at
 * its URL, restored from the --persist file when one was saved.
 */
async function openSite(o: {
  options: SimOptions;
  id: string;
  seed: Seed;
  seedName: string;
  served: ReadonlyMap<string, Seed>;
  saved: SiteState | undefined;
  clock: VirtualClock;
  oidc: OidcProvider;
  log: Logger;
  host: string;
  port: number;
  nextFree: boolean;
  onChange: () => void;
}): Promise<Site> {
  const faults = new Faults(o.options.faults ?? {});
  const stats = new Stats();
  const router = new Router([...ROUTES, ...adminRoutes(stats)]);
  let world: World | undefined;
  const server = createServer(
    { keepAliveTimeout: 5_000 },
    requestListener({ world: () => world, router, stats, faults, log: o.log }, o.options.onRequest),
  );
  const sockets = trackSockets(server);
  const port = o.nextFree ? await listenFrom(server, o.port, o.host) : await listen(server, o.port, o.host);
  const urlHost =
    o.host === '0.0.0.0' || o.host === '::' ? '127.0.0.1' : o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `http://${urlHost}:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
    });
  const identity = siteIdentity(o.id);
  try {
    world = new World({
      base: url,
      seed: o.seed,
      shift: o.saved?.shift ?? seedShift(o.seed, o.clock.nowMs()),
      identity,
      clock: o.clock,
      faults,
      log: o.log,
      tokenTtlSeconds: o.options.tokenTtlSeconds ?? 3600,
      keystoneUrl: o.options.keystoneUrl,
      oidc: o.oidc,
      served: o.served,
      onChange: o.onChange,
    });
    if (o.saved) restoreState(world, o.saved);
  } catch (err) {
    await stop();
    throw err;
  }
  const live = world;
  o.log.info(
    {
      url,
      site: o.id,
      seed: o.seed.name,
      hosts: live.blazar.hostList.length,
      speed: o.clock.speed,
    },
    o.served.size === 1
      ? `simulated site listening on ${url}`
      : `simulated site ${identity.region} listening on ${url}`,
  );
  const handle: SimSite = {
    id: o.id,
    region: identity.region,
    url,
    authUrl: live.authUrl,
    identity,
    get reachable() {
      return server.listening;
    },
    setReachable: async (reachable) => {
      if (reachable && !server.listening) await listen(server, port, o.host);
      else if (!reachable) await stop();
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
    failHost: (ref) => {
      live.scheduler.tick();
      failHost(live, hostNamed(live, ref), o.clock.nowMs());
    },
    recoverHost: (ref) => recoverHost(live, hostNamed(live, ref)),
  };
  return { id: o.id, url, port, identity, world: live, faults, stats, handle, stop };
}

/** A host of a site by Blazar id, node name or node uid; another is bad input. */
function hostNamed(world: World, ref: string) {
  const host = findHost(world, ref);
  if (!host) throw new UsageError(`no host with Blazar id, node name or uid "${ref}"`, { field: 'host' });
  return host;
}
