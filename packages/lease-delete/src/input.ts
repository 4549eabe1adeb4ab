// lease-delete's flags and piped values → its input.
import { optionalSeconds, type Envelope } from '@envboot/core';
import type { CommonArgs } from '@envboot/core/cli';
import { leaseRefFrom } from '@envboot/leases';

export interface LeaseDeleteInput {
  lease: string;
  /** --confirm or --yes: required to delete for real. */
  confirmed: boolean;
  /** Seconds to wait until the lease is gone, or null not to wait. */
  waitSeconds: number | null;
  intervalSeconds: number;
  treatNotFoundAsOk: boolean;
  /** Delete the lease's servers first (those booted on its reservation, and those piped in). */
  withServers: boolean;
  /** Server ids that came down the pipe. */
  pipedServers: string[];
}

export const DEFAULT_WAIT_SECONDS = 600;

export function toInput(args: CommonArgs, upstream: Envelope | undefined): LeaseDeleteInput {
  return {
    lease: leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream),
    confirmed: args.confirm === true || args.yes === true,
    waitSeconds: optionalSeconds(args.wait, 'wait', DEFAULT_WAIT_SECONDS),
    intervalSeconds: Math.max(1, optionalSeconds(args.interval, 'interval', 5) ?? 5),
    treatNotFoundAsOk: args.treatNotFoundAsOk === true,
    withServers: args.withServers === true,
    pipedServers: (upstream?.context.servers ?? []).map((s) => s.id),
  };
}
