// capacity --dry-run: an answer made up without asking the cloud, so that a pipe can be rehearsed offline (as the
// original api-1's dry run answered). The window asked about is taken to fit, with as many placeholder hosts as
// were asked for.
import { isoUtc, placeholderId, type CapacityData } from '@envboot/core';
import { parseFilter, pinnedNodeType } from '@envboot/availability';
import { suCost, DEFAULT_SU_FACTOR } from '@envboot/leases';
import type { CapacityInput } from './input.js';

export function rehearse(input: CapacityInput, site: string, horizonEnd: number): CapacityData {
  const nodeType = input.nodeType ?? pinnedNodeType(parseFilter(input.resourceProperties));
  const count = input.nodes ?? 1;
  const start = isoUtc(input.window.start);
  const end = isoUtc(input.window.end);
  const seed = `${site}|${input.resourceProperties}|${start}|${end}`;
  const nodes = Array.from({ length: count }, (_, i) => {
    const id = placeholderId('host', seed, i + 1);
    return { uuid: id, hostname: id, node_type: nodeType, host_id: id };
  });
  return {
    site,
    zone: site,
    node_type: nodeType,
    resource_properties: input.resourceProperties,
    start,
    end,
    duration_minutes: input.window.durationMinutes,
    available_nodes: count,
    total_nodes: count,
    nodes,
    nodes_requested: input.nodes,
    fits: input.nodes === null ? null : true,
    earliest:
      input.nodes === null
        ? null
        : {
            start,
            end,
            available_nodes: count,
            // Offline, the hosts' su_factors are not known: 1.0 each, and the envelope says so.
            su_cost: suCost(
              Array(count).fill(DEFAULT_SU_FACTOR),
              input.window.durationMinutes / 60,
              'assumed',
            ),
            nodes,
          },
    horizon_end: input.nodes === null ? null : isoUtc(new Date(horizonEnd)),
    reason: null,
    dry_run: true,
  };
}
