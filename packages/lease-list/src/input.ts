// The leases command's flags → its input: which sites (--site any: every bare-metal site, or every site a
// simulator serves; several named with commas), and whether ended leases are shown.
import { UsageError } from '@envboot/core';
import { findSite, SITE_CATALOG, simulatedSiteIds } from '@envboot/openstack/sites';
import type { LeaseListArgs } from './cli.js';

export interface LeaseListInput {
  /** The sites to ask, or null for the one --site (or the pipe, or the configuration) names. */
  sites: string[] | null;
  all: boolean;
}

/** Every bare-metal site of the catalog, or the sites a simulator announces (as capacity --site any asks). */
function everySite(env: NodeJS.ProcessEnv): string[] {
  const simulated = simulatedSiteIds(env);
  if (simulated.length > 0) return simulated;
  return Object.entries(SITE_CATALOG)
    .filter(([id, facts]) => id !== 'sim' && facts.class === 'baremetal')
    .map(([id]) => id);
}

export function sitesOf(value: unknown, env: NodeJS.ProcessEnv = process.env): string[] | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (text === 'any') return everySite(env);
  if (!text.includes(',')) return null;
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (ids.includes('any'))
    throw new UsageError('--site any already means every site: give it alone', { field: 'site' });
  return [...new Set(ids.map((id) => findSite(id, env).id))];
}

export function toInput(args: LeaseListArgs): LeaseListInput {
  return { sites: sitesOf(args.site), all: args.all === true };
}
