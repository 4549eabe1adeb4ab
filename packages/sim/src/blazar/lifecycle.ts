// A lease's life on the virtual clock. Blazar's manager polls for due events every 10 s, so start and end are
// handled on the first 10-second boundary after they are due (and never before the lease was created); STARTING
// and TERMINATING last a few seconds. PENDING → STARTING → ACTIVE (or ERROR) → TERMINATING → TERMINATED.
import type { Logger } from '@envboot/core';
import { eventOf, type Lease, type LeaseEvent, type Reservation } from './model.js';

export const POLL_MS = 10_000;
export const PHASE_MS = 5_000;

const poll = (t: number) => Math.ceil(t / POLL_MS) * POLL_MS;

/** What a transition does outside the lease itself. */
export interface LeaseEffects {
  /** The lease became ACTIVE (reserved floating IPs appear). */
  started(lease: Lease, t: number): void;
  /** The lease is ending (its servers and reserved floating IPs go). */
  ending(lease: Lease, t: number): void;
  log: Logger;
}

/** When this lease next needs attention, if ever. */
export function nextDue(lease: Lease): number | undefined {
  switch (lease.status) {
    case 'PENDING':
      return poll(Math.max(lease.start, lease.created_at));
    case 'STARTING':
    case 'TERMINATING':
      return lease.phaseDue;
    case 'ACTIVE':
    case 'ERROR': {
      const before = eventOf(lease, 'before_end_lease');
      if (before?.status === 'UNDONE' && before.time < lease.end)
        return poll(Math.max(before.time, lease.created_at));
      return eventOf(lease, 'end_lease')?.status === 'UNDONE' ? poll(lease.end) : undefined;
    }
    default:
      return undefined;
  }
}

/** The one transition due at `t` (= nextDue(lease)). */
export function transition(lease: Lease, t: number, effects: LeaseEffects): void {
  const mark = (type: LeaseEvent['event_type'], status: LeaseEvent['status']) => {
    const e = eventOf(lease, type);
    if (e) Object.assign(e, { status, updated_at: t });
  };
  const setReservations = (status: Reservation['status']) => {
    for (const r of lease.reservations) Object.assign(r, { status, updated_at: t });
  };
  const announce = () => {
    if (!lease.seeded)
      effects.log.info(
        { lease: lease.id, name: lease.name, status: lease.status },
        `lease ${lease.name} is ${lease.status}`,
      );
  };
  lease.updated_at = t;
  switch (lease.status) {
    case 'PENDING':
      lease.status = 'STARTING';
      lease.phaseDue = t + PHASE_MS;
      mark('start_lease', 'IN_PROGRESS');
      break;
    case 'STARTING':
      delete lease.phaseDue;
      if (lease.failAtStart) {
        lease.status = 'ERROR';
        mark('start_lease', 'ERROR');
        setReservations('error');
      } else {
        lease.status = 'ACTIVE';
        mark('start_lease', 'DONE');
        setReservations('active');
        effects.started(lease, t);
      }
      announce();
      break;
    case 'ACTIVE':
    case 'ERROR': {
      const before = eventOf(lease, 'before_end_lease');
      if (before?.status === 'UNDONE' && before.time < lease.end && t < poll(lease.end)) {
        // the end-of-lease reminder (an e-mail at Chameleon)
        mark('before_end_lease', 'DONE');
        break;
      }
      if (before?.status === 'UNDONE') mark('before_end_lease', 'DONE');
      lease.status = 'TERMINATING';
      lease.phaseDue = t + PHASE_MS;
      mark('end_lease', 'IN_PROGRESS');
      effects.ending(lease, t);
      break;
    }
    case 'TERMINATING':
      delete lease.phaseDue;
      lease.status = 'TERMINATED';
      mark('end_lease', 'DONE');
      setReservations('deleted');
      announce();
      break;
    default:
      break;
  }
}
