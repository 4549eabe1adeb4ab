import { describe, expect, it } from '@jest/globals';
import { ReplyError, type SimRequest } from '../http.js';
import { createDates, updateDates } from './lease-dates.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// The wall clock 25 s into a minute; the simulator's clock 59 min 40 s ahead of it (speed 60, a minute after start).
const WALL = Date.UTC(2026, 11, 6, 18, 30, 25);
const AHEAD = 59 * MINUTE + 40_000;

const text = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
const floor = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;

function request(clock?: string, ahead = AHEAD, wall = WALL): SimRequest {
  return {
    method: 'POST',
    path: '/reservation/v1/leases',
    query: new URLSearchParams(),
    headers: clock === undefined ? {} : { 'x-sim-dates': clock },
    params: {},
    body: '',
    now: wall + ahead,
    wall,
  };
}

function refusal(f: () => unknown): { status: number; message: unknown } {
  try {
    f();
  } catch (err) {
    if (err instanceof ReplyError) {
      const body = err.reply.body as { error_message?: unknown };
      return { status: err.reply.status, message: body.error_message };
    }
    throw err;
  }
  throw new Error('not refused');
}

describe('a new lease from a client on the wall clock (no header)', () => {
  const now = floor(WALL + AHEAD);

  it('from now for an hour: starts at the simulator minute and lasts the hour', () => {
    const dates = createDates(request(), { start_date: 'now', end_date: text(WALL + HOUR) });
    expect(dates).toEqual({ start: now, end: now + HOUR, beforeEnd: undefined });
  });

  it('in two hours for one: keeps both the offset from now and the length, and the reminder', () => {
    const dates = createDates(request(), {
      start_date: text(WALL + 2 * HOUR),
      end_date: text(WALL + 3 * HOUR),
      before_end_date: text(WALL + 2 * HOUR + 50 * MINUTE),
    });
    expect(dates).toEqual({
      start: now + 2 * HOUR,
      end: now + 3 * HOUR,
      beforeEnd: now + 2 * HOUR + 50 * MINUTE,
    });
  });

  it('from the current wall-clock minute: starts now; from the minute before: Blazar 403', () => {
    expect(createDates(request(), { start_date: text(WALL), end_date: text(WALL + HOUR) })).toMatchObject({
      start: now,
      end: now + HOUR,
    });
    expect(
      refusal(() => createDates(request(), { start_date: text(WALL - MINUTE), end_date: text(WALL + HOUR) })),
    ).toEqual({
      status: 403,
      message: 'Start date must later than current date',
    });
  });

  it('moves nothing while the clocks agree (speed 1, never jumped)', () => {
    const same = request(undefined, 0);
    expect(createDates(same, { start_date: 'now', end_date: text(WALL + HOUR) })).toMatchObject({
      start: floor(WALL),
      end: floor(WALL) + HOUR,
    });
  });

  it('says so with X-Sim-Dates: wall, in any case', () => {
    expect(createDates(request('Wall'), { start_date: 'now', end_date: text(WALL + HOUR) }).end).toBe(
      now + HOUR,
    );
  });
});

describe('a new lease from a client on the simulator clock (X-Sim-Dates: virtual)', () => {
  const now = floor(WALL + AHEAD);

  it('takes its dates as they are', () => {
    const dates = createDates(request('virtual'), {
      start_date: text(now + 2 * HOUR),
      end_date: text(now + 3 * HOUR),
      before_end_date: text(now + 2 * HOUR + 50 * MINUTE),
    });
    expect(dates).toEqual({
      start: now + 2 * HOUR,
      end: now + 3 * HOUR,
      beforeEnd: now + 2 * HOUR + 50 * MINUTE,
    });
    expect(createDates(request('virtual'), { start_date: 'now', end_date: text(now + HOUR) })).toMatchObject({
      start: now,
      end: now + HOUR,
    });
  });

  it('starts a start its reckoning lagged behind the simulator now, keeping the length', () => {
    const lagged = now - 3 * MINUTE;
    const dates = createDates(request('virtual'), {
      start_date: text(lagged),
      end_date: text(lagged + HOUR),
      before_end_date: text(lagged + 30 * MINUTE),
    });
    expect(dates).toEqual({ start: now, end: now + HOUR, beforeEnd: now + 30 * MINUTE });
  });

  it('refuses a start before the wall-clock minute (Blazar 403)', () => {
    expect(
      refusal(() =>
        createDates(request('virtual'), { start_date: text(WALL - MINUTE), end_date: text(now + HOUR) }),
      ),
    ).toEqual({ status: 403, message: 'Start date must later than current date' });
  });
});

describe('a change to a lease', () => {
  const now = floor(WALL + AHEAD);
  const end = now + 5 * HOUR;

  it('takes dates derived from the lease (prolong, defer) as they are, without a header', () => {
    expect(updateDates(request(), { end_date: text(end + HOUR) })).toEqual({ end: end + HOUR });
    expect(updateDates(request(), { start_date: text(now + 2 * HOUR), end_date: text(end + HOUR) })).toEqual({
      start: now + 2 * HOUR,
      end: end + HOUR,
    });
  });

  it('moves dates a client says are on the wall clock', () => {
    expect(updateDates(request('wall'), { end_date: text(WALL + 2 * HOUR) })).toEqual({
      end: now + 2 * HOUR,
    });
  });

  it('moves an end sent with a lagging start, and leaves an end sent alone', () => {
    expect(updateDates(request(), { start_date: text(now - MINUTE), end_date: text(now + HOUR) })).toEqual({
      start: now,
      end: now + HOUR + MINUTE,
    });
    expect(updateDates(request(), { before_end_date: text(now + HOUR) })).toEqual({ beforeEnd: now + HOUR });
    expect(updateDates(request(), {})).toEqual({});
  });
});

describe('bad dates and headers', () => {
  it('refuses a date that is not Blazar format, and an unknown clock (400)', () => {
    expect(refusal(() => createDates(request(), { start_date: 'soon', end_date: 'now' }))).toEqual({
      status: 400,
      message: 'soon is an invalid date. Required format: %Y-%m-%d %H:%M',
    });
    expect(refusal(() => createDates(request('sundial'), { start_date: 'now', end_date: 'now' }))).toEqual({
      status: 400,
      message: 'Malformed header X-Sim-Dates: expected wall or virtual',
    });
  });
});
