// allocate (api-5): which hosts a lease actually received, with their hardware, and its floating IPs. With
// --floating-ips N it makes sure N addresses are available to the lease: from the lease's floating-IP reservation
// when it has one, otherwise allocated from the public network and labelled with the lease. With --repo it also puts
// the repository into a working directory, as the original api-5 did, while the lease is looked up; nothing is
// allocated in the cloud unless the checkout succeeded.
import { randomUUID } from 'node:crypto';
import {
  EnvbootError,
  UsageError,
  isPlaceholderId,
  refusePlaceholder,
  type AllocationData,
  type ContextChange,
} from '@envboot/core';
import { blazar, neutron, reference, type Cloud, type CloudStepContext, type Site } from '@envboot/openstack';
import { findLease } from '@envboot/leases';
import {
  checkOut,
  prepareCheckout,
  undoCheckout,
  writeProvisionFile,
  type CheckoutResult,
} from './checkout.js';
import { hardwareOf } from './hardware.js';
import { rehearse } from './rehearsal.js';
import type { AllocateInput, KnownSite } from './input.js';

type FloatingIp = neutron.FloatingIp;

/** A lease in one of these states will never run: an address allocated for it would only sit there. */
const WILL_NOT_RUN = new Set(['ERROR', 'TERMINATED', 'TERMINATING', 'DELETING']);

/** The description envboot gives an address it allocates for a lease: unique, so a failed create is found again. */
export function leaseFipDescription(leaseId: string): string {
  return `envboot lease ${leaseId} ${randomUUID().slice(0, 8)}`;
}

/** The lease's reserved addresses and those envboot allocated for it. */
async function leaseFloatingIps(
  cloud: Cloud,
  leaseId: string,
  fipReservationId: string | null,
): Promise<FloatingIp[]> {
  const all = await neutron.floatingips.list(cloud.neutron);
  const tag = fipReservationId ? `reservation:${fipReservationId}` : null;
  return all.filter(
    (f) => (tag && f.tags.includes(tag)) || f.description.startsWith(`envboot lease ${leaseId} `),
  );
}

export async function run(input: AllocateInput, ctx: CloudStepContext): Promise<AllocationData> {
  const site = ctx.site;
  // A lease a --dry-run made up is rehearsed without the cloud, and refused by a command that would ask it.
  const rehearsal = ctx.dryRun && isPlaceholderId(input.lease);
  if (!rehearsal) refusePlaceholder(input.lease, 'lease');
  // The repository flags are checked before the cloud is asked anything.
  const prepared = input.checkout ? await prepareCheckout(input.checkout) : null;
  if (rehearsal) return rehearse(input, ctx, prepared ? await checkOut(prepared, ctx) : null);
  // The checkout and the look-up of the lease are independent: neither waits for the other.
  const [checkout, lookup] = await Promise.allSettled([
    prepared ? checkOut(prepared, ctx) : null,
    ctx
      .cloud()
      .then(async (cloud) => ({ cloud, found: await lookUp(cloud, ctx, site, input.lease, input.known) })),
  ]);
  if (checkout.status === 'rejected') throw checkout.reason;
  try {
    if (lookup.status === 'rejected') throw lookup.reason;
    return await allocate(input, ctx, site, lookup.value.cloud, lookup.value.found, checkout.value);
  } catch (err) {
    // The command failed: the checkout it made goes too, so running it again finds the working directory empty.
    if (checkout.value) await undoCheckout(checkout.value, ctx.log);
    throw err;
  }
}

/** What the lease received, as looked up in the cloud. */
interface Lookup {
  lease: blazar.Lease;
  /** The lease's virtual:floatingip reservation, if it has one. */
  fipReservation: blazar.Reservation | null;
  allocatedHosts: AllocationData['hosts'];
  fips: FloatingIp[];
}

/**
 * The reference API's nodes, for the hosts' hardware. They only add detail: when the reference API does not answer,
 * the hosts are listed without it, and the log says why.
 */
async function referenceNodes(cloud: Cloud, ctx: CloudStepContext, referenceSite: string) {
  try {
    return await reference.nodes.list(cloud.reference, referenceSite);
  } catch (err) {
    if (!(err instanceof EnvbootError) || err.code === 'INTERRUPTED') throw err;
    ctx.log.warn(
      { code: err.code, reason: err.message },
      'the reference API did not answer: the hosts are listed without their hardware',
    );
    return [];
  }
}

