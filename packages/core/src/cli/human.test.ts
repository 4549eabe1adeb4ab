import { describe, expect, it } from '@jest/globals';
import { outputMode, terminalOptions } from './human.js';

describe('what stdout gets', () => {
  it('at a terminal: the rendering for people, unless --json or --pretty', () => {
    expect(outputMode({}, true)).toBe('human');
    expect(outputMode({ json: true }, true)).toBe('json');
    expect(outputMode({ pretty: true }, true)).toBe('pretty');
  });

  it('in a pipe or a file: the envelope on one line, as always', () => {
    expect(outputMode({}, false)).toBe('json');
    expect(outputMode({ json: true }, false)).toBe('json');
    expect(outputMode({ pretty: true }, false)).toBe('pretty');
  });
});

describe('the terminal', () => {
  const tty = (columns: number, colours: boolean) => ({ columns, hasColors: () => colours });

  it('is as wide as it says, else 80 columns', () => {
    expect(terminalOptions(tty(132, false), {}).columns).toBe(132);
    expect(terminalOptions(tty(0, false), {}).columns).toBe(80);
    expect(terminalOptions({ columns: undefined as unknown as number }, {}).columns).toBe(80);
  });

  it('has colour when it supports colours and NO_COLOR is not set', () => {
    expect(terminalOptions(tty(80, true), {}).color).toBe(true);
    expect(terminalOptions(tty(80, false), {}).color).toBe(false);
    expect(terminalOptions(tty(80, true), { NO_COLOR: '1' }).color).toBe(false);
    expect(terminalOptions({ columns: 80 }, {}).color).toBe(false);
  });
});
