// lease-repair's input: the lease from the positional or the pipe, and the hosts named with --host.
import { describe, expect, it } from '@jest/globals';
import { UsageError } from '@envboot/core';
import { toInput } from '../src/input.js';
import type { LeaseRepairArgs } from '../src/cli.js';

const args = (a: Partial<LeaseRepairArgs>) => a as LeaseRepairArgs;

describe('lease-repair input', () => {
  it('takes the lease and the hosts, without repeats', () => {
    expect(toInput(args({ lease: 'my-lease', host: ['P3-CPU-042', '12', 'P3-CPU-042'] }), undefined)).toEqual(
      {
        lease: 'my-lease',
        hosts: ['P3-CPU-042', '12'],
      },
    );
  });

  it('defaults to the failed hosts (no --host) and refuses an empty one', () => {
    expect(toInput(args({ lease: 'x' }), undefined).hosts).toEqual([]);
    expect(() => toInput(args({ lease: 'x', host: [' '] }), undefined)).toThrow(UsageError);
  });

  it('needs a lease', () => {
    expect(() => toInput(args({}), undefined)).toThrow(UsageError);
  });
});
