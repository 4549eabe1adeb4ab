// launch's flags and piped values → its input.
import {
  UsageError,
  dataOf,
  firstOf,
  optionalSeconds,
  planOf,
  wholeNumber,
  type Envelope,
} from '@envboot/core';
import type { CommonArgs } from '@envboot/core/cli';
import { leaseRefFrom } from '@envboot/leases';

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
  secGroups: string[];
  namePrefix: string | null;
  userdataFile: string | null;
  assignFloatingIp: boolean;
  waitSeconds: number | null;
  intervalSeconds: number;
  count: number;
  sshUser: string | null;
  keepOnFailure: boolean;
}

export const DEFAULT_WAIT_SECONDS = 1800;

export function toInput(args: CommonArgs, upstream: Envelope | undefined): LaunchInput {
  const hostReservationId = (args.hostReservationId as string | undefined) ?? null;
  const lease = hostReservationId
    ? ((args.reservationId as string | undefined) ?? upstream?.context.lease?.id ?? null)
    : leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream);
  const image = firstOf(
    args.image as string | undefined,
    args.bmImage as string | undefined,
    planOf(upstream)?.image,
    upstream?.context.image,
  );
  if (!image) {
    throw new UsageError('which image? Give --image (a name such as CC-Ubuntu22.04, or an id)', {
      field: 'image',
      hint: 'Chameleon images: CC-Ubuntu22.04, CC-Ubuntu22.04-CUDA, CC-Ubuntu24.04, CC-Ubuntu24.04-CUDA, …',
    });
  }
  const allocation = dataOf(upstream, 'allocation');
  return {
    lease,
    hostReservationId,
    image,
    flavor: (args.flavor as string | undefined) ?? 'baremetal',
    network: (args.network as string | undefined) ?? upstream?.context.network ?? null,
    keyName: (args.keyName as string | undefined) ?? upstream?.context.key_name ?? null,
    publicKeyFile: (args.publicKey as string | undefined) ?? null,
    secGroups: String(args.secGroups ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    namePrefix: (args.namePrefix as string | undefined) ?? null,
    userdataFile: (args.userdata as string | undefined) ?? null,
    assignFloatingIp: args.assignFloatingIp === true,
    waitSeconds: optionalSeconds(args.wait, 'wait', DEFAULT_WAIT_SECONDS),
    intervalSeconds: Math.max(1, optionalSeconds(args.interval, 'interval', 10) ?? 10),
    count: wholeNumber(args.count, 'count', 1) ?? Math.max(1, allocation?.hosts.length ?? 1),
    sshUser: (args.bmSshUser as string | undefined) ?? null,
    keepOnFailure: args.keepOnFailure === true,
  };
}
