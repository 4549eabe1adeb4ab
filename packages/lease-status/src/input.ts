// lease-status's flags and piped values → its input.
import { optionalSeconds, type Envelope } from '@envboot/core';
import type { CommonArgs } from '@envboot/core/cli';
import { leaseRefFrom } from '@envboot/leases';

export interface LeaseStatusInput {
  lease: string;
  /** Seconds to wait for ACTIVE (cloud time), or null to look once. */
  waitSeconds: number | null;
  /** First delay between polls, in seconds (grows up to 30 s). */
  intervalSeconds: number;
}

export const DEFAULT_WAIT_SECONDS = 900;

export function toInput(args: CommonArgs, upstream: Envelope | undefined): LeaseStatusInput {
  return {
    lease: leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream),
    waitSeconds: optionalSeconds(args.wait, 'wait', DEFAULT_WAIT_SECONDS),
    intervalSeconds: optionalSeconds(args.interval, 'interval', 5) ?? 5,
  };
}
