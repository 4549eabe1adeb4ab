// capacity over several sites (--site uc,tacc, --site any) or by hardware (--gpu-memory-gb, …): every site is
// asked at once — its Blazar hosts and allocations and its nodes' hardware, three requests in parallel — and the
// answers are ranked, best first. A site that cannot be asked (unreachable, refused login, a failing API) is
// reported in its entry and on stderr; only when every site fails is the command an error.
import {
  EnvbootError,
  UsageError,
  floorMinute,
  formatDuration,
  isSiteFailure,
  isoUtc,
  type CapacityData,
} from '@envboot/core';
import { NO_HARDWARE_FILTER, hasHardwareFilter, hardwareOf, type NodeHardware } from '@envboot/availability';
import { reference, type Cloud, type Site } from '@envboot/openstack';
import { loadCalendar } from '@envboot/leases';
import type { CapacityInput } from './input.js';
import { answerSite, type SiteAnswer, type SiteResult } from './site-answer.js';
import type { CapacityContext } from './site-context.js';

const MINUTE = 60_000;
const LATEST = Date.UTC(9999, 11, 31, 23, 59);

interface Asked {
  site: Site;
  result: SiteResult | null;
  horizonEnd: number | null;
  error: EnvbootError | null;
}

async function readHardware(cloud: Cloud, site: Site): Promise<Map<string, NodeHardware>> {
  if (!site.reference_site) return new Map();
  const nodes = await reference.nodes.list(cloud.reference, site.reference_site);
  return new Map(nodes.map((n) => [n.uid, hardwareOf(n)]));
}

async function askSite(id: string, input: CapacityInput, ctx: CapacityContext): Promise<Asked> {
  const siteCtx = await ctx.forSite(id);
  const site = siteCtx.site;
  if (input.window.durationMinutes > site.max_lease_minutes) {
    throw new UsageError(
      `a ${formatDuration(input.window.durationMinutes)} window is longer than ${site.name} allows (${formatDuration(site.max_lease_minutes)})`,
      { field: 'duration' },
    );
  }
  try {
    const cloud = await siteCtx.cloud();
    const [hosts, hardware] = await Promise.all([loadCalendar(cloud), readHardware(cloud, site)]);
    const now = floorMinute(new Date(cloud.clock.now())).getTime();
    const start = input.window.start.getTime();
    const horizonEnd = Math.min(Math.max(now, start) + input.withinMinutes * MINUTE, LATEST);
    const result = answerSite(
      { id: site.id, name: site.name, region: site.region },
      { hosts, hardware, now },
      {
        resourceProperties: input.resourceProperties,
        hardware: input.hardware ?? NO_HARDWARE_FILTER,
        nodes: input.nodes ?? 1,
        window: { start, end: input.window.end.getTime() },
        durationMs: input.window.durationMinutes * MINUTE,
        horizonEnd,
      },
    );
    return { site, result, horizonEnd, error: null };
  } catch (err) {
    if (isSiteFailure(err)) return { site, result: null, horizonEnd: null, error: err };
    throw err;
  }
}

function failedAnswer(a: Asked): SiteAnswer {
  return {
    site: a.site.id,
    name: a.site.name,
    region: a.site.region,
    status: 'error',
    node_type: null,
    resource_properties: null,
    available_nodes: 0,
    total_nodes: 0,
    unknown_nodes: 0,
    earliest: null,
    free_now: false,
    node_types: [],
    reason: null,
    error: a.error!.toJSON(),
  };
}

/** Sites with a window first (earliest; then more hosts free in it), then those without, then failures; each in the order named. */
function rank(asked: Asked[]): Asked[] {
  const order = (a: Asked) => (a.error ? 2 : a.result?.answer.status === 'ok' ? 0 : 1);
  return asked
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const byKind = order(x.a) - order(y.a);
      if (byKind !== 0) return byKind;
      const ex = x.a.result?.best?.found;
      const ey = y.a.result?.best?.found;
      if (ex && ey) return ex.start - ey.start || ey.hosts.length - ex.hosts.length || x.i - y.i;
      return x.i - y.i;
    })
    .map(({ a }) => a);
}

