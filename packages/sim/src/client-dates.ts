// The clock a client reckons the dates it sends on. Most clients (the openstack CLI, python-blazarclient,
// python-chi) compute them from their own wall clock, which the simulator's clock may run ahead of (--speed, a
// jump): such a date is read relative to the request's arrival, moved by the whole minutes the simulator's clock is
// ahead, so that "from now for one hour" or "in two hours" keeps its meaning. A client that already reckons on the
// simulator's clock (envboot, from the Date header) says so in a header, and its dates are taken as they are.
// The whole model: docs/simulator.md, "Time".
import { floorMinuteMs } from './dates.js';
import { header, type SimRequest } from './http.js';

/** The request header naming the clock of the request's dates: `wall` or `virtual` (the simulator's). */
export const DATES_HEADER = 'X-Sim-Dates';

export type DateClock = 'wall' | 'virtual';

/**
 * The clock the request says its dates are on, `otherwise` when it says nothing, undefined for a value that names
 * neither clock.
 */
export function datesClock(req: SimRequest, otherwise: DateClock): DateClock | undefined {
  const value = header(req, DATES_HEADER.toLowerCase());
  if (value === undefined) return otherwise;
  const clock = value.trim().toLowerCase();
  return clock === 'wall' || clock === 'virtual' ? clock : undefined;
}

/**
 * What to add to a minute-precise date on `clock` to read it on the simulator's clock, as of the request's arrival:
 * the client's current minute becomes the simulator's current minute. 0 for the simulator's own clock.
 */
export function shiftToVirtual(clock: DateClock, arrival: { now: number; wall: number }): number {
  return clock === 'virtual' ? 0 : floorMinuteMs(arrival.now) - floorMinuteMs(arrival.wall);
}
