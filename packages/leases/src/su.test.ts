import { describe, expect, it } from '@jest/globals';
import { suCost, suFactor } from './su.js';

describe('suFactor', () => {
  it('reads the extra capability as a number, and 1.0 when it is missing or not a number', () => {
    expect(suFactor({ su_factor: '1.5' })).toBe(1.5);
    expect(suFactor({ su_factor: '0' })).toBe(0);
    expect(suFactor({})).toBe(1);
    expect(suFactor({ su_factor: '' })).toBe(1);
    expect(suFactor({ su_factor: 'n/a' })).toBe(1);
  });
});

describe('suCost', () => {
  it('is hours × Σ su_factor, to two decimals', () => {
    // The balance service's own example: 24 h on 2 hosts of factor 3, three times = 432 SU.
    expect(suCost([3, 3, 3, 3, 3, 3], 24)).toEqual({
      hours: 24,
      hosts: 6,
      su_per_hour: 18,
      su: 432,
      basis: 'hosts',
    });
    expect(suCost([1.5], 1 / 3, 'assumed')).toEqual({
      hours: 0.33,
      hosts: 1,
      su_per_hour: 1.5,
      su: 0.5,
      basis: 'assumed',
    });
    expect(suCost([], 10).su).toBe(0);
  });
});
