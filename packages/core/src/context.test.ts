import { describe, expect, it } from '@jest/globals';
import { mergeContext } from './context.js';

describe('mergeContext', () => {
  it('keeps what came down the pipe and adds what this step learned', () => {
    const merged = mergeContext({ site: 'uc', node_type: 'compute_skylake' }, { lease: { id: 'L1' } });
    expect(merged).toEqual({ site: 'uc', node_type: 'compute_skylake', lease: { id: 'L1' } });
  });

  it('lets a later step replace a key and ignores undefined additions', () => {
    const merged = mergeContext({ site: 'uc', image: 'CC-Ubuntu22.04' }, { site: 'tacc', image: undefined });
    expect(merged).toEqual({ site: 'tacc', image: 'CC-Ubuntu22.04' });
  });

  it('removes a key set to null', () => {
    expect(mergeContext({ site: 'uc', lease: { id: 'L1' } }, { lease: null })).toEqual({ site: 'uc' });
  });

  it('does not change the upstream object', () => {
    const upstream = { site: 'uc' };
    mergeContext(upstream, { site: 'tacc' });
    expect(upstream).toEqual({ site: 'uc' });
  });
});
