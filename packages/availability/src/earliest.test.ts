import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CalendarHost, Interval } from './calendar.js';
import { freeIn, mergeIntervals } from './calendar.js';
import { earliestWindow, freeStarts } from './earliest.js';

const MIN = 60_000;
const H = 60 * MIN;

function host(id: string, busy: Array<[number, number]>): CalendarHost {
  return {
    id,
    uuid: `uuid-${id}`,
    hostname: `h${id}`,
    node_type: 't',
    capabilities: { node_type: 't' },
    reservable: true,
    busy: busy.map(([s, e]) => ({ start: s * H, end: e * H })),
  };
}

describe('mergeIntervals', () => {
  it('sorts and merges overlapping and touching intervals', () => {
    expect(
      mergeIntervals([
        { start: 5, end: 7 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
        { start: 6, end: 9 },
      ]),
    ).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 9 },
    ]);
  });
});

describe('freeStarts', () => {
  it('lists the start times at which a host is free for the duration', () => {
    const h = host('1', [
      [2, 4],
      [6, 10],
    ]);
    expect(freeStarts(h, 1 * H, 0, 24 * H)).toEqual([
      { start: 0, end: 1 * H },
      { start: 4 * H, end: 5 * H },
      { start: 10 * H, end: 24 * H },
    ]);
    // A gap shorter than the duration offers no start.
    expect(freeStarts(h, 3 * H, 0, 24 * H)).toEqual([{ start: 10 * H, end: 24 * H }]);
  });
});

describe('earliestWindow', () => {
  it('finds the first moment when enough hosts are free together', () => {
    const hosts = [
      host('a', [[0, 5]]),
      host('b', [[0, 3]]),
      host('c', [
        [0, 2],
        [6, 8],
      ]),
    ];
    expect(earliestWindow(hosts, { count: 1, durationMs: 2 * H, from: 0, until: 48 * H })?.start).toBe(2 * H);
    expect(earliestWindow(hosts, { count: 2, durationMs: 2 * H, from: 0, until: 48 * H })?.start).toBe(3 * H);
    // At 5 h, c is busy again at 6 h: three hosts for 2 h only from 8 h.
    const three = earliestWindow(hosts, { count: 3, durationMs: 2 * H, from: 0, until: 48 * H });
    expect(three?.start).toBe(8 * H);
    expect(three?.hosts.map((h) => h.id)).toEqual(['a', 'b', 'c']);
  });

  it('answers null when the horizon is too short or there are too few hosts', () => {
    const hosts = [host('a', [[0, 100]])];
    expect(earliestWindow(hosts, { count: 1, durationMs: H, from: 0, until: 48 * H })).toBeNull();
    expect(earliestWindow(hosts, { count: 2, durationMs: H, from: 0, until: 500 * H })).toBeNull();
  });

  it('rounds the start up to a whole minute', () => {
    const w = earliestWindow([host('a', [])], { count: 1, durationMs: H, from: 30_500, until: 48 * H });
    expect(w?.start).toBe(MIN);
  });

  it('agrees with a brute-force scan of every minute on random calendars', () => {
    const calendar = fc.array(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 120 })), {
        maxLength: 6,
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        calendar,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 90 }),
        (raw, count, duration) => {
          const hosts: CalendarHost[] = raw.map((busy, i) => ({
            ...host(String(i), []),
            busy: busy.map(([s, len]): Interval => ({ start: s * MIN, end: (s + len) * MIN })),
          }));
          const query = { count, durationMs: duration * MIN, from: 0, until: 600 * MIN };
          const found = earliestWindow(hosts, query);
          let expected: number | null = null;
          for (let t = 0; t <= 600; t++) {
            if (freeIn(hosts, { start: t * MIN, end: (t + duration) * MIN }).length >= count) {
              expected = t * MIN;
              break;
            }
          }
          expect(found?.start ?? null).toBe(expected);
          if (found) expect(found.hosts.length).toBeGreaterThanOrEqual(count);
        },
      ),
      { numRuns: 400 },
    );
  });
});
