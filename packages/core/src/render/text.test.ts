import { describe, expect, it } from '@jest/globals';
import { command, minutes, span, table, truncate, truncateStart, when, width, wrap } from './text.js';

describe('wrap', () => {
  it('breaks between words, with a hanging indent', () => {
    expect(wrap('the smallest node type that fits the job', 20, '  • ', '    ')).toEqual([
      '  • the smallest',
      '    node type that',
      '    fits the job',
    ]);
  });

  it('never breaks a word: a URL longer than the line gets a line of its own, whole', () => {
    const url = 'https://download.pytorch.org/whl/cu121';
    expect(wrap(`index ${url} here`, 20)).toEqual(['index', url, 'here']);
  });
});

describe('width and cutting', () => {
  it('counts escape sequences as nothing and wide characters as two', () => {
    expect(width('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(width('日本')).toBe(4);
    expect(width('1 × gpu')).toBe(7);
  });

  it('cuts with an ellipsis, at either end', () => {
    expect(truncate('compute_cascadelake_r', 10)).toBe('compute_c…');
    expect(truncateStart('github.com/pytorch/examples', 12)).toBe('…ch/examples');
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('table', () => {
  const columns = [
    { header: 'RUN' },
    { header: 'SITE', drop: 1 },
    { header: 'REPOSITORY', shrink: true, cut: 'start' as const },
  ];
  const rows = [['prov-1', 'uc', 'github.com/pytorch/examples']];

  it('lays out columns two spaces apart under their headers', () => {
    expect(table(columns, rows, 80, { indent: '' })).toEqual([
      'RUN     SITE  REPOSITORY',
      'prov-1  uc    github.com/pytorch/examples',
    ]);
  });

  it('cuts a shrinkable column, then drops a droppable one, to fit', () => {
    expect(table(columns, rows, 30, { indent: '' })).toEqual([
      'RUN     SITE  REPOSITORY',
      'prov-1  uc    …ytorch/examples',
    ]);
    expect(table(columns, rows, 20, { indent: '' })).toEqual(['RUN     REPOSITORY', 'prov-1  …ch/examples']);
  });
});

describe('times and commands', () => {
  it('are in UTC, briefly', () => {
    expect(when('2026-12-06T13:39:00Z')).toBe('2026-12-06 13:39 UTC');
    expect(span('2026-12-06T13:39:00Z', '2026-12-06T16:39:00Z')).toBe('2026-12-06 13:39 to 16:39 UTC');
    expect(span('2026-12-06T13:39:00Z', '2026-12-08T01:00:00Z')).toBe(
      '2026-12-06 13:39 to 2026-12-08 01:00 UTC',
    );
    expect([minutes(90), minutes(240), minutes(8640), minutes(1500)]).toEqual(['1h30m', '4h', '6d', '1d1h']);
  });

  it('keep a command whole: on its own line when the label and it do not fit', () => {
    expect(command('Delete it all with:', 'envboot cleanup prov-1 --yes', 80)).toEqual([
      'Delete it all with: envboot cleanup prov-1 --yes',
    ]);
    expect(command('Delete it all with:', 'envboot cleanup prov-1 --yes', 30)).toEqual([
      'Delete it all with:',
      'envboot cleanup prov-1 --yes',
    ]);
  });
});
