import { describe, expect, it } from '@jest/globals';
import type { LeaseExtendArgs } from './cli.js';
import { toInput } from './input.js';

const args = (a: Partial<LeaseExtendArgs>) => ({ lease: 'my-lease', ...a }) as LeaseExtendArgs;

describe('lease-extend input', () => {
  it('takes --by as minutes and --until as a UTC date', () => {
    expect(toInput(args({ by: '1d12h' }), undefined).to).toEqual({ byMinutes: 2160 });
    expect(toInput(args({ until: '2026-12-10 18:00' }), undefined).to).toEqual({
      until: new Date('2026-12-10T18:00:00Z'),
    });
  });

  it('asks for one of them, never both', () => {
    expect(() => toInput(args({}), undefined)).toThrow(/--by .* or --until/);
    expect(() => toInput(args({ by: '1d', until: '2026-12-10 18:00' }), undefined)).toThrow(/not both/);
    expect(() => toInput(args({ by: 'soon' }), undefined)).toThrow(/not a duration/);
  });
});
