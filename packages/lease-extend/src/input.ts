// lease-extend's flags and piped values → its input.
import { UsageError, parseDuration, parseUtc, type Envelope } from '@envboot/core';
import { leaseRefFrom } from '@envboot/leases';
import type { LeaseExtendArgs } from './cli.js';

export interface LeaseExtendInput {
  lease: string;
  /** How far to move the end: by a number of minutes, or to a date. */
  to: { byMinutes: number } | { until: Date };
}

export function toInput(args: LeaseExtendArgs, upstream: Envelope | undefined): LeaseExtendInput {
  const lease = leaseRefFrom({ lease: args.lease }, upstream);
  const by = typeof args.by === 'string' && args.by.trim() !== '' ? args.by : undefined;
  const until = typeof args.until === 'string' && args.until.trim() !== '' ? args.until : undefined;
  if (by !== undefined && until !== undefined)
    throw new UsageError('give --by or --until, not both', { field: 'until' });
  if (by !== undefined) return { lease, to: { byMinutes: parseDuration(by, 'by') } };
  if (until !== undefined) return { lease, to: { until: parseUtc(until, 'until') } };
  throw new UsageError('how long? Give --by (1d, 4h, …) or --until "YYYY-MM-DD HH:MM"', {
    field: 'by',
    hint: 'envboot lease-extend my-lease --by 1d',
  });
}
