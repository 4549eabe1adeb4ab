// The sites a local simulator serves, as `envboot sim` announces them: ENVBOOT_SIM_SITES="uc=http://…,tacc=http://…"
// (each site's base URL, the first being the simulator's default), else ENVBOOT_SIM_URL for a simulator of one site.
import { UsageError } from '@envboot/core';
import { SITE_CATALOG } from './catalog.js';
import type { Site } from './types.js';

export const SIM_SITES_VARIABLE = 'ENVBOOT_SIM_SITES';

/** Site id → base URL of each simulated site, in the order the simulator lists them; empty when none is announced. */
export function simulatedSiteUrls(env: NodeJS.ProcessEnv = process.env): Map<string, string> {
  const text = env[SIM_SITES_VARIABLE]?.trim();
  const sites = new Map<string, string>();
  if (!text) return sites;
  for (const entry of text.split(',')) {
    const m = /^\s*([a-z0-9-]+)\s*=\s*(https?:\/\/\S+?)\/*\s*$/i.exec(entry);
    const id = m?.[1]?.toLowerCase();
    if (!m || !id || !(id in SITE_CATALOG) || id === 'sim') {
      throw new UsageError(
        `${SIM_SITES_VARIABLE} must list site=URL pairs of known sites, separated by commas; "${entry.trim()}" is not one`,
        {
          field: SIM_SITES_VARIABLE,
          hint: 'Set it from what `envboot sim` prints, or unset it to reach the real sites.',
        },
      );
    }
    sites.set(id, m[2]!);
  }
  return sites;
}

/** A listed site as the simulator serves it at `base`. */
export function simulatedSite(id: string, base: string): Site {
  const facts = SITE_CATALOG[id]!;
  return {
    ...facts,
    id,
    name: `${facts.name} (local simulator)`,
    web: base,
    auth_url: `${base}/v3`,
    oidc_client_id: null,
    simulated: true,
  };
}
