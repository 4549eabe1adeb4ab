// Which sites a capacity question is asked of: --site uc,tacc (several, in that order) or --site any — every
// bare-metal site of the catalog, or, where a simulator announces its sites (ENVBOOT_SIM_SITES), the bare-metal
// sites it serves. One site named alone is not a list: capacity then answers as it always has.
import { UsageError } from '@envboot/core';
import { SITE_CATALOG, findSite, simulatedSiteIds } from '@envboot/openstack/sites';

export const ANY_SITE = 'any';

/** Every bare-metal site, in the catalog's order (the simulator's own entry aside). */
function bareMetalSites(env: NodeJS.ProcessEnv): string[] {
  // A simulator's KVM@TACC and CHI@Edge have no hosts to reserve: they are asked by name only.
  const simulated = simulatedSiteIds(env).filter(
    (id) => (SITE_CATALOG[id]?.class ?? 'baremetal') === 'baremetal',
  );
  if (simulated.length > 0) return simulated;
  return Object.entries(SITE_CATALOG)
    .filter(([id, facts]) => id !== 'sim' && facts.class === 'baremetal')
    .map(([id]) => id);
}

/** The sites of `--site`, or null when it names one site (or none). Unknown ids are refused here. */
export function siteList(value: unknown, env: NodeJS.ProcessEnv = process.env): string[] | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (text === ANY_SITE) return bareMetalSites(env);
  if (!text.includes(',')) return null;
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.includes(ANY_SITE))
    throw new UsageError('--site any already means every site: give it alone', { field: 'site' });
  // findSite refuses an unknown id and reads a region name ("CHI@TACC") as its id.
  const resolved = ids.map((id) => findSite(id, env).id);
  if (resolved.length === 0) throw new UsageError('--site names no site', { field: 'site' });
  return [...new Set(resolved)];
}
