// lease-delete (api-4): delete a lease (its servers first with --with-servers), optionally until it is gone.
import {
  NotFoundError,
  UsageError,
  isPlaceholderId,
  refusePlaceholder,
  type ContextChange,
  type LeaseDeletionData,
} from '@envboot/core';
import { blazar, hasStatus, waitFor, type Cloud, type CloudStepContext } from '@envboot/openstack';
import { findLease, goneProbe, isUuid, removeServer, serversOfLease, waitServerGone } from '@envboot/leases';
import { addressesOf, release, type LeaseAddresses, type ServerAddress } from './floating.js';
import type { LeaseDeleteInput } from './input.js';

type Lease = blazar.Lease;

async function deleteServers(cloud: Cloud, ctx: CloudStepContext, ids: string[], input: LeaseDeleteInput) {
  await Promise.all(ids.map((id) => removeServer(cloud, id)));
  await Promise.all(
    ids.map((id) =>
      waitServerGone(cloud, id, {
        timeoutMs: (input.waitSeconds ?? 600) * 1000,
        intervalMs: input.intervalSeconds * 1000,
        signal: ctx.signal,
      }),
    ),
  );
}

/** What goes with a lease: its servers, and the addresses envboot allocated for it or that it reserved. */
interface LeaseBelongings {
  servers: string[];
  addresses: LeaseAddresses;
}

/**
 * Read before anything is deleted: a deleted server takes its port, and with it the only record of which address
 * was attached to it. Without --with-servers Blazar still deletes the servers when the lease goes, so the addresses
 * envboot allocated for them are looked up either way.
 */
async function belongingsOf(cloud: Cloud, lease: Lease, input: LeaseDeleteInput): Promise<LeaseBelongings> {
  const servers = (await serversOfLease(cloud, lease.id, input.withServers ? input.pipedServers : [])).map(
    (s) => s.id,
  );
  return { servers, addresses: await addressesOf(cloud, lease, servers) };
}

/** --with-servers: the lease's servers are deleted before the lease. */
async function takeDownServers(
  cloud: Cloud,
  ctx: CloudStepContext,
  lease: Lease,
  servers: string[],
  input: LeaseDeleteInput,
) {
  if (servers.length === 0) return;
  ctx.progress.update(`deleting ${servers.length} server(s) of lease ${lease.name}`);
  await deleteServers(cloud, ctx, servers, input);
}

/**
 * The floating IPs envboot allocated for the lease are released (unless --keep-floating-ips): with --with-servers
 * once the servers are gone, else once the lease's deletion is accepted, since Blazar then deletes the servers they
 * are attached to. The lease's reserved addresses are left to Blazar, which releases them with the lease.
 */
async function releaseAddresses(
  cloud: Cloud,
  ctx: CloudStepContext,
  lease: Lease,
  addresses: LeaseAddresses,
  input: LeaseDeleteInput,
): Promise<ServerAddress[]> {
  const ours = input.keepFloatingIps ? [] : addresses.ours;
  if (ours.length > 0) {
    ctx.progress.update(`releasing ${ours.length} floating IP(s) of lease ${lease.name}`);
    await release(cloud, ours);
  }
  if (input.keepFloatingIps && addresses.ours.length > 0) {
    ctx.log.info(
      { kept: addresses.ours.map((a) => a.address) },
      `kept ${addresses.ours.length} floating IP(s) of lease ${lease.name} (--keep-floating-ips)`,
    );
  }
  return [...ours, ...addresses.reserved];
}

export async function run(input: LeaseDeleteInput, ctx: CloudStepContext): Promise<LeaseDeletionData> {
  const base = {
    action: 'delete' as const,
    site: ctx.site.id,
    zone: ctx.site.id,
    servers_deleted: [],
    wait: null,
  };
  // Without a lease to look at, report the reference as it was given: an id (a placeholder a --dry-run made up
  // included), or a name.
  const unresolved = (status: 'simulated' | 'already_deleted'): LeaseDeletionData => {
    const id = isUuid(input.lease) || isPlaceholderId(input.lease) ? input.lease : null;
    const piped = ctx.upstream?.context.lease;
    return {
      ...base,
      reservation_id: id,
      lease_id: id,
      name: id ? (piped?.id === id ? (piped.name ?? null) : null) : input.lease,
      status,
      lease_status: null,
      dry_run: ctx.dryRun,
    };
  };
  if (ctx.dryRun) return unresolved('simulated');
  // Ids a --dry-run made up go only to another --dry-run, never to the cloud.
  refusePlaceholder(input.lease, 'lease');
  if (input.withServers) for (const id of input.pipedServers) refusePlaceholder(id, 'servers');
  if (!input.confirmed) {
    throw new UsageError(`refusing to delete lease ${input.lease} without --confirm (or --yes)`, {
      field: 'confirm',
      hint: 'Add --confirm to delete it, or --dry-run to see what would be deleted.',
    });
  }
  const cloud = await ctx.cloud();
  let lease;
  try {
    lease = await findLease(cloud, input.lease);
  } catch (err) {
    if (err instanceof NotFoundError && input.treatNotFoundAsOk) return unresolved('already_deleted');
    throw err;
  }

  const belongings = await belongingsOf(cloud, lease, input);
  const servers = input.withServers ? belongings.servers : [];
  let released: ServerAddress[] = [];
  if (input.withServers) {
    await takeDownServers(cloud, ctx, lease, servers, input);
    released = await releaseAddresses(cloud, ctx, lease, belongings.addresses, input);
  }
  try {
    await blazar.leases.remove(cloud.blazar, lease.id);
  } catch (err) {
    if (!(hasStatus(err, 404) && input.treatNotFoundAsOk)) throw err;
  }
  if (!input.withServers) released = await releaseAddresses(cloud, ctx, lease, belongings.addresses, input);
  const started = Date.now();
  let polls = 0;
  if (input.waitSeconds !== null) {
    await waitFor(
      goneProbe(() => blazar.leases.get(cloud.blazar, lease.id)),
      {
        until: (s) => s === 'gone',
        timeoutMs: input.waitSeconds * 1000,
        intervalMs: input.intervalSeconds * 1000,
        signal: ctx.signal,
        cloud,
        what: `lease ${lease.name} (${lease.id})`,
        describe: (s) => s,
        onProgress: (_s, p) => {
          polls = p.attempt;
          ctx.progress.update(`waiting for lease ${lease.name} to be deleted`);
        },
      },
    );
    ctx.progress.done(`lease ${lease.name} deleted`);
  }
  return {
    ...base,
    reservation_id: lease.id,
    lease_id: lease.id,
    name: lease.name,
    status: input.waitSeconds === null ? 'requested' : 'deleted',
    lease_status: lease.status,
    servers_deleted: servers,
    floating_ips_released: released,
    wait:
      input.waitSeconds === null
        ? null
        : {
            timeout_seconds: input.waitSeconds,
            interval_seconds: input.intervalSeconds,
            poll_count: polls,
            elapsed_seconds: Math.round((Date.now() - started) / 100) / 10,
          },
    dry_run: false,
  };
}

/** A deleted lease leaves the chain: later steps must not find it in the context. */
export function contextFrom(data: LeaseDeletionData): ContextChange {
  return data.status === 'deleted' || data.status === 'requested' ? { lease: null, servers: null } : {};
}
