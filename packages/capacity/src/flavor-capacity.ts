// capacity at a site whose units are flavors (KVM@TACC): each public flavor, how many instances of it can be
// reserved for the whole window, and what they cost (the flavor's published rate). Nova's flavors and the
// reference API's availability are read in parallel; with --node-type naming a flavor, the envelope's own fields
// answer for it, so that `capacity | lease-create` works as at a bare-metal site.
import { UsageError, isoUtc, type CapacityData } from '@envboot/core';
import { nova, reference, type Cloud } from '@envboot/openstack';
import type { CloudStepContext } from '@envboot/openstack';
import { flavorRate, flavorSuCost } from '@envboot/leases';
import type { CapacityInput } from './input.js';

export type FlavorEntry = NonNullable<CapacityData['flavors']>[number];

/** GPUs an instance of the flavor gets: Nova's PCI alias (h100:1) when it has one, else its g1.<gpu>.pci.N name. */
function gpusOf(f: nova.Flavor, listed: number | undefined): number {
  if (listed) return listed;
  const alias = f.extra_specs['pci_passthrough:alias'];
  const fromAlias = typeof alias === 'string' ? Number(/:(\d+)$/.exec(alias)?.[1] ?? 0) : 0;
  return fromAlias || Number(/^g\d+\.[a-z0-9]+\.pci\.(\d+)$/.exec(f.name)?.[1] ?? 0);
}

/** The site's public flavors over the window, GPU flavors first (the most GPUs first), then by name. */
export async function readFlavors(
  cloud: Cloud,
  siteId: string,
  window: { start: Date; end: Date },
  count: number,
): Promise<FlavorEntry[]> {
  const [flavors, availability] = await Promise.all([
    nova.flavors.list(cloud.nova),
    reference.flavors.availability(cloud.reference, siteId, window),
  ]);
  const byId = new Map((availability ?? []).map((a) => [a.id, a]));
  const hours = (window.end.getTime() - window.start.getTime()) / 3_600_000;
  return flavors
    .filter((f) => f.is_public)
    .map((f) => {
      const a = byId.get(f.id);
      return {
        flavor: f.name,
        flavor_id: f.id,
        vcpus: f.vcpus,
        ram_mb: f.ram_mb,
        disk_gb: f.disk_gb,
        gpus: gpusOf(f, a?.gpus),
        available: a ? a.available : null,
        su_per_hour: flavorRate(f.name),
        su_cost: flavorSuCost(f.name, count, hours),
      };
    })
    .sort((x, y) => y.gpus - x.gpus || x.flavor.localeCompare(y.flavor));
}

export async function flavorCapacity(input: CapacityInput, ctx: CloudStepContext): Promise<CapacityData> {
  if (input.resourceProperties !== '' && !input.nodeType) {
    throw new UsageError(`${ctx.site.name} reserves flavors, which no Blazar filter picks`, {
      field: 'resource-properties',
      hint: `Name a flavor with --node-type, or list them: envboot capacity --site ${ctx.site.id}`,
    });
  }
  const cloud = await ctx.cloud();
  const count = input.nodes ?? 1;
  const flavors = await readFlavors(cloud, ctx.site.id, input.window, count);
  const asked = input.nodeType ? flavors.find((f) => f.flavor === input.nodeType) : undefined;
  if (input.nodeType && !asked) {
    throw new UsageError(`no flavor "${input.nodeType}" at ${ctx.site.name}`, {
      field: 'node-type',
      hint: `Flavors: ${flavors.map((f) => f.flavor).join(', ')}`,
      details: { flavors: flavors.map((f) => f.flavor) },
    });
  }
  if (flavors.every((f) => f.available === null))
    ctx.log.warn(`${ctx.site.name} does not say how many instances of each flavor can be reserved`);
  const chosen = asked ?? null;
  const available = chosen?.available ?? 0;
  const fits = input.nodes === null ? null : available >= count;
  const window = { start: isoUtc(input.window.start), end: isoUtc(input.window.end) };
  if (fits === false)
    ctx.log.warn(
      `${chosen!.flavor}: ${available} instance(s) can be reserved at ${ctx.site.name} for this window, ${count} asked`,
    );
  return {
    site: ctx.site.id,
    zone: ctx.site.id,
    node_type: chosen?.flavor ?? null,
    resource_properties: '',
    ...window,
    duration_minutes: input.window.durationMinutes,
    available_nodes: available,
    total_nodes: available,
    nodes: [],
    nodes_requested: input.nodes,
    fits,
    // Only the window asked about is judged: the availability is read for one window at a time.
    earliest:
      fits && chosen
        ? {
            ...window,
            available_nodes: available,
            ...(chosen.su_cost ? { su_cost: chosen.su_cost } : {}),
            nodes: [],
          }
        : null,
    horizon_end: null,
    reason: null,
    dry_run: false,
    flavors,
  };
}
