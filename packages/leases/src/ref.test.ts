import { describe, expect, it } from '@jest/globals';
import { okEnvelope } from '@envboot/core';
import { isUuid, leaseRefFrom } from './ref.js';

const LEASE = '6c1e0a8b-2f4e-4a3c-9d1b-0123456789ab';
const piped = okEnvelope(
  { kind: 'lease', context: { lease: { id: 'from-context' } } },
  { reservation_id: LEASE, lease_id: LEASE, name: 'mine', status: 'PENDING', dry_run: false },
);

describe('leaseRefFrom', () => {
  it('prefers a flag, then --reservation-id, then the piped lease, then the context', () => {
    expect(leaseRefFrom({ lease: 'by-flag', reservationId: LEASE }, piped)).toBe('by-flag');
    expect(leaseRefFrom({ reservationId: LEASE }, undefined)).toBe(LEASE);
    expect(leaseRefFrom({}, piped)).toBe(LEASE);
    const onlyContext = okEnvelope(
      { kind: 'capacity', context: { lease: { id: 'from-context' } } },
      {
        site: 'uc',
        start: '2026-11-25T10:00:00Z',
        end: '2026-11-25T11:00:00Z',
        duration_minutes: 60,
        available_nodes: 0,
        nodes: [],
        dry_run: false,
      },
    );
    expect(leaseRefFrom({}, onlyContext)).toBe('from-context');
  });

  it('asks for a lease when there is none', () => {
    expect(() => leaseRefFrom({ lease: '  ' }, undefined)).toThrow(/which lease\?/);
  });

  it('tells ids from names', () => {
    expect(isUuid(LEASE)).toBe(true);
    expect(isUuid(LEASE.replace(/-/g, ''))).toBe(true);
    expect(isUuid('my-lease')).toBe(false);
  });
});
