// launch's flags and piped values → its input.
import { homedir } from 'node:os';
import {
  UsageError,
  dataOf,
  firstOf,
  optionalSeconds,
  planOf,
  wholeNumber,
  type Envelope,
} from '@envboot/core';
import { leaseRefFrom } from '@envboot/leases';
import type { Attached } from './floating.js';
import { keysDir } from './new-key.js';
import type { LaunchArgs } from './cli.js';

export interface LaunchInput {
  /** The lease id or name (api-6's --reservation-id is the lease id). */
  lease: string | null;
  /** The physical:host reservation to boot on, when given directly. */
  hostReservationId: string | null;
  image: string;
  flavor: string;
  network: string | null;
  keyName: string | null;
  publicKeyFile: string | null;
  /** Make a new key pair (--create-key); its private key goes to `keysDir`. */
  createKey: boolean;
  keysDir: string;
  /** Where ~/.ssh is looked for the user's default public key. */
  home: string;
  secGroups: string[];
  namePrefix: string | null;
  userdataFile: string | null;
  /** User data given as text by a caller (provision's set-up script); a file, when also given, is refused. */
  userdata?: string | null;
  /** Attach floating IPs: true, false (--no-floating-ip), or null: when the network is private (sharednet1). */
  floatingIp: boolean | null;
  waitSeconds: number | null;
  intervalSeconds: number;
  /** Wait until each server answers SSH and the key logs in, at most this many seconds (--wait-ssh); null: not. */
  sshTimeoutSeconds: number | null;
  count: number;
  sshUser: string | null;
  keepOnFailure: boolean;
  /** For a caller that records its own state as the launch goes (provision); the command line gives none. */
  hooks?: LaunchHooks;
}

/** What a caller recording its own state (provision) hears of, and decides, while servers are launched. */
export interface LaunchHooks {
  /** A live server of one of the names: reused (default), or refused as a CONFLICT (someone else's). */
  existingServers?: 'reuse' | 'fail';
  /** The private key of the key pair, when the caller made it: shown in the ssh lines. */
  privateKeyPath?: string | null;
  /** Each server as soon as it exists, before anything else can fail. */
  onCreated?(id: string, name: string): void;
  /** The floating IPs attached (and whether each was allocated for the servers), once they are. */
  onFloatingIps?(attached: readonly Attached[]): void;
  /** The next phase begins: waiting until ACTIVE, attaching floating IPs, describing how to reach the servers. */
  onPhase?(phase: LaunchPhase): void;
}

export type LaunchPhase = 'server_active' | 'floating_ip' | 'ssh';

export const DEFAULT_WAIT_SECONDS = 1800;
/** Bare metal answers SSH a few minutes after ACTIVE; 15 minutes is plenty. */
export const DEFAULT_SSH_TIMEOUT_SECONDS = 900;

/** --floating-ip and api-6's --assign-floating-ip ask for addresses; --no-floating-ip declines them. */
function floatingIpFrom(args: LaunchArgs): boolean | null {
  const assign = args.assignFloatingIp === true;
  if (assign && args.floatingIp === false) {
    throw new UsageError('--assign-floating-ip and --no-floating-ip contradict each other', {
      field: 'floating-ip',
      code: 'USAGE',
    });
  }
  if (assign || args.floatingIp === true) return true;
  return args.floatingIp === false ? false : null;
}

/** --wait-ssh, with --ssh-timeout (which alone asks for the wait too). */
function sshTimeoutFrom(args: LaunchArgs): number | null {
  const timeout = optionalSeconds(args.sshTimeout, 'ssh-timeout', DEFAULT_SSH_TIMEOUT_SECONDS);
  if (args.waitSsh === false) {
    if (timeout !== null)
      throw new UsageError('--ssh-timeout is how long --wait-ssh waits: not with --no-wait-ssh', {
        field: 'ssh-timeout',
        code: 'USAGE',
      });
    return null;
  }
  return args.waitSsh === true ? (timeout ?? DEFAULT_SSH_TIMEOUT_SECONDS) : timeout;
}

export function toInput(
  args: LaunchArgs,
  upstream: Envelope | undefined,
  env: NodeJS.ProcessEnv = process.env,
): LaunchInput {
  const hostReservationId = args.hostReservationId ?? null;
  const lease = hostReservationId
    ? (args.reservationId ?? upstream?.context.lease?.id ?? null)
    : leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream);
  const image = firstOf(args.image, args.bmImage, planOf(upstream)?.image, upstream?.context.image);
  if (!image) {
    throw new UsageError('which image? Give --image (a name such as CC-Ubuntu22.04, or an id)', {
      field: 'image',
      hint: 'Chameleon images: CC-Ubuntu22.04, CC-Ubuntu22.04-CUDA, CC-Ubuntu24.04, CC-Ubuntu24.04-CUDA, …',
    });
  }
  const publicKeyFile = args.publicKey ?? null;
  const createKey = args.createKey === true;
  if (createKey && publicKeyFile) {
    throw new UsageError(
      '--create-key makes a new key pair; --public-key imports an existing key: not both',
      {
        field: 'public-key',
        code: 'USAGE',
      },
    );
  }
  const home = env.HOME || homedir();
  const allocation = dataOf(upstream, 'allocation');
  return {
    lease,
    hostReservationId,
    image,
    flavor: args.flavor ?? 'baremetal',
    network: args.network ?? upstream?.context.network ?? null,
    // With --create-key, --key-name names the new key pair; a key pair named up the pipe is not used.
    keyName: args.keyName ?? (createKey ? null : upstream?.context.key_name) ?? null,
    publicKeyFile,
    createKey,
    keysDir: keysDir(env, home),
    home,
    secGroups: String(args.secGroups ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    namePrefix: args.namePrefix ?? null,
    userdataFile: args.userdata ?? null,
    floatingIp: floatingIpFrom(args),
    waitSeconds: optionalSeconds(args.wait, 'wait', DEFAULT_WAIT_SECONDS),
    intervalSeconds: Math.max(1, optionalSeconds(args.interval, 'interval', 10) ?? 10),
    sshTimeoutSeconds: sshTimeoutFrom(args),
    count: wholeNumber(args.count, 'count', 1) ?? Math.max(1, allocation?.hosts.length ?? 1),
    sshUser: args.bmSshUser ?? null,
    keepOnFailure: args.keepOnFailure === true,
  };
}
