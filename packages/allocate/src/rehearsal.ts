// allocate --dry-run on a lease a --dry-run made up (a placeholder id): the hosts and floating IPs the lease would
// have, as the pipe described it, with placeholder ids, without asking the cloud. Addresses are from 203.0.113.0/24,
// a range kept for documentation, so none can be taken for a real one.
import { dataOf, placeholderId, type AllocationData } from '@envboot/core';
import type { CloudStepContext } from '@envboot/openstack';
import type { CheckoutResult } from './checkout.js';
import type { AllocateInput } from './input.js';

export function rehearse(
  input: AllocateInput,
  ctx: CloudStepContext,
  checkout: CheckoutResult | null,
): AllocationData {
  const leaseData = dataOf(ctx.upstream, 'lease');
  const piped = leaseData?.lease_id === input.lease ? leaseData : undefined;
  const context = ctx.upstream?.context;
  const leaseContext = context?.lease?.id === input.lease ? context.lease : undefined;
  const hostReservation =
    piped?.host_reservation_id ??
    leaseContext?.host_reservation_id ??
    placeholderId('reservation', input.lease);
  const count = piped?.nodes_requested ?? context?.nodes ?? 1;
  const nodeType = piped?.node_type ?? context?.node_type ?? null;
  const hosts = Array.from({ length: count }, (_, i) => {
    const id = placeholderId('host', input.lease, i + 1);
    return {
      reservation_id: hostReservation,
      uuid: id,
      hostname: id,
      node_type: nodeType,
      host_id: id,
      hardware: null,
    };
  });
  const reserved = piped?.reservations?.find((r) => r.resource_type === 'virtual:floatingip')?.amount ?? 0;
  const addresses = Math.max(reserved, input.floatingIps ?? 0);
  const floating_ips = Array.from({ length: addresses }, (_, i) => ({
    id: placeholderId('floating-ip', input.lease, i + 1),
    address: `203.0.113.${10 + (i % 240)}`,
    status: 'DOWN',
    port_id: null,
    reserved: reserved > 0,
  }));
  return {
    reservation_id: input.lease,
    lease_id: input.lease,
    status: piped?.status ?? 'DRY_RUN',
    allocated: false,
    hosts,
    floating_ips,
    dry_run: true,
    ...(checkout
      ? {
          repo: checkout.data.repo,
          branch: checkout.data.branch ?? checkout.data.ref,
          workdir: checkout.data.workdir,
          artifacts: [],
          checkout: checkout.data,
        }
      : {}),
  };
}
