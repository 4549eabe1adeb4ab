// launch (api-6): boot servers on a host reservation, wait for them, attach floating IPs and report how to reach
// them over SSH. Servers are created in parallel, each at most once (by name). If a later step fails, what this
// command created is removed again (unless --keep-on-failure), so nothing is left running by accident. A server is
// never booted without a key, and on a private network (sharednet1) it gets a floating IP unless told not to, so
// the ssh line printed is one that works.
import {
  EnvbootError,
  placeholderId,
  readInputFile,
  refusePlaceholder,
  UsageError,
  withChanges,
  type ContextChange,
  type LaunchData,
} from '@envboot/core';
import { hasStatus, neutron, nova, type Cloud, type CloudStepContext } from '@envboot/openstack';
import { attachFloatingIps, type Attached } from './floating.js';
import { missingKey, requireKey } from './keys.js';
import { createKeyPair, newKeyName } from './new-key.js';
import { createServers, describeServers, resolveLaunch, serverNames, waitActive } from './servers.js';
import { loginKey, waitServersSsh } from './wait-ssh.js';
import { launchContainers } from './containers.js';
import type { LaunchInput } from './input.js';

/** Nova takes at most 65535 bytes of base64-encoded user data: 49149 bytes of file. */
const USERDATA_MAX_BYTES = Math.floor(65535 / 4) * 3;

async function readUserdata(input: LaunchInput): Promise<string | undefined> {
  if (input.userdata) {
    if (Buffer.byteLength(input.userdata) > USERDATA_MAX_BYTES)
      throw new UsageError(
        `user data of ${Buffer.byteLength(input.userdata)} bytes is more than Nova takes (${USERDATA_MAX_BYTES})`,
        { field: 'userdata' },
      );
    return input.userdata;
  }
  const file = input.userdataFile;
  if (!file) return undefined;
  return (await readInputFile(file, { field: 'userdata', maxBytes: USERDATA_MAX_BYTES })).toString('utf8');
}

