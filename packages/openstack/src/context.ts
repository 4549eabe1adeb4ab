// createCloudContext: the step context of a command that talks to the cloud. The site is resolved here, once, and
// handed to the step as a Site; nothing else is read from disk and nobody authenticates until the step asks for
// `cloud()`, so --dry-run and validation stay offline. It takes connection choices, not command-line arguments:
// turning flags and the piped envelope into them is the command line's job (core/cli's cloudSelection).
import { homedir } from 'node:os';
import type { StepContext } from '@envboot/core';
import type { Cloud } from './connect.js';
import type { CloudConfig } from './config/types.js';
import { cloudsYamlSiteId, deriveSiteId } from './config/resolve.js';
import { hasCredentials, settingsFromEnv } from './config/env.js';
import { soleCloudName } from './config/clouds-yaml.js';
import { findSite, siteDisplayName, type Site } from './sites/index.js';

export interface CloudStepContext extends StepContext {
  /** The site: the one asked for, else the piped one, else the configuration's, else the default. */
  site: Site;
  /** Set once `cloud()` has resolved the configuration. */
  config?: CloudConfig;
  /** The connection, made on first call and shared by later calls. */
  cloud(): Promise<Cloud>;
}

/** Which cloud a command is to use, as the person chose it. */
export interface CloudSelection {
  /** A site asked for by id or region name (--site). */
  site?: string;
  /** The site the previous command of a pipe used. */
  pipedSite?: string;
  /** A clouds.yaml entry (--os-cloud); default $OS_CLOUD. */
  osCloud?: string;
  /** false: neither read nor write the token cache shared by the commands of a pipe. */
  tokenCache?: boolean;
}

export interface CloudContextOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  home?: string;
}

/** Whether a clouds.yaml entry can be in use: one is named, or no credentials come from the environment. */
function mayUseCloudsYaml(env: NodeJS.ProcessEnv, osCloud: string | undefined): boolean {
  return Boolean(osCloud ?? env.OS_CLOUD) || !hasCredentials(settingsFromEnv(env));
}

/**
 * Whether the configuration names a cloud, and so a site, without --site: OS_AUTH_URL or OS_REGION_NAME, a
 * clouds.yaml entry named by --os-cloud or OS_CLOUD, or the only entry of a clouds.yaml read for want of
 * credentials in the environment. Reads files only.
 */
export async function configurationPinsSite(
  selection: Pick<CloudSelection, 'osCloud'>,
  options: CloudContextOptions = {},
): Promise<boolean> {
  const env = options.env ?? process.env;
  const fromEnv = settingsFromEnv(env);
  if (fromEnv.auth_url || fromEnv.region_name) return true;
  if (selection.osCloud ?? env.OS_CLOUD) return true;
  if (!mayUseCloudsYaml(env, undefined)) return false;
  const home = options.home ?? env.HOME ?? homedir();
  return (await soleCloudName({ env, cwd: options.cwd ?? process.cwd(), home })) !== null;
}

export async function createCloudContext(
  selection: CloudSelection,
  base: StepContext,
  options: CloudContextOptions = {},
): Promise<CloudStepContext> {
  const env = options.env ?? process.env;
  const { osCloud, pipedSite } = selection;
  // A site that came down the pipe is kept unless this command's own settings point to the same site anyway.
  const explicit = selection.site || (pipedSite && pipedSite !== deriveSiteId(env) ? pipedSite : undefined);
  // A clouds.yaml entry says which site it is for: read it now (files only), so the envelope and the site's rules
  // are that site's, not the default's.
  const siteId =
    explicit || !mayUseCloudsYaml(env, osCloud)
      ? deriveSiteId(env, explicit)
      : ((await cloudsYamlSiteId({ osCloud, env, cwd: options.cwd, home: options.home })) ??
        deriveSiteId(env));
  const tokenCache = selection.tokenCache === false ? false : undefined;
  let pending: Promise<Cloud> | null = null;
  const ctx: CloudStepContext = {
    ...base,
    site: findSite(siteId, env),
    siteName: siteDisplayName,
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
