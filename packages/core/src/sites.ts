// The Chameleon sites envboot knows (config/sites.json), looked up by id or by region name.
import { UsageError } from './errors.js';
import { SITES_CONFIG } from './generated/config.js';

export interface Site {
  id: string;
  name: string;
  region: string;
  auth_url: string;
  web: string;
  reference_site: string | null;
  class: string;
  network: string;
  public_network: string;
  oidc_client_id: string | null;
  /** Longest lease the site allows (Chameleon bare metal: 7 days). */
  max_lease_minutes: number;
}

/** The simulator's default port (docs/simulator.md). */
export const SIM_DEFAULT_PORT = 8788;

export function siteIds(): string[] {
  return Object.keys(SITES_CONFIG.sites);
}

export function defaultSiteId(): string {
  return SITES_CONFIG.default_site;
}

/**
 * The site for an id ("uc") or region name ("CHI@UC", any case). For "sim", ENVBOOT_SIM_URL (the simulator's
 * base URL) replaces the configured address.
 */
export function getSite(idOrRegion: string, env: NodeJS.ProcessEnv = process.env): Site {
  const wanted = idOrRegion.trim().toLowerCase();
  const sites = SITES_CONFIG.sites as Record<string, Omit<Site, 'id'>>;
  const id =
    wanted in sites
      ? wanted
      : Object.keys(sites).find((k) => k !== 'sim' && sites[k]!.region.toLowerCase() === wanted);
  if (!id) {
    throw new UsageError(`unknown site "${idOrRegion}"; known sites: ${siteIds().join(', ')}`, {
      field: 'site',
      hint: `Use one of: ${siteIds().join(', ')}`,
    });
  }
  const site: Site = { id, ...sites[id]! };
  if (id === 'sim' && env.ENVBOOT_SIM_URL) {
    const base = env.ENVBOOT_SIM_URL.replace(/\/+$/, '');
    return { ...site, web: base, auth_url: `${base}/v3` };
  }
  return site;
}

/** The site id whose region is `region` (CHI@UC → uc), if any. */
export function siteIdForRegion(region: string | undefined): string | undefined {
  if (!region) return undefined;
  const sites = SITES_CONFIG.sites as Record<string, { region: string }>;
  return Object.keys(sites).find(
    (k) => k !== 'sim' && sites[k]!.region.toLowerCase() === region.toLowerCase(),
  );
}
