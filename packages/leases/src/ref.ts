// Which lease a command is about: a flag or positional, else the lease that came down the pipe.
import { UsageError, dataOf, type Envelope } from '@envboot/core';

export interface LeaseRefFlags {
  lease?: unknown;
  reservationId?: unknown;
}

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The lease id or name: --lease or the positional, --reservation-id (the original tools' name for the lease id),
 * then the upstream lease envelope, then the lease in the upstream context.
 */
export function leaseRefFrom(flags: LeaseRefFlags, upstream: Envelope | undefined): string {
  const flag = [flags.lease, flags.reservationId].find((v) => typeof v === 'string' && v.trim() !== '');
  if (typeof flag === 'string') return flag.trim();
  const fromPipe =
    dataOf(upstream, 'lease')?.lease_id ??
    dataOf(upstream, 'allocation')?.lease_id ??
    dataOf(upstream, 'launch')?.lease_id ??
    upstream?.context.lease?.id;
  if (fromPipe) return fromPipe;
  throw new UsageError(
    'which lease? Give its id or name (--lease), or pipe the output of envboot lease-create',
    {
      field: 'lease',
    },
  );
}
