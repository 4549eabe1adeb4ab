// Chameleon's rules for changing a lease's dates, as its Blazar enforces them on every lease, started or not
// (MaxLeaseDurationFilter.check_update with reservation_extension_window = 172800 and max_lease_duration = 604800),
// and the host plugin's rule that a started reservation keeps its hosts: an update that needs a host another
// reservation holds fails with the generic 500 "Not enough hosts available".
import { blazarFail } from './errors.js';

/** Chameleon's reservation_extension_window: a lease can be extended only this close to its current end. */
export const EXTENSION_WINDOW_MS = 172_800_000;
/** Chameleon's max_lease_duration, which an update measures from the current end. */
export const MAX_EXTENSION_MS = 604_800_000;

interface Window {
  start: number;
  end: number;
}

/**
 * Refuses a change of dates the filter refuses. Shrinking a lease, or keeping its dates, is always allowed; a later
 * end (or a later start) is allowed only from `current.end − 48 h`, and then by at most 7 days past the current end.
 * Both refusals are Blazar's NotAuthorized subclasses with code 400, which an update passes through unchanged.
 * `now` is the exact time of the request: Blazar compares with utcnow(), not with the current minute.
 */
export function checkDateChange(current: Window, next: Window, now: number): void {
  if (next.end <= current.end && next.start <= current.start) return;
  if (now < current.end - EXTENSION_WINDOW_MS) {
    throw blazarFail(
      400,
      `Lease can only be extended within ${EXTENSION_WINDOW_MS / 1000} seconds of the leases current end time.`,
    );
  }
  const added = next.end - current.end;
  if (added > MAX_EXTENSION_MS) {
    throw blazarFail(
      400,
      `Lease duration of ${Math.trunc(added / 1000)} seconds must be less than or equal to the maximum lease duration of ${MAX_EXTENSION_MS / 1000} seconds.`,
    );
  }
}

/** What the host plugin answers when a started reservation's hosts are not all free for its new window. */
export const notEnoughHosts = () => blazarFail(500, 'Not enough hosts available');