/** Every site failed: the code they share, else CLOUD_API; each site's error in details. */
function allFailed(asked: Asked[]): EnvbootError {
  const codes = new Set(asked.map((a) => a.error!.code));
  const [only] = codes;
  const code = codes.size === 1 && only ? only : 'CLOUD_API';
  const each = asked.map((a) => `${a.site.name}: ${a.error!.message}`).join('; ');
  return new EnvbootError(code, `no site could be asked (${each})`, {
    hint: 'Check the network and the credentials for these sites, or name the sites that work with --site.',
    details: {
      sites: asked.map((a) => ({ site: a.site.id, code: a.error!.code, message: a.error!.message })),
    },
    retryable: asked.every((a) => a.error!.retryable),
  });
}

export async function runSites(input: CapacityInput, ctx: CapacityContext): Promise<CapacityData> {
  const ids = input.sites ?? [ctx.site.id];
  const asked = await Promise.all(ids.map((id) => askSite(id, input, ctx)));
  for (const a of asked) {
    if (a.error)
      ctx.log.warn(
        { site: a.site.id, code: a.error.code },
        `${a.site.name} could not be asked: ${a.error.message}`,
      );
  }
  const answered = asked.filter((a) => a.result !== null);
  if (answered.length === 0) throw allFailed(asked);
  const ranked = rank(asked);
  const top = ranked[0]!;
  const data = envelopeOf(top, ranked, input);
  if (data.reason) ctx.log.warn(data.reason.message);
  return data;
}

/** The best site's answer in the envelope's own fields (what lease-create reserves), and every site's in `sites`. */
function envelopeOf(top: Asked, ranked: Asked[], input: CapacityInput): CapacityData {
  const best = top.result!.best;
  const answer = top.result!.answer;
  const found = best?.found ?? null;
  const nodes = input.nodes ?? 1;
  const hardware = input.hardware && hasHardwareFilter(input.hardware) ? input.hardware : null;
  const sites = ranked.map((a) => (a.result ? a.result.answer : failedAnswer(a)));
  const answered = ranked.filter((a) => a.result);
  return {
    site: top.site.id,
    zone: top.site.id,
    node_type: answer.node_type,
    resource_properties: answer.resource_properties ?? input.resourceProperties,
    start: isoUtc(input.window.start),
    end: isoUtc(input.window.end),
    duration_minutes: input.window.durationMinutes,
    available_nodes: best?.free.length ?? 0,
    total_nodes: best?.hosts.length ?? 0,
    nodes: (best?.free ?? []).map((h) => ({
      uuid: h.uuid,
      hostname: h.hostname,
      node_type: h.node_type,
      host_id: h.id,
    })),
    nodes_requested: nodes,
    fits: (best?.free.length ?? 0) >= nodes,
    earliest: answer.earliest,
    horizon_end: isoUtc(new Date(top.horizonEnd!)),
    reason: found
      ? null
      : {
          code: answered.every((a) => a.result!.answer.reason?.code !== 'none_free_within_horizon')
            ? 'more_than_exist'
            : 'none_free_within_horizon',
          message: `no site has ${nodes} matching host${nodes === 1 ? '' : 's'} free together: ${answered.map((a) => a.result!.answer.reason!.message).join('; ')}`,
          nodes_requested: nodes,
          hosts_total: answered.reduce((n, a) => n + a.result!.answer.total_nodes, 0),
          hosts_reservable: answered.reduce((n, a) => n + a.result!.answer.total_nodes, 0),
          horizon_end: isoUtc(new Date(top.horizonEnd!)),
          within_minutes: input.withinMinutes,
        },
    dry_run: false,
    hardware: hardware && {
      gpu_memory_gb: hardware.gpuMemoryGb,
      gpu_vendor: hardware.gpuVendor,
      gpu_model: hardware.gpuModel,
      gpus: hardware.gpus,
      architecture: hardware.architecture,
      min_ram_gb: hardware.minRamGb,
      min_threads: hardware.minThreads,
    },
    sites,
  };
}
