// resolveCloudConfig: explicit options, then the OS_* environment, then clouds.yaml, then the site's own facts
// (sites/catalog.ts).
import { homedir } from 'node:os';
import { join } from 'node:path';
import { registerSecret, type Logger } from '@envboot/core';
import { defaultSiteId, findSite, siteForCloud, siteIdForCloud, type Site } from '../sites/index.js';
import { buildAuth } from './auth.js';
import { loadCloud, soleCloudName, type CloudEntry } from './clouds-yaml.js';
import { CREDENTIAL_KEYS, SECRET_SETTINGS, hasCredentials, settingsFromEnv, type Settings } from './env.js';
import { CHAMELEON_REFERENCE_URL, SIM_DEFAULT_IDENTITY, SIM_REFERENCE_PATH } from './sim.js';
import type { CloudConfig, ConfigSource, Interface } from './types.js';
import { keystoneV3Url, sameCloud } from './urls.js';

export interface ResolveOptions {
  /** An explicit site (--site): its auth URL and region win over a sourced openrc. */
  site?: string;
  /** The clouds.yaml entry (--os-cloud); default $OS_CLOUD. */
  osCloud?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  home?: string;
  /** Explicit settings in clouds.yaml's flat naming (auth_url, username, region_name, …); they win over all. */
  settings?: Settings;
  /** false switches the shared token cache off (--no-token-cache). */
  tokenCache?: boolean;
  log?: Logger;
}

interface Layer {
  source: ConfigSource;
  settings: Settings;
}

const OFF = new Set(['0', 'false', 'no', 'off']);

function normalizeInterface(value: string | undefined): Interface {
  const v = (value ?? 'public').toLowerCase().replace(/url$/, '');
  return v === 'internal' || v === 'admin' ? v : 'public';
}

/**
 * The clouds.yaml entry in use: the one named by --os-cloud or OS_CLOUD, else, when no credentials are given
 * otherwise, the only entry of the file.
 */
async function selectCloud(
  osCloud: string | undefined,
  credentialsGiven: boolean,
  loc: { env: NodeJS.ProcessEnv; cwd: string; home: string },
): Promise<(CloudEntry & { sole: boolean }) | null> {
  const name = osCloud ?? loc.env.OS_CLOUD;
  if (name) return { ...(await loadCloud(name, loc)), sole: false };
  if (credentialsGiven) return null;
  const sole = await soleCloudName(loc);
  return sole ? { ...(await loadCloud(sole, loc)), sole: true } : null;
}

/**
 * The site of the clouds.yaml entry in use, by its auth URL or region (the environment's win, as they do in
 * resolveCloudConfig); null when no entry is in use or it names no known site. Reads files only, no network.
 */
export async function cloudsYamlSiteId(
  options: Pick<ResolveOptions, 'osCloud' | 'env' | 'cwd' | 'home'> = {},
): Promise<string | null> {
  const env = options.env ?? process.env;
  const fromEnv = settingsFromEnv(env);
  const cloud = await selectCloud(options.osCloud, hasCredentials(fromEnv), {
    env,
    cwd: options.cwd ?? process.cwd(),
    home: options.home ?? env.HOME ?? homedir(),
  });
  if (!cloud) return null;
  return siteIdForCloud(
    fromEnv.auth_url ?? cloud.settings.auth_url,
    fromEnv.region_name ?? cloud.settings.region_name,
    env,
  );
}

/** The site `createCloudContext` reports before anything is read from disk: flag, auth URL, region, default. */
export function deriveSiteId(env: NodeJS.ProcessEnv, explicit?: string): string {
  if (explicit) return findSite(explicit, env).id;
  return siteIdForCloud(env.OS_AUTH_URL, env.OS_REGION_NAME, env) ?? defaultSiteId();
}

function pick(layers: Layer[], key: string): { value: string; source: ConfigSource } | undefined {
  for (const layer of layers) {
    const value = layer.settings[key];
    if (value !== undefined && value !== '') return { value, source: layer.source };
  }
  return undefined;
}

function withoutCredentials(settings: Settings): Settings {
  return Object.fromEntries(Object.entries(settings).filter(([k]) => !CREDENTIAL_KEYS.has(k)));
}

