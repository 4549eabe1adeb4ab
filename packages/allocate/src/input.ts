// allocate's flags and piped values → its input.
import { wholeNumber, type Envelope } from '@envboot/core';
import type { CommonArgs } from '@envboot/core/cli';
import { leaseRefFrom } from '@envboot/leases';

export interface AllocateInput {
  lease: string;
  /** Make sure this many floating IPs are available to the lease (null: only report them). */
  floatingIps: number | null;
}

export function toInput(args: CommonArgs, upstream: Envelope | undefined): AllocateInput {
  return {
    lease: leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream),
    floatingIps: wholeNumber(args.floatingIps, 'floating-ips', 0),
  };
}