export async function run(input: LaunchInput, ctx: CloudStepContext): Promise<LaunchData> {
  // Ids a --dry-run made up go only to another --dry-run, never to the cloud.
  if (!ctx.dryRun) {
    refusePlaceholder(input.lease, 'lease');
    refusePlaceholder(input.hostReservationId, 'host-reservation-id');
  }
  const site = ctx.site;
  const networkName = input.network ?? site.network;
  const userdata = await readUserdata(input);
  if (ctx.dryRun) {
    // A rehearsal says what the real launch would refuse, without refusing: the key may be added before then.
    const refusal = await missingKey(input);
    if (refusal) ctx.log.warn(`the launch itself would stop here: ${refusal.message}`);
    return dryRun(input, ctx, networkName, userdata);
  }

  // CHI@Edge runs containers on reserved devices: no key, flavor or network to choose (containers.ts).
  if (site.class === 'edge') return launchContainers(input, ctx);
  await requireKey(input);
  const cloud = await ctx.cloud();
  const r = await resolveLaunch(cloud, {
    ...input,
    network: networkName,
    flavorReservations: site.class === 'kvm',
  });
  const floating = input.floatingIp ?? !r.network.external;
  if (!floating && !r.network.external) {
    ctx.log.warn(
      `--no-floating-ip: the servers get only addresses on ${r.network.name}, a private network; ssh reaches them only from inside the site`,
    );
  }
  const hooks = input.hooks ?? {};
  if (hooks.privateKeyPath) r.key = { ...r.key, privateKeyPath: hooks.privateKeyPath };
  // A check that could not log in is known now, before anything is booted (a new key pair's key is one it can use).
  if (input.sshTimeoutSeconds !== null && !input.createKey) loginKey(r.key.privateKeyPath);
  const created: string[] = [];
  const attached: Attached[] = [];
  let createdKey: string | null = null;
  try {
    if (input.createKey) {
      const key = await createKeyPair(cloud, {
        name: input.keyName ?? newKeyName(input.namePrefix ?? r.target.lease.name),
        dir: input.keysDir,
      });
      createdKey = key.name;
      r.key = { name: key.name, privateKeyPath: key.privateKeyPath };
      ctx.log.info(
        { key_name: key.name, private_key_path: key.privateKeyPath },
        `created key pair ${key.name}; its private key is ${key.privateKeyPath}`,
      );
    }
    const servers = await createServers(cloud, r, {
      names: serverNames(input.namePrefix ?? r.target.lease.name, input.count),
      userdata,
      secGroups: input.secGroups,
      existing: hooks.existingServers,
      onCreated: (id, name) => {
        created.push(id);
        hooks.onCreated?.(id, name);
      },
    });
    const ids = servers.map((s) => s.id);
    const wait = { timeoutSeconds: input.waitSeconds ?? 1800, intervalSeconds: input.intervalSeconds };
    // A floating IP is attached to an ACTIVE server's port, so asking for one waits too.
    const waitSsh = input.sshTimeoutSeconds !== null;
    const waits = input.waitSeconds !== null || floating || waitSsh;
    if (waits && input.waitSeconds === null) {
      // Not asked for with --wait, so say why: bare metal takes about 10 minutes to become ACTIVE.
      ctx.log.info(
        `waiting until the servers are ACTIVE, to ${waitSsh ? 'reach them over SSH' : 'attach floating IPs'}` +
          (waitSsh ? '' : ' (--no-floating-ip returns at once)'),
      );
    }
    if (waits) hooks.onPhase?.('server_active');
    let final = waits
      ? await waitActive(cloud, ctx, ids, wait)
      : await Promise.all(ids.map((id) => nova.servers.get(cloud.nova, id)));
    if (floating) {
      hooks.onPhase?.('floating_ip');
      attached.push(
        ...(await attachFloatingIps(cloud, {
          serverIds: ids,
          leaseId: r.target.lease.id,
          fipReservationId:
            r.target.lease.reservations.find((x) => x.resource_type === 'virtual:floatingip')?.id ?? null,
          publicNetwork: site.public_network,
          networkId: r.network.id,
        })),
      );
      hooks.onFloatingIps?.(attached);
    }
    hooks.onPhase?.('ssh');
    // A floating IP shows on the server once attached: its addresses as they are now.
    if (floating) final = await Promise.all(ids.map((id) => nova.servers.get(cloud.nova, id)));
    let described = describeServers(final, r, { attached, sshUser: input.sshUser });
    if (waitSsh) {
      const ready = await waitServersSsh(cloud, ctx, described, {
        privateKeyPath: r.key.privateKeyPath,
        keyName: r.key.name,
        secGroups: input.secGroups,
        timeoutSeconds: input.sshTimeoutSeconds!,
      });
      described = described.map((s) => ({ ...s, ssh_ready: ready.get(s.server_id!) ?? null }));
    }
    return {
      reservation_id: r.target.lease.id,
      lease_id: r.target.lease.id,
      host_reservation_id: r.target.reservationId,
      image: r.image.name,
      flavor: r.flavor.name,
      network: r.network.name,
      servers: described,
      wait:
        input.waitSeconds === null
          ? null
          : { timeout_seconds: input.waitSeconds, interval_seconds: input.intervalSeconds },
      ssh_timeout_seconds: input.sshTimeoutSeconds,
      dry_run: false,
    };
  } catch (err) {
    const made = { servers: created, attached, keyPair: createdKey };
    if (input.keepOnFailure || (created.length === 0 && attached.length === 0 && !createdKey)) throw err;
    throw await rollBack(cloud, ctx, err, made);
  }
}