/** The lease, the hosts its host reservations received, and its floating IPs: read-only, in parallel. */
async function lookUp(
  cloud: Cloud,
  ctx: CloudStepContext,
  site: Site,
  leaseRef: string,
  known: KnownSite | undefined,
): Promise<Lookup> {
  const lease = await findLease(cloud, leaseRef);
  const hostReservations = lease.reservations.filter((r) => r.resource_type === 'physical:host');
  const fipReservation = lease.reservations.find((r) => r.resource_type === 'virtual:floatingip') ?? null;

  const [allocations, hosts, nodes, fips] = await Promise.all([
    blazar.allocations.list(cloud.blazar, { lease_id: lease.id }),
    known?.hosts ?? blazar.hosts.list(cloud.blazar),
    known?.nodes ?? (site.reference_site ? referenceNodes(cloud, ctx, site.reference_site) : []),
    leaseFloatingIps(cloud, lease.id, fipReservation?.id ?? null),
  ]);
  const hostById = new Map(hosts.map((h) => [h.id, h]));
  const nodeByUid = new Map(nodes.map((n) => [n.uid, n]));
  const reservationIds = new Set(hostReservations.map((r) => r.id));

  const allocatedHosts = allocations.flatMap((a) =>
    a.reservations
      .filter((r) => reservationIds.has(r.id))
      .map((r) => {
        const host = hostById.get(a.resource_id);
        const node = host ? nodeByUid.get(host.hypervisor_hostname) : undefined;
        return {
          reservation_id: r.id,
          uuid: host?.hypervisor_hostname ?? a.resource_id,
          hostname: host?.node_name ?? node?.node_name ?? null,
          node_type: host?.node_type ?? node?.node_type ?? null,
          host_id: a.resource_id,
          hardware: node ? hardwareOf(node) : null,
        };
      }),
  );
  return { lease, fipReservation, allocatedHosts, fips };
}

/** What needs the lease and the checkout both: provision.json, then the floating IPs. */
async function allocate(
  input: AllocateInput,
  ctx: CloudStepContext,
  site: Site,
  cloud: Cloud,
  { lease, fipReservation, allocatedHosts, fips }: Lookup,
  checkout: CheckoutResult | null,
): Promise<AllocationData> {
  const written =
    checkout?.data.copied && !ctx.dryRun ? await writeProvisionFile(checkout.data, lease.id, ctx.log) : null;
  const artifacts = written ? [written] : [];
  let floating = fips;
  if (input.floatingIps !== null && floating.length < input.floatingIps) {
    if (WILL_NOT_RUN.has(lease.status)) {
      throw new EnvbootError(
        'LEASE_FAILED',
        `lease ${lease.name} is ${lease.status}: no floating IP was allocated for a lease that will not run`,
        {
          field: 'lease',
          hint: 'Create a new lease.',
          details: { lease_id: lease.id, status: lease.status },
        },
      );
    }
    floating = [
      ...floating,
      ...(await addFloatingIps(
        cloud,
        ctx,
        lease.id,
        site.public_network,
        input.floatingIps - floating.length,
        fipReservation !== null,
      )),
    ];
  }
  return {
    reservation_id: lease.id,
    lease_id: lease.id,
    status: lease.status,
    allocated: lease.status === 'ACTIVE' && allocatedHosts.length > 0,
    hosts: allocatedHosts,
    floating_ips: floating.map((f) => ({
      id: f.id,
      address: f.floating_ip_address,
      status: f.status,
      port_id: f.port_id,
      reserved: f.tags.some((t) => t.startsWith('reservation:')),
    })),
    dry_run: ctx.dryRun,
    ...(checkout
      ? {
          repo: checkout.data.repo,
          branch: checkout.data.branch ?? checkout.data.ref,
          workdir: checkout.data.workdir,
          artifacts,
          checkout: checkout.data,
        }
      : {}),
  };
}

async function addFloatingIps(
  cloud: Cloud,
  ctx: CloudStepContext,
  leaseId: string,
  publicNetwork: string,
  missing: number,
  leaseReservesThem: boolean,
): Promise<FloatingIp[]> {
  if (leaseReservesThem) {
    throw new UsageError(`the lease reserves its floating IPs, and fewer than asked for are available`, {
      field: 'floating-ips',
      hint: 'Its reserved addresses appear once the lease is ACTIVE; create a lease with more --floating-ips for more.',
    });
  }
  if (ctx.dryRun) return [];
  const network = await neutron.networks.findByName(cloud.neutron, publicNetwork);
  const made = await Promise.allSettled(
    Array.from({ length: missing }, () =>
      neutron.floatingips.create(cloud.neutron, {
        floating_network_id: network.id,
        description: leaseFipDescription(leaseId),
      }),
    ),
  );
  const failed = made.find((m): m is PromiseRejectedResult => m.status === 'rejected');
  if (!failed) return made.map((m) => (m as PromiseFulfilledResult<FloatingIp>).value);
  // All or nothing: the addresses made before the pool ran out are released, not left to the project.
  const got = made.flatMap((m) => (m.status === 'fulfilled' ? [m.value] : []));
  const released = await Promise.allSettled(got.map((f) => neutron.floatingips.remove(cloud.neutron, f.id)));
  const err = failed.reason as unknown;
  if (!(err instanceof EnvbootError) || got.length === 0) throw err;
  const addresses = (ok: boolean) =>
    got.filter((_, i) => (released[i]!.status === 'fulfilled') === ok).map((f) => f.floating_ip_address);
  throw new EnvbootError(err.code, err.message, {
    hint: err.hint,
    field: err.field,
    cloud: err.cloud,
    retryable: err.retryable,
    cause: err,
    details: { ...err.details, released: addresses(true), remaining: addresses(false) },
  });
}

export function contextFrom(data: AllocationData): ContextChange {
  const c = data.checkout;
  return {
    hosts: data.hosts.map((h) => ({
      uuid: h.uuid,
      hostname: h.hostname,
      node_type: h.node_type,
      host_id: h.host_id,
    })),
    // As analyze passes it on: provision clones the same repository on the servers.
    ...(c
      ? { repo: { url: c.kind === 'url' ? c.repo : null, path: c.workdir, commit: c.commit, ref: c.ref } }
      : {}),
  };
}
