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
  it('draws one bar per node type with heights from the share of free hosts', () => {
    const start = Date.UTC(2026, 10, 25, 0);
    const text = renderCalendar(
      {
        bucketMs: 6 * H,
        starts: [0, 1, 2, 3, 4, 5, 6, 7].map((i) => start + i * 6 * H),
        rows: [
          { node_type: 'compute_skylake', total: 4, free: [4, 2, 0, 4, 4, 1, 4, 4] },
          { node_type: 'gpu_rtx_6000', total: 2, free: [0, 0, 0, 0, 1, 2, 2, 2] },
        ],
      },
      'CHI@UC',
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('Free hosts at CHI@UC, per 6 h, 2026-11-25 00:00 → 2026-11-27 00:00 UTC');
    expect(lines.find((l) => l.startsWith('compute_skylake'))).toMatch(/│█▄ ██▂██│$/);
    expect(lines.find((l) => l.startsWith('gpu_rtx_6000'))).toMatch(/│ {4}▄███│$/);
    // Day labels under the ticks, skipped where they would overlap the previous one.
    expect(text).toMatch(/┬───┬───┘\n\s+11-25\n/);
  });
});
