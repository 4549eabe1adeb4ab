// launch (api-6): boot servers on a host reservation, wait for them, attach floating IPs and report how to reach
// them over SSH. Servers are created in parallel, each at most once (by name). If a later step fails, what this
// command created is removed again (unless --keep-on-failure), so nothing is left running by accident.
import { readFile } from 'node:fs/promises';
import { EnvbootError, UsageError, getSite, type ContextChange, type LaunchData } from '@envboot/core';
import { formatElapsed } from '@envboot/core/cli';
import { hasStatus, neutron, nova, waitFor, type Cloud, type CloudStepContext } from '@envboot/openstack';
import { SERVER_METADATA } from '@envboot/leases';
import { attachFloatingIps, type Attached } from './floating.js';
import { chooseKey } from './keys.js';
import { findFlavor, findImage, findNetwork, findTarget } from './resolve.js';
import { sshCommand, sshUserFor } from './ssh.js';
import type { LaunchInput } from './input.js';

type Server = Awaited<ReturnType<typeof nova.servers.get>>;

export function serverNames(prefix: string, count: number): string[] {
  return count === 1 ? [prefix] : Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
}

async function readUserdata(file: string | null): Promise<string | undefined> {
  if (!file) return undefined;
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(
      `cannot read --userdata ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      {
        field: 'userdata',
      },
    );
  }
}

export async function run(input: LaunchInput, ctx: CloudStepContext): Promise<LaunchData> {
  const site = getSite(ctx.site);
  const networkName = input.network ?? site.network;
  const userdata = await readUserdata(input.userdataFile);
  if (ctx.dryRun) return dryRun(input, ctx, networkName, userdata);

  const cloud = await ctx.cloud();
  const [target, image, flavor, network, key] = await Promise.all([
    findTarget(cloud, input.lease, input.hostReservationId),
    findImage(cloud, input.image),
    findFlavor(cloud, input.flavor),
    findNetwork(cloud, networkName),
    chooseKey(cloud, { keyName: input.keyName, publicKeyFile: input.publicKeyFile }),
  ]);
  if (!key.name) ctx.log.warn('no SSH key: give --key-name or --public-key, or create ~/.ssh/id_ed25519.pub');
  const names = serverNames(input.namePrefix ?? target.lease.name, input.count);
  const created: string[] = [];
  const attached: Attached[] = [];
  try {
    const servers = await Promise.all(
      names.map(async (name) => {
        const s = await nova.servers.create(cloud.nova, {
          name,
          imageRef: image.id,
          flavorRef: flavor.id,
          networks: [{ uuid: network.id }],
          key_name: key.name ?? undefined,
          user_data: userdata,
          reservation: target.reservationId,
          security_groups: input.secGroups,
          metadata: {
            [SERVER_METADATA.lease]: target.lease.id,
            [SERVER_METADATA.reservation]: target.reservationId,
          },
        });
        if (!s.reused) created.push(s.id);
        return s;
      }),
    );
    const ids = servers.map((s) => s.id);
    const mustWait = input.waitSeconds !== null || input.assignFloatingIp;
    let final = mustWait
      ? await waitActive(cloud, ctx, ids, input)
      : await Promise.all(ids.map((id) => nova.servers.get(cloud.nova, id)));
    if (input.assignFloatingIp) {
      attached.push(
        ...(await attachFloatingIps(cloud, {
          serverIds: ids,
          leaseId: target.lease.id,
          fipReservationId:
            target.lease.reservations.find((r) => r.resource_type === 'virtual:floatingip')?.id ?? null,
          publicNetwork: site.public_network,
          networkId: network.id,
        })),
      );
      final = await Promise.all(ids.map((id) => nova.servers.get(cloud.nova, id)));
    }
    const user = input.sshUser ?? sshUserFor(image);
    return {
      reservation_id: target.lease.id,
      lease_id: target.lease.id,
      host_reservation_id: target.reservationId,
      image: image.name,
      flavor: flavor.name,
      network: network.name,
      servers: final.map((s) => {
        const fixed = s.addresses.find((a) => a.type === 'fixed' && a.version === 4)?.addr ?? null;
        const floating =
          attached.find((a) => a.serverId === s.id)?.address ??
          s.addresses.find((a) => a.type === 'floating')?.addr ??
          null;
        return {
          server_id: s.id,
          name: s.name,
          status: s.status,
          fixed_ip: fixed,
          floating_ip: floating,
          ssh_user: user,
          key_name: s.key_name ?? key.name,
          ssh: sshCommand(user, floating ?? fixed, key.privateKeyPath),
          fault: s.fault?.message ?? null,
        };
      }),
      wait:
        input.waitSeconds === null
          ? null
          : { timeout_seconds: input.waitSeconds, interval_seconds: input.intervalSeconds },
      dry_run: false,
    };
  } catch (err) {
    if (input.keepOnFailure || (created.length === 0 && attached.length === 0)) throw err;
    throw await rollBack(cloud, ctx, err, created, attached);
  }
}

async function waitActive(
  cloud: Cloud,
  ctx: CloudStepContext,
  ids: string[],
  input: LaunchInput,
): Promise<Server[]> {
  const started = Date.now();
  const status = new Map<string, string>();
  const show = () => {
    const counts = new Map<string, number>();
    for (const s of status.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
    const text = [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
    ctx.progress.update(`servers: ${text} (${formatElapsed(Date.now() - started)})`, text);
  };
  const servers = await Promise.all(
    ids.map((id) =>
      waitFor(() => nova.servers.get(cloud.nova, id), {
        until: (s) => s.status === 'ACTIVE',
        failWhen: (s) => s.status === 'ERROR' && `failed to build: ${s.fault?.message ?? 'no reason given'}`,
        failCode: 'SERVER_FAILED',
        timeoutMs: (input.waitSeconds ?? 1800) * 1000,
        intervalMs: input.intervalSeconds * 1000,
        signal: ctx.signal,
        cloud,
        what: `server ${id}`,
        onProgress: (s) => {
          status.set(id, s.status);
          show();
        },
      }),
    ),
  );
  ctx.progress.done(`${servers.length} server(s) ACTIVE`);
  return servers;
}

/** Deletes what this command created, then reports the original failure with what was removed and what remains. */
async function rollBack(
  cloud: Cloud,
  ctx: CloudStepContext,
  err: unknown,
  created: string[],
  attached: Attached[],
): Promise<EnvbootError> {
  const removed: string[] = [];
  const remaining: string[] = [];
  const fips = attached.filter((a) => a.created).map((a) => a.floatingIpId);
  await Promise.all([
    ...fips.map(async (id) => {
      try {
        await neutron.floatingips.remove(cloud.neutron, id);
        removed.push(`floating_ip:${id}`);
      } catch (e) {
        if (hasStatus(e, 404)) removed.push(`floating_ip:${id}`);
        else remaining.push(`floating_ip:${id}`);
      }
    }),
    ...created.map(async (id) => {
      try {
        await nova.servers.remove(cloud.nova, id);
        removed.push(`server:${id}`);
      } catch (e) {
        if (hasStatus(e, 404)) removed.push(`server:${id}`);
        else remaining.push(`server:${id}`);
      }
    }),
  ]);
  ctx.log.info({ removed, remaining }, 'launch failed: removed what it had created');
  const base =
    err instanceof EnvbootError ? err : new EnvbootError('INTERNAL', String((err as Error)?.message ?? err));
  return new EnvbootError(base.code, base.message, {
    hint:
      base.hint ??
      (remaining.length ? `Still there: ${remaining.join(', ')}` : 'What it had created was removed.'),
    field: base.field,
    cloud: base.cloud,
    retryable: base.retryable,
    details: { ...(base.details ?? {}), removed, remaining },
  });
}

function dryRun(
  input: LaunchInput,
  ctx: CloudStepContext,
  networkName: string,
  userdata: string | undefined,
): LaunchData {
  const prefix = input.namePrefix ?? 'envboot';
  const names = serverNames(prefix, input.count);
  const body = nova.servers.toCreateBody({
    name: names[0]!,
    imageRef: `<id of image ${input.image}>`,
    flavorRef: `<id of flavor ${input.flavor}>`,
    networks: [{ uuid: `<id of network ${networkName}>` }],
    key_name: input.keyName ?? undefined,
    user_data: userdata,
    reservation: input.hostReservationId ?? "<the lease's physical:host reservation id>",
  });
  return {
    reservation_id: input.lease,
    lease_id: input.lease,
    host_reservation_id: input.hostReservationId,
    image: input.image,
    flavor: input.flavor,
    network: networkName,
    servers: names.map((name) => ({
      server_id: null,
      name,
      status: 'DRY_RUN',
      fixed_ip: null,
      floating_ip: null,
      ssh_user: input.sshUser ?? (/^CC-/i.test(input.image) ? 'cc' : null),
      key_name: input.keyName,
      ssh: null,
    })),
    wait: null,
    request: body,
    dry_run: ctx.dryRun,
  };
}

export function contextFrom(data: LaunchData): ContextChange {
  return {
    image: data.image ?? undefined,
    network: data.network ?? undefined,
    servers: data.servers
      .filter((s) => s.server_id)
      .map((s) => ({
        id: s.server_id!,
        name: s.name,
        fixed_ip: s.fixed_ip,
        floating_ip: s.floating_ip,
        ssh_user: s.ssh_user,
      })),
  };
}
