// resolveCloudConfig: explicit options, then the OS_* environment, then clouds.yaml, then config/sites.json.
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  defaultSiteId,
  getSite,
  registerSecret,
  siteIds,
  siteIdForRegion,
  type Logger,
  type Site,
} from '@envboot/core';
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

/** The site a configuration is for when none is named: the sim or a listed site by auth URL, else by region. */
function siteFor(
  authUrl: string | undefined,
  region: string | undefined,
  env: NodeJS.ProcessEnv,
): string | null {
  if (authUrl) {
    if (sameCloud(authUrl, getSite('sim', env).auth_url)) return 'sim';
    const byUrl = siteIds().find((id) => id !== 'sim' && sameCloud(authUrl, getSite(id, env).auth_url));
    if (byUrl) return byUrl;
  }
  return siteIdForRegion(region) ?? null;
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
  return siteFor(
    fromEnv.auth_url ?? cloud.settings.auth_url,
    fromEnv.region_name ?? cloud.settings.region_name,
    env,
  );
}

/** The site `createCloudContext` reports before anything is read from disk: flag, auth URL, region, default. */
export function deriveSiteId(env: NodeJS.ProcessEnv, explicit?: string): string {
  if (explicit) return getSite(explicit, env).id;
  return siteFor(env.OS_AUTH_URL, env.OS_REGION_NAME, env) ?? defaultSiteId();
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

export async function resolveCloudConfig(options: ResolveOptions = {}): Promise<CloudConfig> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const home = options.home ?? env.HOME ?? homedir();
  const notes: string[] = [];

  const explicit: Settings = { ...(options.settings ?? {}) };
  const fromEnv = settingsFromEnv(env);
  for (const layer of [explicit, fromEnv]) for (const k of SECRET_SETTINGS) registerSecret(layer[k]);

  const cloud = await selectCloud(options.osCloud, hasCredentials(explicit) || hasCredentials(fromEnv), {
    env,
    cwd,
    home,
  });
  if (cloud?.sole) notes.push(`using cloud "${cloud.name}", the only entry of ${cloud.files[0]}`);
  const fromClouds = cloud?.settings ?? {};
  for (const k of SECRET_SETTINGS) registerSecret(fromClouds[k]);

  // Which site: the flag, else what the configured auth URL or region says.
  const configuredUrl = explicit.auth_url ?? fromEnv.auth_url ?? fromClouds.auth_url;
  const configuredRegion = explicit.region_name ?? fromEnv.region_name ?? fromClouds.region_name;
  let site: Site | null = null;
  if (options.site) {
    site = getSite(options.site, env);
  } else {
    const id = siteFor(configuredUrl, configuredRegion, env);
    site = id ? getSite(id, env) : configuredUrl ? null : getSite(defaultSiteId(), env);
    if (!configuredUrl && !configuredRegion && site)
      notes.push(`no OS_AUTH_URL: using site ${site.id} (the default)`);
  }
  const siteLayer: Layer = {
    source: 'site',
    settings: site ? { auth_url: site.auth_url, region_name: site.region } : {},
  };

  let envLayer: Layer = { source: 'env', settings: fromEnv };
  let cloudsLayer: Layer = { source: 'clouds.yaml', settings: fromClouds };
  if (options.site && site) {
    for (const layer of [envLayer, cloudsLayer]) {
      const url = layer.settings.auth_url;
      if (url && !sameCloud(url, site.auth_url)) {
        notes.push(
          `--site ${site.id}: using ${site.auth_url} (region ${site.region}) instead of ${layer.source === 'env' ? 'OS_AUTH_URL' : 'clouds.yaml auth_url'} ${url}`,
        );
      }
    }
  }

  // Credentials meant for another cloud are never sent to the simulator.
  if (site?.id === 'sim') {
    const strip = (layer: Layer): Layer => {
      if (!hasCredentials(layer.settings) || sameCloud(layer.settings.auth_url, site.auth_url)) return layer;
      notes.push(
        `ignoring the credentials of ${layer.source} (they are for ${layer.settings.auth_url ?? 'another cloud'})`,
      );
      return { ...layer, settings: withoutCredentials(layer.settings) };
    };
    envLayer = strip(envLayer);
    cloudsLayer = strip(cloudsLayer);
  }

  const explicitLayer: Layer = { source: 'options', settings: explicit };
  // An explicit site's address beats the environment's; otherwise the site only fills what nothing else set.
  const whereLayers = options.site
    ? [explicitLayer, siteLayer, envLayer, cloudsLayer]
    : [explicitLayer, envLayer, cloudsLayer, siteLayer];
  const whoLayers = [explicitLayer, envLayer, cloudsLayer];

  let credentialSource: ConfigSource = whoLayers.find((l) => hasCredentials(l.settings))?.source ?? 'options';
  const merged: Settings = {};
  const keys = new Set([...whoLayers, siteLayer].flatMap((l) => Object.keys(l.settings)));
  for (const key of keys) {
    const layers = key === 'auth_url' || key === 'region_name' ? whereLayers : [...whoLayers, siteLayer];
    const hit = pick(layers, key);
    if (hit) merged[key] = hit.value;
  }
  if (site?.id === 'sim' && !whoLayers.some((l) => hasCredentials(l.settings))) {
    Object.assign(merged, SIM_DEFAULT_IDENTITY);
    credentialSource = 'sim-default';
    notes.push(
      'no credentials for the simulator: using its default identity (user demo, project CHI-000000)',
    );
  }

  // Chameleon's OIDC client id differs per site; an explicit site brings its own.
  if (options.site && site?.oidc_client_id && merged.auth_type?.toLowerCase() === 'v3oidcpassword') {
    if (merged.client_id && merged.client_id !== site.oidc_client_id && !explicit.client_id) {
      notes.push(`--site ${site.id}: OIDC client id ${site.oidc_client_id} instead of ${merged.client_id}`);
    }
    if (!explicit.client_id) merged.client_id = site.oidc_client_id;
  }

  const authUrlHit = pick(whereLayers, 'auth_url');
  const auth = buildAuth(merged);
  const overrides: Record<string, string> = {};
  for (const [k, v] of Object.entries(merged)) {
    const m = /^(.+)_endpoint_override$/.exec(k);
    if (m?.[1]) overrides[m[1].replace(/_/g, '-')] = v;
  }
  if (env.ENVBOOT_REFERENCE_URL) overrides.reference = env.ENVBOOT_REFERENCE_URL.replace(/\/+$/, '');
  const siteId = site?.id ?? null;
  const simWeb = getSite('sim', env).web;
  const config: CloudConfig = {
    site: siteId,
    authUrl: keystoneV3Url(merged.auth_url ?? getSite('uc', env).auth_url),
    region: merged.region_name ?? null,
    interface: normalizeInterface(merged.interface),
    auth,
    referenceUrl: (
      env.ENVBOOT_REFERENCE_URL ??
      (siteId === 'sim' ? `${simWeb}${SIM_REFERENCE_PATH}` : CHAMELEON_REFERENCE_URL)
    ).replace(/\/+$/, ''),
    endpointOverrides: overrides,
    cloudName: cloud?.name ?? null,
    tokenCache: options.tokenCache !== false && !OFF.has((env.ENVBOOT_TOKEN_CACHE ?? '').toLowerCase()),
    cacheDir: join(env.XDG_CACHE_HOME || join(home, '.cache'), 'envboot'),
    tls: {
      caFile: merged.cacert ?? null,
      insecure: ['1', 'true', 'yes'].includes((merged.insecure ?? '').toLowerCase()),
    },
    sources: { authUrl: authUrlHit?.source ?? 'site', credentials: credentialSource },
    notes,
  };
  for (const note of notes) options.log?.debug({ site: siteId }, note);
  return config;
}