/** The three layers a configuration is read from, each secret registered for redaction as soon as it is read. */
async function readLayers(
  options: ResolveOptions,
  loc: { env: NodeJS.ProcessEnv; cwd: string; home: string },
) {
  const explicit: Settings = { ...(options.settings ?? {}) };
  const fromEnv = settingsFromEnv(loc.env);
  for (const layer of [explicit, fromEnv]) for (const k of SECRET_SETTINGS) registerSecret(layer[k]);
  const cloud = await selectCloud(options.osCloud, hasCredentials(explicit) || hasCredentials(fromEnv), loc);
  const fromClouds = cloud?.settings ?? {};
  for (const k of SECRET_SETTINGS) registerSecret(fromClouds[k]);
  return { explicit, fromEnv, cloud, fromClouds };
}

/** Which site: the flag, else what the configured auth URL or region says, else (nothing configured) the default. */
function chooseSite(
  options: ResolveOptions,
  configured: { authUrl: string | undefined; region: string | undefined },
  env: NodeJS.ProcessEnv,
  notes: string[],
): Site | null {
  if (options.site) return findSite(options.site, env);
  const site =
    siteForCloud(configured.authUrl, configured.region, env) ??
    (configured.authUrl ? null : findSite(defaultSiteId(), env));
  if (!configured.authUrl && !configured.region && site)
    notes.push(`no OS_AUTH_URL: using site ${site.id} (the default)`);
  return site;
}

/** An explicit --site wins over a sourced openrc's or clouds.yaml's address: say so. */
function noteOverriddenUrls(site: Site, layers: Layer[], notes: string[]): void {
  for (const layer of layers) {
    const url = layer.settings.auth_url;
    if (url && !sameCloud(url, site.auth_url)) {
      notes.push(
        `--site ${site.id}: using ${site.auth_url} (region ${site.region}) instead of ${layer.source === 'env' ? 'OS_AUTH_URL' : 'clouds.yaml auth_url'} ${url}`,
      );
    }
  }
}

/** Credentials meant for another cloud are never sent to the simulator. */
function withoutForeignCredentials(layer: Layer, sim: Site, notes: string[]): Layer {
  if (!hasCredentials(layer.settings) || sameCloud(layer.settings.auth_url, sim.auth_url)) return layer;
  notes.push(
    `ignoring the credentials of ${layer.source} (they are for ${layer.settings.auth_url ?? 'another cloud'})`,
  );
  return { ...layer, settings: withoutCredentials(layer.settings) };
}

/** Each setting from the first layer that has it: where to connect from `whereLayers`, who to be from the others. */
function mergeLayers(whereLayers: Layer[], whoLayers: Layer[], siteLayer: Layer): Settings {
  const merged: Settings = {};
  const keys = new Set([...whoLayers, siteLayer].flatMap((l) => Object.keys(l.settings)));
  for (const key of keys) {
    const layers = key === 'auth_url' || key === 'region_name' ? whereLayers : [...whoLayers, siteLayer];
    const hit = pick(layers, key);
    if (hit) merged[key] = hit.value;
  }
  return merged;
}

/** Chameleon's OIDC client id differs per site; an explicit site brings its own. */
function applySiteOidcClient(merged: Settings, explicit: Settings, site: Site, notes: string[]): void {
  if (!site.oidc_client_id || merged.auth_type?.toLowerCase() !== 'v3oidcpassword') return;
  if (merged.client_id && merged.client_id !== site.oidc_client_id && !explicit.client_id) {
    notes.push(`--site ${site.id}: OIDC client id ${site.oidc_client_id} instead of ${merged.client_id}`);
  }
  if (!explicit.client_id) merged.client_id = site.oidc_client_id;
}

/** Endpoints that replace the catalog's: <type>_endpoint_override settings, and ENVBOOT_REFERENCE_URL. */
function endpointOverrides(merged: Settings, env: NodeJS.ProcessEnv): Record<string, string> {
  const overrides: Record<string, string> = {};
  for (const [k, v] of Object.entries(merged)) {
    const m = /^(.+)_endpoint_override$/.exec(k);
    if (m?.[1]) overrides[m[1].replace(/_/g, '-')] = v;
  }
  if (env.ENVBOOT_REFERENCE_URL) overrides.reference = env.ENVBOOT_REFERENCE_URL.replace(/\/+$/, '');
  return overrides;
}

