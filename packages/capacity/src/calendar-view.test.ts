import { describe, expect, it } from '@jest/globals';
import { chooseBucketHours, renderCalendar } from './calendar-view.js';

const H = 3_600_000;
const DAY = 24 * H;

describe('chooseBucketHours', () => {
  it('picks the smallest bucket that fits the width', () => {
    expect(chooseBucketHours(2 * DAY, 60, null)).toBe(1);
    expect(chooseBucketHours(14 * DAY, 60, null)).toBe(6);
    expect(chooseBucketHours(60 * DAY, 60, null)).toBe(24);
    expect(chooseBucketHours(14 * DAY, 60, 'hour')).toBe(1);
  });
});

describe('renderCalendar', () => {
  it('draws from now: a bar per node type, free/total counts beside it, "now" under the first column', () => {
    const now = Date.UTC(2026, 10, 24, 13, 17);
    const text = renderCalendar(
      {
        bucketMs: 6 * H,
        starts: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => now + i * 6 * H),
        rows: [
          { node_type: 'compute_skylake', total: 4, free_now: 3, free: [3, 2, 0, 4, 4, 1, 4, 4] },
          { node_type: 'gpu_rtx_6000', total: 2, free_now: 0, free: [0, 0, 0, 0, 1, 2, 2, 2] },
        ],
      },
      'CHI@UC',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Free hosts at CHI@UC, per 6 h, from now (2026-11-24 13:17 UTC) to 2026-11-26 13:17 UTC',
    );
    expect(lines[1]).toBe('node type       free now   fewest');
    expect(lines.find((l) => l.startsWith('compute_skylake'))).toBe(
      'compute_skylake      3/4      0/4  │▆▄ ██▂██│',
    );
    expect(lines.find((l) => l.startsWith('gpu_rtx_6000'))).toMatch(/ {6}0\/2 {6}0\/2 {2}│ {4}▄███│$/);
    // "now" under the first column; a tick at the first bucket of each new UTC day (01:17 on the 25th and the 26th; the 25th has no room for its date).
    const ticks = lines.find((l) => l.includes('└'))!;
    expect(ticks.trim()).toBe('└┬─┬───┬─┘');
    const marks = lines[lines.indexOf(ticks) + 1]!;
    expect(marks.indexOf('now')).toBe(ticks.indexOf('┬'));
    expect(marks.trim()).toBe('now   11-26');
  });
});
