// createCloudContext: the step context of a command that talks to the cloud. Nothing is read from disk and
// nobody authenticates until the step asks for `cloud()`, so --dry-run and validation stay offline.
import type { CommonArgs, StepContext } from '@envboot/core/cli';
import type { Cloud } from './connect.js';
import type { CloudConfig } from './config/types.js';
import { cloudsYamlSiteId, deriveSiteId } from './config/resolve.js';
import { hasCredentials, settingsFromEnv } from './config/env.js';

export interface CloudStepContext extends StepContext {
  /** The site id: --site (alias --zone), else the upstream envelope's, else OS_AUTH_URL/OS_REGION_NAME, else the default. */
  site: string;
  /** Set once `cloud()` has resolved the configuration. */
  config?: CloudConfig;
  /** The connection, made on first call and shared by later calls. */
  cloud(): Promise<Cloud>;
}

export interface CloudContextOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  home?: string;
}

/** The flag that switches the shared token cache off, for steps to add to their options. */
export const TOKEN_CACHE_OPTION = {
  'token-cache': {
    type: 'boolean',
    describe:
      'Share the token with the next commands of a pipe through $XDG_CACHE_HOME/envboot (--no-token-cache: do not)',
  },
} as const;

/** Whether a clouds.yaml entry can be in use: one is named, or no credentials come from the environment. */
function mayUseCloudsYaml(env: NodeJS.ProcessEnv, osCloud: string | undefined): boolean {
  return Boolean(osCloud ?? env.OS_CLOUD) || !hasCredentials(settingsFromEnv(env));
}

function upstreamSite(base: StepContext): string | undefined {
  const site = (base.upstream?.context as { site?: unknown } | undefined)?.site;
  return typeof site === 'string' && site ? site : undefined;
}

export async function createCloudContext(
  args: CommonArgs,
  base: StepContext,
  options: CloudContextOptions = {},
): Promise<CloudStepContext> {
  const env = options.env ?? process.env;
  const flag = typeof args.site === 'string' && args.site ? args.site : undefined;
  // A site that came down the pipe is kept unless this command's own settings point to the same site anyway.
  const piped = upstreamSite(base);
  const explicit = flag ?? (piped && piped !== deriveSiteId(env) ? piped : undefined);
  const osCloud = typeof args.osCloud === 'string' ? args.osCloud : undefined;
  // A clouds.yaml entry says which site it is for: read it now (files only), so the envelope and the site's rules
  // are that site's, not the default's.
  const site =
    explicit || !mayUseCloudsYaml(env, osCloud)
      ? deriveSiteId(env, explicit)
      : ((await cloudsYamlSiteId({ osCloud, env, cwd: options.cwd, home: options.home })) ??
        deriveSiteId(env));
  const tokenCache = args.tokenCache === false || args['token-cache'] === false ? false : undefined;
  let pending: Promise<Cloud> | null = null;
  const ctx: CloudStepContext = {
    ...base,
    site,
    cloud() {
      pending ??= (async () => {
        const [{ resolveCloudConfig }, { connect }] = await Promise.all([
          import('./config/resolve.js'),
          import('./connect.js'),
        ]);
        const config = await resolveCloudConfig({
          site: explicit,
          osCloud,
          env,
          cwd: options.cwd,
          home: options.home,
          tokenCache,
          log: base.log,
        });
        ctx.config = config;
        return connect(config, { log: base.log, metrics: base.metrics, signal: base.signal, tokenCache });
      })();
      return pending;
    },
  };
  return ctx;
}

/** Loads what `cloud()` will need (configuration, connection, the HTTP client) before it is called. */
export async function warmCloud(): Promise<void> {
  // got shares no module with ours, so it loads alongside them (ours one after the other: jest's module linker
  // cannot take two imports of one graph at once).
  await Promise.all([import('./config/resolve.js').then(() => import('./connect.js')), import('got')]);
}