/** The reference API: ENVBOOT_REFERENCE_URL, else the simulator's own, else Chameleon's. */
function referenceUrl(site: Site | null, env: NodeJS.ProcessEnv): string {
  const url =
    env.ENVBOOT_REFERENCE_URL ??
    (site?.simulated ? `${site.web}${SIM_REFERENCE_PATH}` : CHAMELEON_REFERENCE_URL);
  return url.replace(/\/+$/, '');
}

export async function resolveCloudConfig(options: ResolveOptions = {}): Promise<CloudConfig> {
  const env = options.env ?? process.env;
  const home = options.home ?? env.HOME ?? homedir();
  const notes: string[] = [];
  const { explicit, fromEnv, cloud, fromClouds } = await readLayers(options, {
    env,
    cwd: options.cwd ?? process.cwd(),
    home,
  });
  if (cloud?.sole) notes.push(`using cloud "${cloud.name}", the only entry of ${cloud.files[0]}`);

  const site = chooseSite(
    options,
    {
      authUrl: explicit.auth_url ?? fromEnv.auth_url ?? fromClouds.auth_url,
      region: explicit.region_name ?? fromEnv.region_name ?? fromClouds.region_name,
    },
    env,
    notes,
  );
  const siteLayer: Layer = {
    source: 'site',
    settings: site ? { auth_url: site.auth_url, region_name: site.region } : {},
  };
  let envLayer: Layer = { source: 'env', settings: fromEnv };
  let cloudsLayer: Layer = { source: 'clouds.yaml', settings: fromClouds };
  if (options.site && site) noteOverriddenUrls(site, [envLayer, cloudsLayer], notes);
  if (site?.simulated) {
    envLayer = withoutForeignCredentials(envLayer, site, notes);
    cloudsLayer = withoutForeignCredentials(cloudsLayer, site, notes);
  }

  const explicitLayer: Layer = { source: 'options', settings: explicit };
  // An explicit site's address beats the environment's; otherwise the site only fills what nothing else set.
  const whereLayers = options.site
    ? [explicitLayer, siteLayer, envLayer, cloudsLayer]
    : [explicitLayer, envLayer, cloudsLayer, siteLayer];
  const whoLayers = [explicitLayer, envLayer, cloudsLayer];
  const merged = mergeLayers(whereLayers, whoLayers, siteLayer);
  let credentialSource: ConfigSource = whoLayers.find((l) => hasCredentials(l.settings))?.source ?? 'options';
  if (site?.simulated && !whoLayers.some((l) => hasCredentials(l.settings))) {
    Object.assign(merged, SIM_DEFAULT_IDENTITY);
    credentialSource = 'sim-default';
    notes.push(
      'no credentials for the simulator: using its default identity (user demo, project CHI-000000)',
    );
  }
  if (options.site && site) applySiteOidcClient(merged, explicit, site, notes);

  const siteId = site?.id ?? null;
  const config: CloudConfig = {
    site: siteId,
    simulated: site?.simulated ?? false,
    regionFromSimulator:
      Boolean(site?.simulated) && site?.id !== 'sim' && pick(whereLayers, 'region_name')?.source === 'site',
    authUrl: keystoneV3Url(merged.auth_url ?? findSite(defaultSiteId(), env).auth_url),
    region: merged.region_name ?? null,
    interface: normalizeInterface(merged.interface),
    auth: buildAuth(merged, { env, home }),
    referenceUrl: referenceUrl(site, env),
    endpointOverrides: endpointOverrides(merged, env),
    cloudName: cloud?.name ?? null,
    tokenCache: options.tokenCache !== false && !OFF.has((env.ENVBOOT_TOKEN_CACHE ?? '').toLowerCase()),
    cacheDir: join(env.XDG_CACHE_HOME || join(home, '.cache'), 'envboot'),
    tls: {
      caFile: merged.cacert ?? null,
      insecure: ['1', 'true', 'yes'].includes((merged.insecure ?? '').toLowerCase()),
    },
    sources: { authUrl: pick(whereLayers, 'auth_url')?.source ?? 'site', credentials: credentialSource },
    notes,
  };
  for (const note of notes) options.log?.debug({ site: siteId }, note);
  return config;
}
