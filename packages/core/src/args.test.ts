import { describe, expect, it } from '@jest/globals';
import { optionalSeconds, wholeNumber } from './args.js';

describe('wholeNumber', () => {
  it('reads whole numbers and leaves absent flags null', () => {
    expect(wholeNumber(3, 'nodes')).toBe(3);
    expect(wholeNumber('2', 'nodes')).toBe(2);
    expect(wholeNumber(undefined, 'nodes')).toBeNull();
    expect(wholeNumber(0, 'floating-ips', 0)).toBe(0);
  });

  it.each([0, -1, 1.5, 'two', NaN, 1001, 1e9, '4294967296'])('refuses %p for --nodes', (v) => {
    expect(() => wholeNumber(v, 'nodes')).toThrow(/--nodes must be a whole number from 1 to 1000/);
  });

  it('says a value that yargs could not read as a number is not one (not "null")', () => {
    expect(() => wholeNumber(NaN, 'nodes')).toThrow('got something that is not a number');
  });

  it('takes a larger bound where a value is a size, not a count', () => {
    expect(wholeNumber(65_536, 'memory-mb', 1, 16_777_216)).toBe(65_536);
  });
});

describe('optionalSeconds', () => {
  it('tells absent, bare and valued flags apart', () => {
    expect(optionalSeconds(undefined, 'wait', 900)).toBeNull();
    expect(optionalSeconds('', 'wait', 900)).toBe(900);
    expect(optionalSeconds('120', 'wait', 900)).toBe(120);
    expect(optionalSeconds(0, 'wait', 900)).toBe(0);
  });

  it('refuses what is not a number of seconds', () => {
    expect(() => optionalSeconds('soon', 'wait', 900)).toThrow(/--wait must be a number of seconds/);
    expect(() => optionalSeconds(-3, 'wait', 900)).toThrow(/--wait/);
  });
});
