// capacity (api-1): how many matching hosts are free for a whole window, which ones, and with --nodes N the
// earliest window of the same length in which N are free.
import {
  UsageError,
  floorMinute,
  formatDuration,
  isoUtc,
  type CapacityData,
  type Context,
} from '@envboot/core';
import {
  candidates,
  earliestWindow,
  filterKeys,
  freeIn,
  matches,
  parseFilter,
  pinnedNodeType,
  timeline,
  type CalendarHost,
} from '@envboot/availability';
import type { CloudStepContext } from '@envboot/openstack';
import { loadCalendar, suCost, suFactor } from '@envboot/leases';
import { chooseBucketHours, renderCalendar } from './calendar-view.js';
import { noWindowReason } from './reason.js';
import { rehearse } from './rehearsal.js';
import { flavorCapacity } from './flavor-capacity.js';
import { asksSites, type CapacityInput } from './input.js';
import { runSites } from './run-sites.js';
import type { CapacityContext } from './site-context.js';

const LATEST = Date.UTC(9999, 11, 31, 23, 59);

const MINUTE = 60_000;

/** Where the search for the earliest window stops: --within after now (or after the window's start, if later). */
function horizonFrom(now: number, input: CapacityInput): number {
  // The last minute dates can be written for (year 9999), however far --within reaches.
  return Math.min(Math.max(now, input.window.start.getTime()) + input.withinMinutes * MINUTE, LATEST);
}

function hostOf(h: CalendarHost) {
  return {
    uuid: h.uuid,
    hostname: h.hostname,
    node_type: h.node_type,
    host_id: h.id,
    su_factor: suFactor(h.capabilities),
  };
}

/** Refuse a filter no host can ever satisfy, naming what the site has instead. */
function checkFilterKnown(hosts: readonly CalendarHost[], input: CapacityInput): void {
  const filter = parseFilter(input.resourceProperties);
  const types = [...new Set(hosts.map((h) => h.node_type).filter((t): t is string => !!t))].sort();
  const pinned = pinnedNodeType(filter);
  if (pinned && !types.includes(pinned)) {
    throw new UsageError(`unknown node type "${pinned}" at this site`, {
      field: input.nodeType ? 'node-type' : 'resource-properties',
      hint: `Known node types: ${types.join(', ')}`,
      details: { node_types: types },
    });
  }
  const known = new Set(hosts.flatMap((h) => Object.keys(h.capabilities)));
  const unknown = filterKeys(filter).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new UsageError(
      `no host at this site has the propert${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((k) => `$${k}`).join(', ')}`,
      {
        field: 'resource-properties',
        hint: "envboot capacity --site <site> lists the node types; Blazar's GET /os-hosts/properties lists every property.",
      },
    );
  }
}

