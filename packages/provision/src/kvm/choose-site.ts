// A run that asks for a GPU node type no bare-metal site has free now goes to KVM@TACC when one of its GPU flavors
// can be reserved now: "1 × g1.h100.pci.1 at KVM@TACC, now" rather than a wait for bare metal. KVM@TACC is asked
// only after the bare-metal search, and only where it can be reached (a simulator that does not serve it is left
// alone); a KVM@TACC that cannot be asked leaves the run where the search put it.
import { floorMinute, isSiteFailure, type CapacityData, type StepContext } from '@envboot/core';
import { createCloudContext, type CloudSelection } from '@envboot/openstack/context';
import { simulatedSiteIds } from '@envboot/openstack/sites';

export const KVM_SITE = 'kvm';

export interface GpuQuestion {
  nodeType: string;
  nodes: number;
  durationMinutes: number;
}

/** Whether the node type has a GPU at some bare-metal site (the reference API's hardware, as capacity read it). */
export function asksForGpu(found: CapacityData, nodeType: string): boolean {
  return (found.sites ?? []).some((s) =>
    s.node_types.some((t) => t.node_type === nodeType && t.gpu !== null),
  );
}

/** Whether some bare-metal site has the hosts free from now. */
export const freeNowSomewhere = (found: CapacityData): boolean =>
  (found.sites ?? []).some((s) => s.status === 'ok' && s.free_now);

function kvmReachable(env: NodeJS.ProcessEnv): boolean {
  const simulated = simulatedSiteIds(env);
  return simulated.length === 0 || simulated.includes(KVM_SITE);
}

/** KVM@TACC's id when one of its GPU flavors has `nodes` instances free now, else null. */
export async function kvmWhenNoGpuFree(
  found: CapacityData,
  q: GpuQuestion,
  selection: Omit<CloudSelection, 'site' | 'pipedSite'>,
  base: StepContext,
  env: NodeJS.ProcessEnv,
): Promise<string | null> {
  if (!asksForGpu(found, q.nodeType) || freeNowSomewhere(found) || !kvmReachable(env)) return null;
  const { readFlavors } = await import('@envboot/capacity');
  try {
    const ctx = await createCloudContext({ ...selection, site: KVM_SITE }, base, { env });
    const cloud = await ctx.cloud();
    const start = floorMinute(new Date(cloud.clock.now()));
    const end = new Date(start.getTime() + q.durationMinutes * 60_000);
    const flavors = await readFlavors(cloud, KVM_SITE, { start, end }, q.nodes);
    const gpu = flavors.find((f) => f.gpus > 0 && (f.available ?? 0) >= q.nodes);
    if (!gpu) return null;
    const later = found.earliest ? `not before ${found.earliest.start}` : 'not within 14 days';
    base.log.info(
      { site: KVM_SITE, flavor: gpu.flavor, available: gpu.available },
      `no bare-metal site has ${q.nodes} × ${q.nodeType} free now (${later}): ${q.nodes} × ${gpu.flavor} at ${ctx.site.name}, now`,
    );
    return KVM_SITE;
  } catch (err) {
    if (!isSiteFailure(err)) throw err;
    base.log.warn(`KVM@TACC could not be asked: ${(err as Error).message}`);
    return null;
  }
}
