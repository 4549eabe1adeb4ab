// A run given no site, and no configuration that names one, goes where its hosts are free first: every site is
// asked at once (capacity's search over `--site any`) for the node type and count of --node-type/--nodes (or the
// piped plan's), for --duration (or the plan's, else an hour). Without a node type there is nothing to search
// for (the plan is made from one site's node types): the run stays at the default site, as before. A GPU node type
// no bare-metal site has free now sends the run to KVM@TACC when one of its GPU flavors is free now (kvm/).
import type { StepContext } from '@envboot/core';
import type { CloudSelection } from '@envboot/openstack/context';
import type { ProvisionInput } from './input.js';

const SEARCH_DURATION_MINUTES = 60;

/** The site to run at, or null to leave the choice to the configuration (and the default site). */
export async function siteWhereFree(
  selection: CloudSelection,
  base: StepContext,
  input: ProvisionInput,
): Promise<string | null> {
  if (input.resume || selection.site || selection.pipedSite) return null;
  const o = input.options;
  const plan = o.pipedPlan;
  const nodeType = o.nodeType ?? plan?.node_type ?? null;
  if (!nodeType) return null;
  const where = { env: input.env, home: input.home };
  const { configurationPinsSite } = await import('@envboot/openstack/context');
  if (await configurationPinsSite(selection, where)) return null;
  const { whereFirst } = await import('@envboot/capacity');
  const nodes = o.nodes ?? plan?.count ?? 1;
  const question = {
    nodeType,
    nodes,
    durationMinutes: o.durationMinutes ?? plan?.duration_minutes ?? SEARCH_DURATION_MINUTES,
  };
  const account = { osCloud: selection.osCloud, tokenCache: selection.tokenCache };
  const found = await whereFirst(question, account, base, where);
  // A GPU no bare-metal site has free now may be a flavor KVM@TACC has free now.
  const { kvmWhenNoGpuFree } = await import('./kvm/choose-site.js');
  const kvm = await kvmWhenNoGpuFree(found, question, account, base, input.env);
  if (kvm) return kvm;
  if (!found.earliest) return null;
  const best = found.sites?.[0];
  base.log.info(
    { site: found.site, start: found.earliest.start },
    `no site named: ${best?.name ?? found.site} has ${nodes} × ${nodeType} free first, from ${found.earliest.start}`,
  );
  return found.site;
}
