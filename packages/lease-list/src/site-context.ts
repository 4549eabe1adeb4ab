// The leases command's context: the cloud context of its site, and, when several sites are asked, one more for each
// of them made the same way (the same --os-cloud and token cache choices, the site's own address).
import type { StepContext } from '@envboot/core';
import { createCloudContext, type CloudSelection, type CloudStepContext } from '@envboot/openstack/context';
import type { LeaseListInput } from './input.js';

export interface LeaseListContext extends CloudStepContext {
  /** The cloud context of one more site, as `--site <id>` would make it. */
  forSite(id: string): Promise<CloudStepContext>;
}

export async function leaseListContext(
  selection: CloudSelection,
  base: StepContext,
  input: LeaseListInput,
): Promise<LeaseListContext> {
  const first = input.sites?.[0];
  const ctx = await createCloudContext(first ? { ...selection, site: first } : selection, base);
  return Object.assign(ctx, {
    forSite: (id: string) =>
      id === ctx.site.id ? Promise.resolve(ctx) : createCloudContext({ ...selection, site: id }, base),
  });
}
