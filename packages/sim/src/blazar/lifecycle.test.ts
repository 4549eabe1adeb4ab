import { describe, expect, it } from '@jest/globals';
import { silentLogger } from '@envboot/core';
import { leaseEvents, type Lease } from './model.js';
import { nextDue, PHASE_MS, POLL_MS, transition } from './lifecycle.js';

const HOUR = 3600_000;

function lease(created: number, start: number, end: number, extra: Partial<Lease> = {}): Lease {
  const l: Lease = {
    id: 'l1',
    name: 'l1',
    user_id: 'u',
    project_id: 'p',
    trust_id: 't',
    start,
    end,
    status: 'PENDING',
    degraded: false,
    created_at: created,
    updated_at: null,
    reservations: [],
    events: [],
    ...extra,
  };
  l.events = leaseEvents(l, undefined);
  return l;
}

/** Runs the lease to its end, recording (status, time) after each transition and the effects called. */
function run(l: Lease) {
  const calls: string[] = [];
  const effects = {
    started: () => calls.push('started'),
    ending: () => calls.push('ending'),
    log: silentLogger(),
  };
  const steps: Array<[string, number]> = [];
  for (let due = nextDue(l); due !== undefined; due = nextDue(l)) {
    transition(l, due, effects);
    steps.push([l.status, due]);
  }
  return { steps, calls };
}

describe('the lease life cycle', () => {
  it('starts on the first 10-second boundary after its start, and ends on the one after its end', () => {
    const b = 1_800_000_000_000; // a 10-second boundary
    const { steps, calls } = run(lease(b + 3_000, b, b + 49 * HOUR - 1_000));
    expect(steps).toEqual([
      ['STARTING', b + POLL_MS],
      ['ACTIVE', b + POLL_MS + PHASE_MS],
      ['ACTIVE', b + HOUR], // the reminder, 48 hours before the end
      ['TERMINATING', b + 49 * HOUR],
      ['TERMINATED', b + 49 * HOUR + PHASE_MS],
    ]);
    expect(calls).toEqual(['started', 'ending']);
  });

  it('never handles an event before the lease was created', () => {
    const created = 1_800_000_000_000 + 9_000;
    const l = lease(created, created - 9_000, created + HOUR);
    expect(nextDue(l)).toBe(created - 9_000 + POLL_MS);
  });

  it('goes to ERROR at start when the lease-error fault caught it, and still ends', () => {
    const t0 = 1_800_000_000_000;
    const { steps, calls } = run(lease(t0, t0, t0 + HOUR, { failAtStart: true }));
    // a lease shorter than 48 hours gets its reminder right at the start
    expect(steps.map((s) => s[0])).toEqual(['STARTING', 'ERROR', 'ERROR', 'TERMINATING', 'TERMINATED']);
    expect(calls).toEqual(['ending']);
  });
});
