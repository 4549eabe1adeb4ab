// lease-delete's flags and piped values → its input.
import { optionalSeconds, type Envelope } from '@envboot/core';
import { leaseRefFrom } from '@envboot/leases';
import type { LeaseDeleteArgs } from './cli.js';

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
  /** Leave the floating IPs envboot allocated for the lease in the project. */
  keepFloatingIps: boolean;
}

export const DEFAULT_WAIT_SECONDS = 600;

export function toInput(args: LeaseDeleteArgs, upstream: Envelope | undefined): LeaseDeleteInput {
  const withServers = args.withServers === true;
  const keepFloatingIps = args.keepFloatingIps === true;
  return {
    lease: leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream),
    confirmed: args.confirm === true || args.yes === true,
    waitSeconds: optionalSeconds(args.wait, 'wait', DEFAULT_WAIT_SECONDS),
    intervalSeconds: Math.max(1, optionalSeconds(args.interval, 'interval', 5) ?? 5),
    treatNotFoundAsOk: args.treatNotFoundAsOk === true,
    withServers,
    pipedServers: (upstream?.context.servers ?? []).map((s) => s.id),
    keepFloatingIps,
  };
}
