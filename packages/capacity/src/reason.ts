// Why no window fits a --nodes request: more hosts were asked for than the site has that match, or they are never
// free together for long enough before the end of the search horizon.
import { formatDuration, isoUtc, type CapacityData } from '@envboot/core';
import type { CalendarHost } from '@envboot/availability';

export type NoWindowReason = NonNullable<CapacityData['reason']>;

const utc = (ms: number) => isoUtc(new Date(ms)).slice(0, 16).replace('T', ' ');

export function noWindowReason(o: {
  siteName: string;
  /** The node type asked for, or null for another filter. */
  nodeType: string | null;
  nodes: number;
  durationMinutes: number;
  /** Hosts that match the filter, reservable or not. */
  matchingAll: readonly CalendarHost[];
  /** Of those, the hosts Blazar may give out. */
  reservable: readonly CalendarHost[];
  horizonEnd: number;
  withinMinutes: number;
}): NoWindowReason {
  const what = o.nodeType ? `${o.nodeType} host` : 'matching host';
  const hosts = (n: number) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const counts = {
    nodes_requested: o.nodes,
    hosts_total: o.matchingAll.length,
    hosts_reservable: o.reservable.length,
  };
  if (o.nodes > o.reservable.length) {
    const besides =
      o.matchingAll.length > o.reservable.length
        ? ` that can be reserved (${o.matchingAll.length} in all)`
        : '';
    return {
      code: 'more_than_exist',
      message: `${o.nodes} hosts asked for, but ${o.siteName} has only ${hosts(o.reservable.length)}${besides}`,
      ...counts,
      horizon_end: null,
      within_minutes: null,
    };
  }
  const never =
    o.nodes === 1
      ? `no ${what} (of ${o.reservable.length}) is free`
      : `${o.nodes} ${what}s (of ${o.reservable.length}) are never free together`;
  return {
    code: 'none_free_within_horizon',
    message:
      `${never} for ${formatDuration(o.durationMinutes)} before ${utc(o.horizonEnd)} UTC ` +
      `(--within ${formatDuration(o.withinMinutes)}; a longer one looks further)`,
    ...counts,
    horizon_end: isoUtc(new Date(o.horizonEnd)),
    within_minutes: o.withinMinutes,
  };
}
