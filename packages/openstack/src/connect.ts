// connect: one transport, one session (token + catalog), and a client per service, built once and reused.
import { VERSION, silentLogger, type Logger, type RequestMetrics } from '@envboot/core';
import { createClock, type CloudClock } from './clock.js';
import type { CloudConfig } from './config/types.js';
import { classify as classifyBlazar } from './blazar/errors.js';
import { classify as classifyZun } from './zun/errors.js';
import { classify as classifyGlance } from './glance/errors.js';
import { classify as classifyKeystone } from './keystone/errors.js';
import type { DeviceLoginPrompt } from './keystone/context.js';
import { promptOnStderr } from './keystone/device-prompt.js';
import type { Principal } from './keystone/tokens.js';
import { classify as classifyNeutron } from './neutron/errors.js';
import { classify as classifyNova } from './nova/errors.js';
import { MICROVERSION } from './nova/index.js';
import { classify as classifyReference } from './reference/errors.js';
import { createServiceClient, type ServiceClient, type ServiceSpec } from './service.js';
import { Session } from './session.js';
import { openFileCache } from './token-cache/file.js';
import { createTransport } from './transport/http.js';
import { DEFAULT_RETRY, backoffMs } from './transport/retry.js';
import type { RetryPolicy } from './transport/types.js';

export interface ConnectOptions {
  log?: Logger;
  /** The step context's counters: every attempt (authentication included) is counted in them. */
  metrics?: RequestMetrics;
  signal?: AbortSignal;
  /** false: neither read nor write the token cache shared by processes (default: the configuration's). */
  tokenCache?: boolean;
  /** false: do not reuse the token of another connection of this process (default true). */
  shareToken?: boolean;
  /** Per-attempt HTTP timeout (default 60 s). */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** This machine's clock (tests move it forward to expire tokens). */
  now?: () => number;
  /**
   * Shows a device login's code (v3chameleonoidc, v3oidcdeviceauthz) to the person at the terminal; null: nobody
   * is there, and a login that needs one fails with AUTH. Default: on stderr when stderr is a terminal.
   */
  deviceLogin?: ((prompt: DeviceLoginPrompt) => void) | null;
  /** Waits between polls of a device login (tests). */
  deviceLoginSleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface Cloud {
  readonly config: CloudConfig;
  readonly site: string | null;
  readonly region: string | null;
  readonly user: Principal;
  readonly project: Principal | null;
  readonly metrics: RequestMetrics;
  /** Real time per unit of cloud time: 1 on a real cloud, 1/speed once the simulator has announced its speed. */
  readonly timeScale: number;
  readonly clock: CloudClock;
  readonly identity: ServiceClient;
  readonly blazar: ServiceClient;
  readonly nova: ServiceClient;
  readonly neutron: ServiceClient;
  readonly glance: ServiceClient;
  /** CHI@Edge's container service (Zun, API 1.41 as python-chi speaks it). */
  readonly zun: ServiceClient;
  /** Chameleon's resource discovery API (no token). */
  readonly reference: ServiceClient;
  /** The URL the catalog (or an override) gives for a service type. */
  endpoint(type: string): string;
  /** Wait in cloud time. */
  sleep(cloudMs: number, signal?: AbortSignal): Promise<void>;
  /** Close idle connections. */
  close(): void;
}

/** Glance's catalog URL is unversioned (its paths carry /v2); a versioned one is cut back to the root. */
export function imageBase(url: string): string {
  return url.replace(/\/+$/, '').replace(/\/v2(\.\d+)?$/, '');
}

/** Neutron's catalog URL usually lacks /v2.0, which every path needs. */
export function networkBase(url: string): string {
  const u = url.replace(/\/+$/, '');
  return /\/v2\.0$/.test(u) ? u : `${u}/v2.0`;
}

/** Authenticates (or reuses a cached token) and returns the service clients. */
export async function connect(config: CloudConfig, options: ConnectOptions = {}): Promise<Cloud> {
  const log = options.log ?? silentLogger();
  const metrics = options.metrics ?? { requests: 0, auth_requests: 0, retries: 0 };
  const now = options.now ?? Date.now;
  const clock = createClock();
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const http = await createTransport({
    log,
    metrics,
    userAgent: `envboot/${VERSION}`,
    timeoutMs: options.timeoutMs ?? 60_000,
    retry,
    onClock: (o) => clock.observe(o),
    tls: config.tls,
    site: config.site,
    simulated: config.simulated,
  });
  const useFileCache = options.tokenCache ?? config.tokenCache;
  const fileCache = useFileCache ? await openFileCache(config.cacheDir, log) : null;
  const session = new Session({
    config,
    http,
    log,
    signal: options.signal,
    fileCache,
    shareInProcess: options.shareToken !== false,
    now,
    deviceLogin:
      options.deviceLogin !== undefined ? options.deviceLogin : process.stderr.isTTY ? promptOnStderr : null,
    ...(options.deviceLoginSleep ? { sleep: options.deviceLoginSleep } : {}),
  });
  http.useTokens(session);
  try {
    await session.current();
  } catch (err) {
    http.close();
    throw err;
  }

  const deps = { http, clock, log, signal: options.signal, backoff: (n: number) => backoffMs(n, retry) };
  const client = (spec: ServiceSpec) => createServiceClient(spec, deps);
  const fromCatalog =
    (type: string, adjust: (url: string) => string = (u) => u) =>
    () =>
      adjust(session.endpoint(type)).replace(/\/+$/, '');

  return {
    config,
    site: config.site,
    region: config.region,
    get user() {
      return session.held.user;
    },
    get project() {
      return session.held.project;
    },
    metrics,
    get timeScale() {
      return clock.timeScale;
    },
    clock,
    identity: client({ service: 'identity', classify: classifyKeystone, baseUrl: () => config.authUrl }),
    blazar: client({ service: 'reservation', classify: classifyBlazar, baseUrl: fromCatalog('reservation') }),
    nova: client({
      service: 'compute',
      classify: classifyNova,
      headers: {
        'openstack-api-version': `compute ${MICROVERSION}`,
        'x-openstack-nova-api-version': MICROVERSION,
      },
      baseUrl: fromCatalog('compute'),
    }),
    neutron: client({
      service: 'network',
      classify: classifyNeutron,
      baseUrl: fromCatalog('network', networkBase),
    }),
    glance: client({ service: 'image', classify: classifyGlance, baseUrl: fromCatalog('image', imageBase) }),
    zun: client({
      service: 'container',
      classify: classifyZun,
      headers: { 'openstack-api-version': 'container 1.41' },
      baseUrl: fromCatalog('container'),
    }),
    reference: client({
      service: 'reference',
      classify: classifyReference,
      auth: false,
      // The simulator lists itself in the catalog; Chameleon's sites do not, and the configured URL applies.
      baseUrl: () => session.optionalEndpoint('reference') ?? config.referenceUrl,
    }),
    endpoint: (type) => session.endpoint(type),
    sleep: (cloudMs, signal) => clock.sleep(cloudMs, signal ?? options.signal),
    close: () => http.close(),
  };
}
