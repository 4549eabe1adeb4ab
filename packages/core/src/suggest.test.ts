import { describe, expect, it } from '@jest/globals';
import { closeMatches } from './suggest.js';

const images = ['CC-Ubuntu22.04', 'CC-Ubuntu22.04-CUDA', 'CC-Ubuntu24.04', 'CC-CentOS-Stream9'];

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
