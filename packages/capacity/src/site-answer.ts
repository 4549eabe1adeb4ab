// One site's answer to "when are N matching hosts free": pure, from its calendar and its nodes' hardware.
//
// The hosts that match (Blazar's filter, then the hardware filter) are grouped by node type — and by GPU model when
// a GPU is asked for — because one lease reserves hosts of one Blazar filter: N hosts must come from one group,
// and each group carries a Blazar filter that picks its hosts, which lease-create reserves when the answer is piped.
import { isoUtc, type CapacityData } from '@envboot/core';
import {
  candidates,
  describeGpu,
  earliestWindow,
  freeIn,
  judgeHardware,
  parseFilter,
  type CalendarHost,
  type EarliestWindow,
  type HardwareFilter,
  type NodeHardware,
} from '@envboot/availability';
import { suCost, suFactor } from '@envboot/leases';

export type SiteAnswer = NonNullable<CapacityData['sites']>[number];
type NodeTypeEntry = SiteAnswer['node_types'][number];

export interface SiteRecords {
  hosts: readonly CalendarHost[];
  /** Hardware by node uid (Blazar's hypervisor_hostname), from the reference API. */
  hardware: ReadonlyMap<string, NodeHardware>;
  /** The site's present (its clock), epoch ms. */
  now: number;
}

export interface SiteQuestion {
  resourceProperties: string;
  hardware: HardwareFilter;
  nodes: number;
  window: { start: number; end: number };
  durationMs: number;
  /** Latest start the search considers. */
  horizonEnd: number;
}

export interface SiteFacts {
  id: string;
  name: string;
  region: string;
}

/** A group of hosts one lease can reserve, and what the search found for it. */
export interface HostGroup {
  nodeType: string;
  gpuModel: string | null;
  hosts: CalendarHost[];
  resourceProperties: string;
  /** Whether resourceProperties picks these hosts and no others at the site. */
  exact: boolean;
  free: CalendarHost[];
  found: EarliestWindow | null;
}

export interface SiteResult {
  answer: SiteAnswer;
  /** The group of the best window, or of the most hosts when none fits. */
  best: HostGroup | null;
}

const wantsGpu = (f: HardwareFilter) =>
  f.gpuMemoryGb !== null || f.gpuVendor !== null || f.gpuModel !== null || f.gpus !== null;

/** The terms of a Blazar filter, as JSON arrays ("" → none; ["and", …] → its terms). */
function termsOf(resourceProperties: string): unknown[] {
  const text = resourceProperties.trim();
  if (text === '' || text === '[]') return [];
  const doc = JSON.parse(text) as unknown[];
  return doc[0] === 'and' ? doc.slice(1) : [doc];
}

/** The user's filter and more terms, as one Blazar filter (terms already in it are not repeated). */
function andFilter(base: string, more: unknown[][]): string {
  const terms = termsOf(base);
  const seen = new Set(terms.map((t) => JSON.stringify(t)));
  for (const t of more) if (!seen.has(JSON.stringify(t))) terms.push(t);
  return JSON.stringify(terms.length === 1 ? terms[0] : ['and', ...terms]);
}

/**
 * A Blazar filter for a group: its node type, then also its GPU model as Blazar knows it, whichever first picks
 * the group's hosts and no others among the site's reservable hosts.
 */
function groupFilter(
  group: CalendarHost[],
  nodeType: string,
  all: readonly CalendarHost[],
  base: string,
): { resourceProperties: string; exact: boolean } {
  const ids = new Set(group.map((h) => h.id));
  const modelCap = group[0]?.capabilities['gpu.gpu_model'];
  const tries = [[['==', '$node_type', nodeType]]];
  if (typeof modelCap === 'string' && group.every((h) => h.capabilities['gpu.gpu_model'] === modelCap))
    tries.push([...tries[0]!, ['==', '$gpu.gpu_model', modelCap]]);
  let last = '';
  for (const more of tries) {
    last = andFilter(base, more);
    if (candidates(all, parseFilter(last)).every((h) => ids.has(h.id)))
      return { resourceProperties: last, exact: true };
  }
  return { resourceProperties: last, exact: false };
}

