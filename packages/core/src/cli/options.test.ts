import { describe, expect, it } from '@jest/globals';
import type { Envelope } from '../envelope.js';
import { cloudSelection, type CommonArgs } from './options.js';

const args = (extra: Record<string, unknown> = {}): CommonArgs => ({ _: [], $0: 'envboot', ...extra });
const piped = (site: unknown) => ({ context: { site } }) as unknown as Envelope;

describe('cloudSelection', () => {
  it('takes --site, --os-cloud and --no-token-cache, and the site piped in', () => {
    expect(cloudSelection(args({ site: 'tacc', osCloud: 'mine', tokenCache: false }), piped('sim'))).toEqual({
      site: 'tacc',
      pipedSite: 'sim',
      osCloud: 'mine',
      tokenCache: false,
    });
  });

  it('leaves out what was not chosen', () => {
    expect(cloudSelection(args({ site: '', tokenCache: true }), undefined)).toEqual({});
    expect(cloudSelection(args(), piped(42))).toEqual({});
    expect(cloudSelection(args({ 'token-cache': false }), undefined)).toEqual({ tokenCache: false });
  });
});
