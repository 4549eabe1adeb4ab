// lease-status's flags and piped values → its input.
import { givenBare, optionalSeconds, type Envelope } from '@envboot/core';
import type { CommonArgs } from '@envboot/core/cli';
import { leaseRefFrom } from '@envboot/leases';

export interface LeaseStatusInput {
  lease: string;
  /**
   * How long to wait for ACTIVE (cloud time): a bound in seconds; 'start' (--wait alone) for as long as the lease
   * takes to start and become ACTIVE; null to look once.
   */
  waitSeconds: number | 'start' | null;
  /** First delay between polls, in seconds (grows up to 30 s). */
  intervalSeconds: number;
}

export function toInput(args: CommonArgs, upstream: Envelope | undefined): LeaseStatusInput {
  return {
    lease: leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream),
    waitSeconds: givenBare(args.wait) ? 'start' : optionalSeconds(args.wait, 'wait', null),
    intervalSeconds: optionalSeconds(args.interval, 'interval', 5) ?? 5,
  };
}
