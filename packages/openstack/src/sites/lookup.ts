// Looking sites up: by id ("uc") or region name ("CHI@UC"), and by the auth URL or region a configuration names.
// The cloud context resolves the site of a command once (context.ts); everything after it is handed the Site.
// Where a simulator announces the sites it serves (ENVBOOT_SIM_SITES), their ids name the simulated sites.
import { UsageError } from '@envboot/core';
import { sameCloud } from '../config/urls.js';
import { DEFAULT_SITE_ID, SITE_CATALOG } from './catalog.js';
import { simulatedSite, simulatedSiteUrls } from './simulated.js';
import type { Site } from './types.js';

export function siteIds(): string[] {
  return Object.keys(SITE_CATALOG);
}

export function defaultSiteId(): string {
  return DEFAULT_SITE_ID;
}

/** The ids of the sites a simulator announces, in its order (empty when none is). */
export function simulatedSiteIds(env: NodeJS.ProcessEnv = process.env): string[] {
  return [...simulatedSiteUrls(env).keys()];
}

/** The site id whose region is `region` (CHI@UC → uc), if any; the simulator is never found by region. */
export function siteIdForRegion(region: string | undefined): string | undefined {
  if (!region) return undefined;
  const wanted = region.toLowerCase();
  return siteIds().find((id) => id !== 'sim' && SITE_CATALOG[id]!.region.toLowerCase() === wanted);
}

/** "sim": the simulator's first announced site, else its listed address or ENVBOOT_SIM_URL. */
function simulatorDefault(env: NodeJS.ProcessEnv): Site {
  const [first] = simulatedSiteUrls(env);
  if (first) return { ...simulatedSite(first[0], first[1]), id: 'sim' };
  const site: Site = { id: 'sim', ...SITE_CATALOG.sim!, simulated: true };
  if (!env.ENVBOOT_SIM_URL) return site;
  const base = env.ENVBOOT_SIM_URL.replace(/\/+$/, '');
  return { ...site, web: base, auth_url: `${base}/v3` };
}

/**
 * The site for an id ("uc") or region name ("CHI@UC", any case). "sim" is the local simulator's default site; an
 * id the simulator announces in ENVBOOT_SIM_SITES is that simulated site.
 */
export function findSite(idOrRegion: string, env: NodeJS.ProcessEnv = process.env): Site {
  const wanted = idOrRegion.trim().toLowerCase();
  const id = wanted in SITE_CATALOG ? wanted : siteIdForRegion(wanted);
  if (!id) {
    throw new UsageError(`unknown site "${idOrRegion}"; known sites: ${siteIds().join(', ')}`, {
      field: 'site',
      hint: `Use one of: ${siteIds().join(', ')}`,
    });
  }
  if (id === 'sim') return simulatorDefault(env);
  const simulatedAt = simulatedSiteUrls(env).get(id);
  if (simulatedAt) return simulatedSite(id, simulatedAt);
  return { id, ...SITE_CATALOG[id]!, simulated: false };
}

/**
 * The site a configuration is for when none is named: the simulator or a simulated site by auth URL, a listed site
 * by auth URL, else by region. A listed site's real address stays the real site even where a simulator serves it.
 */
export function siteForCloud(
  authUrl: string | undefined,
  region: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Site | null {
  if (authUrl) {
    const sim = simulatorDefault(env);
    if (sameCloud(authUrl, sim.auth_url)) return sim;
    for (const [id, base] of simulatedSiteUrls(env)) {
      const site = simulatedSite(id, base);
      if (sameCloud(authUrl, site.auth_url)) return site;
    }
    const byUrl = siteIds().find((id) => id !== 'sim' && sameCloud(authUrl, SITE_CATALOG[id]!.auth_url));
    if (byUrl) return { id: byUrl, ...SITE_CATALOG[byUrl]!, simulated: false };
  }
  const byRegion = siteIdForRegion(region);
  return byRegion ? findSite(byRegion, env) : null;
}

/** The id of the site a configuration is for (siteForCloud), or null. */
export function siteIdForCloud(
  authUrl: string | undefined,
  region: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  return siteForCloud(authUrl, region, env)?.id ?? null;
}

/** The name people know a site by ("CHI@UC"), or the id as given when it is not a listed site. */
export function siteDisplayName(id: string): string {
  return SITE_CATALOG[id.toLowerCase()]?.name ?? id;
}