export async function run(input: CapacityInput, ctx: CloudStepContext): Promise<CapacityData> {
  const site = ctx.site;
  if (input.window.durationMinutes > site.max_lease_minutes) {
    throw new UsageError(
      `a ${formatDuration(input.window.durationMinutes)} window is longer than ${site.name} allows (${formatDuration(site.max_lease_minutes)})`,
      { field: 'duration' },
    );
  }
  // A rehearsal asks the cloud nothing (its clock included): the window asked about is taken to fit (at the
  // first site named, when several are).
  if (ctx.dryRun) return rehearse(input, ctx.site.id, horizonFrom(Date.now(), input));
  if (asksSites(input)) return runSites(input, withSites(ctx));
  if (site.class === 'kvm') return flavorCapacity(input, ctx);

  const cloud = await ctx.cloud();
  const hosts = input.calendar ?? (await loadCalendar(cloud));
  checkFilterKnown(hosts, input);
  const filter = parseFilter(input.resourceProperties);
  const matching = candidates(hosts, filter);
  const window = { start: input.window.start.getTime(), end: input.window.end.getTime() };
  const free = freeIn(matching, window);
  // The cloud's present (the simulator's clock may run ahead of this machine's), to the minute.
  const now = floorMinute(new Date(cloud.clock.now())).getTime();
  const horizonEnd = horizonFrom(now, input);

  const data: CapacityData = {
    site: ctx.site.id,
    zone: ctx.site.id,
    node_type: input.nodeType ?? pinnedNodeType(filter),
    resource_properties: input.resourceProperties,
    start: isoUtc(input.window.start),
    end: isoUtc(input.window.end),
    duration_minutes: input.window.durationMinutes,
    available_nodes: free.length,
    total_nodes: matching.length,
    nodes: free.map(hostOf),
    nodes_requested: input.nodes,
    fits: input.nodes === null ? null : free.length >= input.nodes,
    earliest: null,
    horizon_end: input.nodes === null ? null : isoUtc(new Date(horizonEnd)),
    reason: null,
    dry_run: ctx.dryRun,
  };

  if (input.nodes !== null) {
    const found = earliestWindow(matching, {
      count: input.nodes,
      durationMs: input.window.durationMinutes * MINUTE,
      from: window.start,
      until: horizonEnd,
    });
    data.earliest = found && {
      start: isoUtc(new Date(found.start)),
      end: isoUtc(new Date(found.end)),
      available_nodes: found.hosts.length,
      su_cost: suCost(
        found.hosts.slice(0, input.nodes).map((h) => suFactor(h.capabilities)),
        input.window.durationMinutes / 60,
      ),
      nodes: found.hosts.map(hostOf),
    };
    if (!found) {
      data.reason = noWindowReason({
        siteName: site.name,
        nodeType: data.node_type ?? null,
        nodes: input.nodes,
        durationMinutes: input.window.durationMinutes,
        matchingAll: hosts.filter((h) => matches(filter, h.capabilities)),
        reservable: matching,
        horizonEnd,
        withinMinutes: input.withinMinutes,
      });
      ctx.log.warn(data.reason.message);
    }
  }
  if (!input.nodeType && input.resourceProperties === '') {
    data.summary = summarize(matching, free);
  }
  if (input.view === 'calendar') {
    // From now on: the first bucket starts at the present, not at the last bucket boundary before it.
    const bucketMs = chooseBucketHours(horizonEnd - now, 60, input.bucket) * 3_600_000;
    const t = timeline(matching, now, horizonEnd, bucketMs);
    data.calendar = {
      bucket_minutes: bucketMs / MINUTE,
      now: isoUtc(new Date(now)),
      starts: t.starts.map((s) => isoUtc(new Date(s))),
      rows: t.rows,
    };
  }
  return data;
}

/** A context that can reach more sites: capacity's own does; another command's reaches its one site. */
function withSites(ctx: CloudStepContext): CapacityContext {
  if ('forSite' in ctx) return ctx as CapacityContext;
  return Object.assign(Object.create(ctx) as CloudStepContext, {
    forSite: async (id: string) => {
      if (id !== ctx.site.id)
        throw new UsageError(`only ${ctx.site.name} can be asked here`, { field: 'site' });
      return ctx;
    },
  });
}

function summarize(matching: CalendarHost[], free: CalendarHost[]): NonNullable<CapacityData['summary']> {
  const total = new Map<string, number>();
  const available = new Map<string, number>();
  for (const h of matching)
    total.set(h.node_type ?? '(unknown)', (total.get(h.node_type ?? '(unknown)') ?? 0) + 1);
  for (const h of free)
    available.set(h.node_type ?? '(unknown)', (available.get(h.node_type ?? '(unknown)') ?? 0) + 1);
  return [...total.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([node_type, n]) => ({ node_type, total: n, available: available.get(node_type) ?? 0 }));
}

export function contextFrom(data: CapacityData): Partial<Context> {
  const window = data.earliest ?? { start: data.start, end: data.end };
  return {
    site: data.site,
    node_type: data.node_type ?? undefined,
    resource_properties: data.resource_properties || undefined,
    nodes: data.nodes_requested ?? undefined,
    window: { start: window.start, end: window.end, duration_minutes: data.duration_minutes },
  };
}

/** On a terminal, --view calendar prints the chart instead of the envelope. */
export function present(
  data: CapacityData,
  input: CapacityInput,
  terminal: { siteName?: (id: string) => string } = {},
): string | null {
  if (input.view !== 'calendar' || !data.calendar) return null;
  const c = data.calendar;
  return renderCalendar(
    {
      bucketMs: c.bucket_minutes * MINUTE,
      starts: c.starts.map((s) => Date.parse(s)),
      rows: c.rows,
    },
    terminal.siteName?.(data.site) ?? data.site,
  );
}
