import { describe, expect, it } from '@jest/globals';
import type { CalendarHost } from './calendar.js';
import { timeline } from './timeline.js';

const H = 3_600_000;
const mk = (id: string, type: string, busy: Array<[number, number]>, reservable = true): CalendarHost => ({
  id,
  uuid: id,
  hostname: id,
  node_type: type,
  capabilities: {},
  reservable,
  busy: busy.map(([s, e]) => ({ start: s * H, end: e * H })),
});

describe('timeline', () => {
  it('counts hosts free for the whole of each bucket, per node type', () => {
    const t = timeline(
      [mk('1', 'gpu', [[1, 2]]), mk('2', 'gpu', []), mk('3', 'cpu', [[0, 3]]), mk('4', 'cpu', [], false)],
      0,
      4 * H,
      H,
    );
    expect(t.starts).toEqual([0, H, 2 * H, 3 * H]);
    expect(t.rows).toEqual([
      { node_type: 'cpu', total: 2, free_now: 0, free: [0, 0, 0, 1] },
      { node_type: 'gpu', total: 2, free_now: 2, free: [2, 1, 2, 2] },
    ]);
  });
});
