// Where N hosts of a node type are free first, among every site (`--site any`): for a command that was given no
// site, such as provision, to choose one.
import { parseDuration, type CapacityData, type StepContext } from '@envboot/core';
import { NO_HARDWARE_FILTER, nodeTypeFilter } from '@envboot/availability';
import type { CloudContextOptions, CloudSelection } from '@envboot/openstack/context';
import { DEFAULT_WITHIN, type CapacityInput } from './input.js';
import { runSites } from './run-sites.js';
import { capacityContext } from './site-context.js';
import { siteList, ANY_SITE } from './site-list.js';

export interface WhereQuestion {
  nodeType: string;
  nodes: number;
  durationMinutes: number;
}

/** Every site asked at once; the answer ranked as `capacity --site any` ranks it (data.site is the best). */
export async function whereFirst(
  q: WhereQuestion,
  selection: Omit<CloudSelection, 'site' | 'pipedSite'>,
  base: StepContext,
  options: CloudContextOptions = {},
): Promise<CapacityData> {
  const env = options.env ?? process.env;
  const now = Date.now();
  const input: CapacityInput = {
    nodeType: q.nodeType,
    resourceProperties: nodeTypeFilter(q.nodeType),
    window: {
      start: new Date(now),
      end: new Date(now + q.durationMinutes * 60_000),
      durationMinutes: q.durationMinutes,
      startIsNow: true,
    },
    nodes: q.nodes,
    withinMinutes: parseDuration(DEFAULT_WITHIN, 'within'),
    view: 'json',
    bucket: null,
    sites: siteList(ANY_SITE, env),
    hardware: NO_HARDWARE_FILTER,
  };
  return runSites(input, await capacityContext(selection, base, input, options));
}
