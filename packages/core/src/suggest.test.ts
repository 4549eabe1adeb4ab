import { describe, expect, it } from '@jest/globals';
import { closeMatches, relatedNames, suggestionsFor } from './suggest.js';

const images = ['CC-Ubuntu22.04', 'CC-Ubuntu22.04-CUDA', 'CC-Ubuntu24.04', 'CC-CentOS-Stream9'];
const commands = ['analyze', 'capacity', 'lease-create', 'lease-status', 'lease-delete', 'leases', 'runs'];

describe('closeMatches', () => {
  it('finds names within a few edits or containing the query', () => {
    expect(closeMatches('CC-Ubuntu22.4', images)).toEqual(['CC-Ubuntu22.04', 'CC-Ubuntu24.04']);
    expect(closeMatches('ubuntu22.04', images)).toEqual(['CC-Ubuntu22.04', 'CC-Ubuntu22.04-CUDA']);
    expect(closeMatches('gpu_rtx6000', ['gpu_rtx_6000', 'gpu_v100', 'compute_skylake'])).toEqual([
      'gpu_rtx_6000',
    ]);
  });

  it('suggests nothing for something unrelated', () => {
    expect(closeMatches('windows-server', images)).toEqual([]);
  });
});

describe('relatedNames', () => {
  it('finds names that share a word with the query, a plural included', () => {
    expect(relatedNames('lease-list', commands, 2)).toEqual(['lease-status', 'leases']);
    expect(relatedNames('list-leases', ['leases', 'runs'])).toEqual(['leases']);
  });

  it('takes a word of the same meaning for the word', () => {
    expect(relatedNames('lease-rm', commands, 1)).toEqual(['lease-delete']);
    expect(relatedNames('new-lease', commands, 1)).toEqual(['lease-create']);
  });

  it('ignores what shares no word', () => {
    expect(relatedNames('ls-x', ['capacity', 'runs'])).toEqual([]);
    expect(relatedNames('le', commands)).toEqual([]);
  });
});

describe('suggestionsFor', () => {
  it('prefers close matches, then related names', () => {
    expect(suggestionsFor('lease-stat', commands)).toEqual(['lease-status']);
    expect(suggestionsFor('lease-list', ['lease-status', 'lease-delete', 'runs'])).toEqual([
      'lease-status',
      'lease-delete',
    ]);
    expect(suggestionsFor('node-typ', ['node-type', 'nodes', 'site'])).toEqual(['node-type']);
    expect(suggestionsFor('frobnicate', commands)).toEqual([]);
  });
});
