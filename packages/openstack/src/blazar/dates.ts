// Blazar's date format: what it reads in start_date, end_date and before_end_date, and on which clock.
import type { CloudClock } from '../clock.js';

/** "YYYY-MM-DD HH:MM" in UTC (seconds dropped): the form Blazar's API takes. */
export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 16).replace('T', ' ');
}

/** The simulator's request header naming the clock a request's dates are on (docs/simulator.md, "Time"). */
export const DATES_HEADER = 'x-sim-dates';

/**
 * The dates envboot sends are on the cloud's clock (reckoned from its Date header), which the simulator runs ahead
 * of the wall clock: it is told so, as it reads the dates of other clients on their wall clock. Real clouds are
 * sent nothing.
 */
export function datesHeaders(clock: CloudClock): Record<string, string> | undefined {
  return clock.simulated ? { [DATES_HEADER]: 'virtual' } : undefined;
}
