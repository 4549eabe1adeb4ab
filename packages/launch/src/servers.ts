// The phases of launching, each usable on its own (provision records its state between them): resolve what to
// boot, create the servers, wait until they are ACTIVE, and describe how to reach them.
import type { LaunchData } from '@envboot/core';
import { formatElapsed } from '@envboot/core/cli';
import { nova, waitFor, type Cloud, type CloudStepContext, type neutron } from '@envboot/openstack';
import { SERVER_METADATA } from '@envboot/leases';
import type { Attached } from './floating.js';
import { chooseKey, type ChosenKey } from './keys.js';
import { findFlavor, findImage, findNetwork, findTarget, type Image, type Target } from './resolve.js';
import { findReservedFlavor } from './reserved-flavor.js';
import { sshCommand, sshUserFor } from './ssh.js';

type Server = nova.Server;
type Flavor = nova.Flavor;
type Network = neutron.Network;

export interface Resolved {
  target: Target;
  image: Image;
  flavor: Flavor;
  network: Network;
  key: ChosenKey;
}

export interface ResolveOptions {
  lease: string | null;
  hostReservationId: string | null;
  image: string;
  flavor: string;
  /** The network's name or id (the site's own network unless the user chose another). */
  network: string;
  keyName: string | null;
  publicKeyFile: string | null;
  /** Where ~/.ssh is (default: the user's home). */
  home?: string;
  /** A new key pair is made once everything else is found (so a bad name creates nothing): choose none here. */
  createKey?: boolean;
  /**
   * The site reserves flavors (KVM@TACC): the flavor depends on the lease, so it is looked up after it. Elsewhere
   * all lookups run at once.
   */
  flavorReservations?: boolean;
}

/** The lease and reservation, image, flavor, network and key, looked up in parallel. */
export async function resolveLaunch(cloud: Cloud, o: ResolveOptions): Promise<Resolved> {
  const targetFirst = findTarget(cloud, o.lease, o.hostReservationId);
  const flavorOf = (t: Target) =>
    t.flavorReservation ? findReservedFlavor(cloud, t.reservationId) : findFlavor(cloud, o.flavor);
  const [target, image, flavor, network, key] = await Promise.all([
    targetFirst,
    findImage(cloud, o.image),
    o.flavorReservations ? targetFirst.then(flavorOf) : findFlavor(cloud, o.flavor),
    findNetwork(cloud, o.network),
    o.createKey
      ? { name: null, privateKeyPath: null }
      : chooseKey(cloud, { keyName: o.keyName, publicKeyFile: o.publicKeyFile, home: o.home }),
  ]);
  return { target, image, flavor, network, key };
}

export function serverNames(prefix: string, count: number): string[] {
  return count === 1 ? [prefix] : Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
}

/**
 * Creates the servers in parallel, each at most once (a live server of the same name is reused, or with
 * `existing: 'fail'` refused as a CONFLICT). `onCreated` hears of each new one as soon as it exists, so a caller
 * can record it before anything else can fail.
 */
export async function createServers(
  cloud: Cloud,
  r: Resolved,
  options: {
    names: string[];
    userdata?: string;
    secGroups?: string[];
    existing?: 'reuse' | 'fail';
    onCreated?: (id: string, name: string) => void;
  },
): Promise<Array<{ id: string; name: string; reused: boolean }>> {
  return Promise.all(
    options.names.map(async (name) => {
      const s = await nova.servers.create(
        cloud.nova,
        {
          name,
          imageRef: r.image.id,
          flavorRef: r.flavor.id,
          networks: [{ uuid: r.network.id }],
          key_name: r.key.name ?? undefined,
          user_data: options.userdata,
          // A reserved flavor says which reservation; Nova takes no hint for it.
          reservation: r.target.flavorReservation ? undefined : r.target.reservationId,
          security_groups: options.secGroups,
          metadata: {
            [SERVER_METADATA.lease]: r.target.lease.id,
            [SERVER_METADATA.reservation]: r.target.reservationId,
          },
        },
        { existing: options.existing ?? 'reuse' },
      );
      if (!s.reused) options.onCreated?.(s.id, name);
      return s;
    }),
  );
}

/** Polls every server until ACTIVE; a server in ERROR stops the wait with SERVER_FAILED and Nova's fault. */
export async function waitActive(
  cloud: Cloud,
  ctx: Pick<CloudStepContext, 'signal' | 'progress'>,
  ids: string[],
  options: { timeoutSeconds: number; intervalSeconds: number },
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
        timeoutMs: options.timeoutSeconds * 1000,
        intervalMs: options.intervalSeconds * 1000,
        maxIntervalMs: 60_000,
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

/** Each server as the envelope shows it: addresses, login user, a ready ssh command. */
export function describeServers(
  servers: Server[],
  r: Pick<Resolved, 'image' | 'key'>,
  options: { attached?: Attached[]; sshUser?: string | null } = {},
): LaunchData['servers'] {
  const user = options.sshUser ?? sshUserFor(r.image);
  return servers.map((s) => {
    const fixed = s.addresses.find((a) => a.type === 'fixed' && a.version === 4)?.addr ?? null;
    const floating =
      options.attached?.find((a) => a.serverId === s.id)?.address ??
      s.addresses.find((a) => a.type === 'floating')?.addr ??
      null;
    return {
      server_id: s.id,
      name: s.name,
      status: s.status,
      fixed_ip: fixed,
      floating_ip: floating,
      ssh_user: user,
      key_name: s.key_name ?? r.key.name,
      ssh: sshCommand(user, floating ?? fixed, r.key.privateKeyPath),
      fault: s.fault?.message ?? null,
    };
  });
}
