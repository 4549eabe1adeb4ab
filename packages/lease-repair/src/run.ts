// lease-repair: replace failed hosts of a lease through Blazar's reallocation, one host at a time, reading the
// lease's hosts after each to learn what took its place (Blazar's answer only shows the old host).
import {
  ConflictError,
  EnvbootError,
  NotFoundError,
  refusePlaceholder,
  type Context,
  type LeaseData,
  type LeaseHost,
} from '@envboot/core';
import { blazar, hasStatus, type Cloud, type CloudStepContext } from '@envboot/openstack';
import {
  describeHosts,
  findLease,
  isFailedHost,
  leaseContext,
  leaseHosts,
  toLeaseData,
  toLeaseHost,
} from '@envboot/leases';
import type { LeaseRepairInput } from './input.js';

type Lease = blazar.Lease;
type Repair = NonNullable<LeaseData['repair']>;

/**
 * The hosts to replace, named: those given (each must be the lease's), else the failed ones. Blazar lists a
 * lease's hosts without their names, so they are read host by host: only the failed ones, or all of them when a
 * --host is not a Blazar id or uid.
 */
async function targetsOf(
  cloud: Cloud,
  lease: Lease,
  raw: blazar.Host[],
  named: string[],
): Promise<blazar.Host[]> {
  const byId = (ref: string) => raw.find((h) => h.id === ref || h.hypervisor_hostname === ref);
  const hosts = named.every(byId)
    ? await describeHosts(cloud, named.length ? named.map((ref) => byId(ref)!) : raw.filter(isFailedHost))
    : await describeHosts(cloud, raw);
  const listed = raw.map((h) => h.id).join(', ') || 'none';
  if (named.length === 0) {
    const failed = hosts.filter(isFailedHost);
    if (failed.length === 0) {
      throw new NotFoundError(`lease ${lease.name} has no failed host (its hosts: ${listed})`, {
        field: 'host',
        hint: 'Name a host of the lease to replace anyway with --host.',
        details: { host_ids: raw.map((h) => h.id) },
      });
    }
    return failed;
  }
  return named.map((ref) => {
    const host = hosts.find((h) => h.id === ref || h.node_name === ref || h.hypervisor_hostname === ref);
    if (!host) {
      const names = hosts.map((h) => h.node_name ?? h.id).join(', ') || 'none';
      throw new NotFoundError(`host ${ref} is not one of lease ${lease.name}'s (its hosts: ${names})`, {
        field: 'host',
        details: { hosts: hosts.map(toLeaseHost) },
      });
    }
    return host;
  });
}

/** One reallocation; a server still on the host is Blazar's 409, said as what to do. */
async function reallocate(cloud: Cloud, lease: Lease, host: blazar.Host, done: Repair): Promise<void> {
  try {
    await blazar.reallocation.reallocate(cloud.blazar, host.id, { lease_id: lease.id });
  } catch (err) {
    if (!hasStatus(err, 409)) throw err;
    const name = host.node_name ?? host.id;
    throw new ConflictError(
      `Blazar will not replace ${name} while a server is on it: ${(err as EnvbootError).message}`,
      {
        field: 'host',
        hint: `Delete the server on ${name} first (openstack server delete NAME, or envboot lease-delete … --with-servers for the whole lease), then run lease-repair again.`,
        details: { host: toLeaseHost(host), replaced: done.replaced, removed: done.removed },
        cause: err,
      },
    );
  }
}

export async function run(input: LeaseRepairInput, ctx: CloudStepContext): Promise<LeaseData> {
  refusePlaceholder(input.lease, 'lease');
  const cloud = await ctx.cloud();
  let lease = await findLease(cloud, input.lease);
  let hosts = await leaseHosts(cloud, lease);
  const targets = await targetsOf(cloud, lease, hosts, input.hosts);
  const repair: Repair = { replaced: [], removed: [], hosts_before: hosts.length, hosts_after: hosts.length };
  const extras = { site: ctx.site.id, dryRun: ctx.dryRun };

  if (ctx.dryRun) {
    ctx.log.info(
      `would ask Blazar to replace ${targets.map((h) => h.node_name ?? h.id).join(', ')} in lease ${lease.name}`,
    );
    return {
      ...toLeaseData(lease, {
        ...extras,
        failedHosts: targets.filter(isFailedHost).map(toLeaseHost),
        repair,
      }),
      request: {
        reallocate: targets.map((h) => ({
          method: 'PUT',
          path: `os-hosts/${h.id}/allocation`,
          body: { lease_id: lease.id },
          host: toLeaseHost(h),
        })),
      },
    };
  }

  for (const target of targets) {
    await reallocate(cloud, lease, target, repair);
    const before = new Set(hosts.map((h) => h.id));
    hosts = await leaseHosts(cloud, lease);
    const fresh = hosts.find((h) => !before.has(h.id));
    const added = fresh && (await describeHosts(cloud, [fresh]))[0];
    const name = target.node_name ?? target.id;
    if (added) {
      repair.replaced.push({ host: toLeaseHost(target), replacement: toLeaseHost(added) });
      ctx.log.info(`${name} replaced by ${added.node_name ?? added.id} in lease ${lease.name}`);
    } else {
      repair.removed.push(toLeaseHost(target));
      ctx.log.warn(`no free host to replace ${name}: Blazar removed it from lease ${lease.name}`);
    }
  }
  repair.hosts_after = hosts.length;
  lease = await blazar.leases.get(cloud.blazar, lease.id);
  const failedHosts: LeaseHost[] | undefined = lease.degraded
    ? (await describeHosts(cloud, hosts.filter(isFailedHost))).map(toLeaseHost)
    : undefined;
  const data = toLeaseData(lease, { ...extras, failedHosts, repair });
  if (repair.removed.length > 0) {
    const names = repair.removed.map((h) => h.node_name ?? h.id).join(', ');
    throw new EnvbootError(
      'INSUFFICIENT_CAPACITY',
      `no free host to replace ${names}: Blazar removed ${repair.removed.length === 1 ? 'it' : 'them'} from lease ${lease.name}, which now holds ${repair.hosts_after} of ${repair.hosts_before} hosts and stays degraded`,
      {
        hint: 'Look for a window with envboot capacity and reserve the missing nodes in a new lease, or wait for a host of that kind to come free and grow the lease.',
        details: { removed: repair.removed, replaced: repair.replaced, hosts_after: repair.hosts_after },
        data: data as unknown as Record<string, unknown>,
      },
    );
  }
  return data;
}

export function contextFrom(data: LeaseData): Partial<Context> {
  return leaseContext(data);
}
