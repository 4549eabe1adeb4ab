// Looking sites up: by id ("uc") or region name ("CHI@UC"), and by the auth URL or region a configuration names.
// The cloud context resolves the site of a command once (context.ts); everything after it is handed the Site.
import { UsageError } from '@envboot/core';
import { sameCloud } from '../config/urls.js';
import { DEFAULT_SITE_ID, SITE_CATALOG } from './catalog.js';
import type { Site } from './types.js';

export function siteIds(): string[] {
  return Object.keys(SITE_CATALOG);
}

export function defaultSiteId(): string {
  return DEFAULT_SITE_ID;
}

/** The site id whose region is `region` (CHI@UC → uc), if any; the simulator is never found by region. */
export function siteIdForRegion(region: string | undefined): string | undefined {
  if (!region) return undefined;
  const wanted = region.toLowerCase();
  return siteIds().find((id) => id !== 'sim' && SITE_CATALOG[id]!.region.toLowerCase() === wanted);
}

/**
 * The site for an id ("uc") or region name ("CHI@UC", any case). For "sim", ENVBOOT_SIM_URL (the simulator's
 * base URL) replaces the listed address.
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
  const site: Site = { id, ...SITE_CATALOG[id]! };
  if (id === 'sim' && env.ENVBOOT_SIM_URL) {
    const base = env.ENVBOOT_SIM_URL.replace(/\/+$/, '');
    return { ...site, web: base, auth_url: `${base}/v3` };
  }
  return site;
}

/** The site a configuration is for when none is named: the simulator or a listed site by auth URL, else by region. */
export function siteIdForCloud(
  authUrl: string | undefined,
  region: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (authUrl) {
    if (sameCloud(authUrl, findSite('sim', env).auth_url)) return 'sim';
    const byUrl = siteIds().find((id) => id !== 'sim' && sameCloud(authUrl, SITE_CATALOG[id]!.auth_url));
    if (byUrl) return byUrl;
  }
  return siteIdForRegion(region) ?? null;
}

/** The name people know a site by ("CHI@UC"), or the id as given when it is not a listed site. */
export function siteDisplayName(id: string): string {
  return SITE_CATALOG[id.toLowerCase()]?.name ?? id;
}
