// lease-status's flags and piped values → its input.
import { givenBare, optionalSeconds, type Envelope } from '@envboot/core';
import { leaseRefFrom } from '@envboot/leases';
import type { LeaseStatusArgs } from './cli.js';

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

export function toInput(args: LeaseStatusArgs, upstream: Envelope | undefined): LeaseStatusInput {
  return {
    lease: leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream),
    waitSeconds: givenBare(args.wait) ? 'start' : optionalSeconds(args.wait, 'wait', null),
    intervalSeconds: optionalSeconds(args.interval, 'interval', 5) ?? 5,
  };
}
