// The dates of a lease request (start_date, end_date, before_end_date), read on the simulator's clock.
//
// A new lease's dates are on the client's wall clock unless it declares the simulator's (X-Sim-Dates: virtual);
// a change's dates are on the simulator's clock unless it declares the wall clock, because clients derive them
// from the lease's own dates, which Blazar answered in the simulator's time (python-blazarclient's --prolong-for,
// --reduce-by, --defer-by, --advance-by; python-chi's extend). Dates on the wall clock move by the whole minutes
// the simulator's clock is ahead (client-dates.ts). The model: docs/simulator.md, "Time".
import { datesClock, DATES_HEADER, shiftToVirtual, type DateClock } from '../client-dates.js';
import { floorMinuteMs, parseBlazarRequestDate } from '../dates.js';
import type { SimRequest } from '../http.js';
import { blazarFail } from './errors.js';

export interface DateFields {
  start_date?: unknown;
  end_date?: unknown;
  before_end_date?: unknown;
}

export interface LeaseDates {
  start?: number;
  end?: number;
  beforeEnd?: number;
}

/** The dates of a new lease; start and end are required (checked by the caller). */
export function createDates(
  req: SimRequest,
  fields: DateFields,
): { start: number; end: number; beforeEnd?: number } {
  const clock = clockOf(req, 'wall');
  const read = reader(req, clock);
  const { start, move } = startOf(req, clock, read, fields.start_date);
  const end = read(fields.end_date) + move;
  const beforeEnd = given(fields.before_end_date) ? read(fields.before_end_date) + move : undefined;
  return { start, end, beforeEnd };
}

/** The dates a lease update changes (the fields it sends). */
export function updateDates(req: SimRequest, fields: DateFields): LeaseDates {
  const clock = clockOf(req, 'virtual');
  const read = reader(req, clock);
  const dates: LeaseDates = {};
  let move = 0;
  if (fields.start_date !== undefined) {
    const s = startOf(req, clock, read, fields.start_date);
    dates.start = s.start;
    // A start taken as now moves the end sent with it, keeping the length; an end sent alone stays.
    move = fields.end_date !== undefined ? s.move : 0;
  }
  if (fields.end_date !== undefined) dates.end = read(fields.end_date) + move;
  if (given(fields.before_end_date)) dates.beforeEnd = read(fields.before_end_date) + move;
  return dates;
}

const given = (value: unknown) => value !== undefined && value !== null && value !== '';

function clockOf(req: SimRequest, otherwise: DateClock): DateClock {
  const clock = datesClock(req, otherwise);
  if (!clock) throw blazarFail(400, `Malformed header ${DATES_HEADER}: expected wall or virtual`);
  return clock;
}

type Read = (value: unknown) => number;

/** Reads one date on the simulator's clock: "now" is its current minute; a date moves from the client's clock. */
function reader(req: SimRequest, clock: DateClock): Read {
  const now = floorMinuteMs(req.now);
  const shift = shiftToVirtual(clock, req);
  return (value) => {
    if (value === 'now') return now;
    const ms = typeof value === 'string' ? parseBlazarRequestDate(value) : undefined;
    if (ms === undefined)
      throw blazarFail(400, `${String(value)} is an invalid date. Required format: %Y-%m-%d %H:%M`);
    return ms + shift;
  };
}

/**
 * The start, and how far the lease's other dates move with it. A start before the current minute is refused as
 * Blazar refuses it, except on the simulator's clock when it is not before the wall-clock minute: a client's
 * reckoning of a clock that runs fast lags by the request's real time × the speed, so the lease starts now and
 * keeps its length.
 */
function startOf(
  req: SimRequest,
  clock: DateClock,
  read: Read,
  value: unknown,
): { start: number; move: number } {
  const now = floorMinuteMs(req.now);
  const start = read(value);
  if (start >= now) return { start, move: 0 };
  if (clock === 'wall' || start < floorMinuteMs(req.wall))
    throw blazarFail(403, 'Start date must later than current date');
  return { start: now, move: now - start };
}