/** Best first: the earliest window, then the most hosts free in it, then the most hosts, then by name. */
function compareGroups(a: HostGroup, b: HostGroup): number {
  if (a.found && b.found)
    return (
      a.found.start - b.found.start ||
      b.found.hosts.length - a.found.hosts.length ||
      b.hosts.length - a.hosts.length ||
      a.nodeType.localeCompare(b.nodeType)
    );
  if (a.found || b.found) return a.found ? -1 : 1;
  return b.hosts.length - a.hosts.length || a.nodeType.localeCompare(b.nodeType);
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

function gpuEntry(hw: NodeHardware | undefined): NodeTypeEntry['gpu'] {
  const gpu = hw?.gpu;
  if (!gpu) return null;
  return {
    count: gpu.count,
    model: gpu.model,
    vendor: gpu.vendor,
    memory_gb: gpu.memory_gb,
    label: describeGpu(gpu.model, gpu.memory_gb),
  };
}

export function answerSite(site: SiteFacts, records: SiteRecords, q: SiteQuestion): SiteResult {
  const filter = parseFilter(q.resourceProperties);
  const reservable = candidates(records.hosts, filter);
  let unknown = 0;
  const matching = reservable.filter((h) => {
    const verdict = judgeHardware(q.hardware, records.hardware.get(h.uuid));
    if (verdict === 'unknown') unknown++;
    return verdict === 'yes';
  });
  const byGroup = new Map<string, CalendarHost[]>();
  for (const h of matching) {
    const model = wantsGpu(q.hardware) ? (records.hardware.get(h.uuid)?.gpu?.model ?? null) : null;
    const key = JSON.stringify([h.node_type ?? '(unknown)', model]);
    byGroup.set(key, [...(byGroup.get(key) ?? []), h]);
  }
  const allReservable = records.hosts.filter((h) => h.reservable);
  const groups: HostGroup[] = [...byGroup.entries()].map(([key, hosts]) => {
    const [nodeType, gpuModel] = JSON.parse(key) as [string, string | null];
    return {
      nodeType,
      gpuModel,
      hosts,
      ...groupFilter(hosts, nodeType, allReservable, q.resourceProperties),
      free: freeIn(hosts, q.window),
      found: earliestWindow(hosts, {
        count: q.nodes,
        durationMs: q.durationMs,
        from: q.window.start,
        until: q.horizonEnd,
      }),
    };
  });
  groups.sort(compareGroups);
  const best = groups[0] ?? null;
  const found = best?.found ?? null;
  const answer: SiteAnswer = {
    site: site.id,
    name: site.name,
    region: site.region,
    status: found ? 'ok' : 'no_window',
    node_type: best?.nodeType ?? null,
    resource_properties: best?.resourceProperties ?? null,
    available_nodes: freeIn(matching, q.window).length,
    total_nodes: matching.length,
    unknown_nodes: unknown,
    earliest: found && {
      start: isoUtc(new Date(found.start)),
      end: isoUtc(new Date(found.end)),
      available_nodes: found.hosts.length,
      su_cost: suCost(
        found.hosts.slice(0, q.nodes).map((h) => suFactor(h.capabilities)),
        q.durationMs / 3_600_000,
      ),
      nodes: found.hosts.map(hostOf),
    },
    // Windows start on whole minutes: one that starts within the minute after the present starts now.
    free_now: found !== null && found.start - records.now <= 60_000,
    node_types: groups.map((g) => ({
      node_type: g.nodeType,
      total: g.hosts.length,
      available: g.free.length,
      gpu: gpuEntry(records.hardware.get(g.hosts[0]!.uuid)),
      resource_properties: g.resourceProperties,
      earliest_start: g.found ? isoUtc(new Date(g.found.start)) : null,
    })),
    reason: found ? null : noWindow(site, groups, q, unknown),
    error: null,
  };
  return { answer, best };
}

function noWindow(
  site: SiteFacts,
  groups: HostGroup[],
  q: SiteQuestion,
  unknown: number,
): SiteAnswer['reason'] {
  const unsure = unknown > 0 ? ` (and ${unknown} whose hardware is not known)` : '';
  if (groups.length === 0) {
    return { code: 'no_matching_hosts', message: `no reservable host matches at ${site.name}${unsure}` };
  }
  const most = Math.max(...groups.map((g) => g.hosts.length));
  if (most < q.nodes) {
    return {
      code: 'more_than_exist',
      message: `${q.nodes} hosts asked for, but ${site.name} has at most ${most} matching of one node type${unsure}`,
    };
  }
  return {
    code: 'none_free_within_horizon',
    message: `${site.name}: never ${q.nodes} matching hosts free together before ${isoUtc(new Date(q.horizonEnd)).slice(0, 16).replace('T', ' ')} UTC`,
  };
}
