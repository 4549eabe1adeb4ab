// lease-repair's flags and piped values → its input.
import { UsageError, type Envelope } from '@envboot/core';
import { leaseRefFrom } from '@envboot/leases';
import type { LeaseRepairArgs } from './cli.js';

export interface LeaseRepairInput {
  lease: string;
  /** Hosts named with --host (Blazar id, node name or uid); empty: the lease's failed hosts. */
  hosts: string[];
}

export function toInput(args: LeaseRepairArgs, upstream: Envelope | undefined): LeaseRepairInput {
  const hosts = (args.host ?? []).map((h) => String(h).trim());
  if (hosts.some((h) => h === ''))
    throw new UsageError('--host needs a host id, node name or uid', { field: 'host' });
  return {
    lease: leaseRefFrom({ lease: args.lease }, upstream),
    hosts: [...new Set(hosts)],
  };
}