/** Deletes what this command created, then reports the original failure with what was removed and what remains. */
async function rollBack(
  cloud: Cloud,
  ctx: CloudStepContext,
  err: unknown,
  made: { servers: string[]; attached: Attached[]; keyPair: string | null },
): Promise<EnvbootError> {
  const { servers: created, attached, keyPair } = made;
  const removed: string[] = [];
  const remaining: string[] = [];
  const settle = async (label: string, attempt: () => Promise<void>) => {
    try {
      await attempt();
      removed.push(label);
    } catch (e) {
      (hasStatus(e, 404) ? removed : remaining).push(label);
    }
  };
  await Promise.all([
    ...attached
      .filter((a) => a.created)
      .map((a) =>
        settle(`floating_ip:${a.floatingIpId}`, () =>
          neutron.floatingips.remove(cloud.neutron, a.floatingIpId),
        ),
      ),
    ...created.map((id) => settle(`server:${id}`, () => nova.servers.remove(cloud.nova, id))),
  ]);
  // The key pair it made is of no use without the servers.
  if (keyPair) await settle(`keypair:${keyPair}`, () => nova.keypairs.remove(cloud.nova, keyPair));
  ctx.log.info({ removed, remaining }, 'launch failed: removed what it had created');
  const known = err instanceof EnvbootError ? err : null;
  return withChanges(err, {
    hint:
      known?.hint ??
      (remaining.length ? `Still there: ${remaining.join(', ')}` : 'What it had created was removed.'),
    details: { ...(known?.details ?? {}), removed, remaining },
  });
}

/**
 * --dry-run: the server body that would be sent, and the servers as they would be, with placeholder ids (and, with
 * --assign-floating-ip, addresses from 203.0.113.0/24, a range kept for documentation) that the next command's
 * --dry-run takes. Nothing is looked up: no network is needed.
 */
function dryRun(
  input: LaunchInput,
  ctx: CloudStepContext,
  networkName: string,
  userdata: string | undefined,
): LaunchData {
  const piped = ctx.upstream?.context.lease;
  const hostReservationId =
    input.hostReservationId ??
    (piped && piped.id === input.lease ? (piped.host_reservation_id ?? null) : null);
  const names = serverNames(input.namePrefix ?? piped?.name ?? 'envboot', input.count);
  const body = nova.servers.toCreateBody({
    name: names[0]!,
    imageRef: `<id of image ${input.image}>`,
    flavorRef: `<id of flavor ${input.flavor}>`,
    networks: [{ uuid: `<id of network ${networkName}>` }],
    key_name: input.keyName ?? undefined,
    user_data: userdata,
    reservation: hostReservationId ?? "<the lease's physical:host reservation id>",
  });
  const seed = `${input.lease ?? hostReservationId ?? ''}|${names.join(',')}`;
  return {
    reservation_id: input.lease,
    lease_id: input.lease,
    host_reservation_id: hostReservationId,
    image: input.image,
    flavor: input.flavor,
    network: networkName,
    servers: names.map((name, i) => ({
      server_id: placeholderId('server', seed, i + 1),
      name,
      status: 'DRY_RUN',
      fixed_ip: null,
      // Offline the network's kind is unknown: the site's own (sharednet1) is private, so one is attached by default.
      floating_ip: input.floatingIp !== false ? `203.0.113.${10 + (i % 240)}` : null,
      ssh_user: input.sshUser ?? (/^CC-/i.test(input.image) ? 'cc' : null),
      key_name: input.keyName,
      ssh: null,
    })),
    wait: null,
    request: body,
    dry_run: ctx.dryRun,
  };
}

/** The servers as the chain context holds them. */
export function serversContext(servers: LaunchData['servers']): NonNullable<ContextChange['servers']> {
  return servers
    .filter((s) => s.server_id)
    .map((s) => ({
      id: s.server_id!,
      name: s.name,
      fixed_ip: s.fixed_ip,
      floating_ip: s.floating_ip,
      ssh_user: s.ssh_user,
    }));
}

export function contextFrom(data: LaunchData): ContextChange {
  return {
    image: data.image ?? undefined,
    network: data.network ?? undefined,
    servers: serversContext(data.servers),
  };
}
