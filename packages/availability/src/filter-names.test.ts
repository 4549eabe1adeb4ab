import { describe, expect, it } from '@jest/globals';
import { hostFilter, parseFilter } from './filter.js';

describe('node type names', () => {
  it('refuses a --node-type that no node type could be called (it reached envelopes that broke their schema)', () => {
    for (const bad of ['QxVy="', 'a b', 'x'.repeat(65), 'gpu/../x']) {
      expect(() => hostFilter({ nodeType: bad })).toThrow(
        expect.objectContaining({ code: 'INVALID_INPUT', field: 'node-type' }),
      );
    }
    expect(hostFilter({ nodeType: 'gpu_rtx_6000' }).nodeType).toBe('gpu_rtx_6000');
  });

  it('reports a node type pinned by a filter only when it is a node type name', () => {
    expect(hostFilter({ resourceProperties: '["==","$node_type","a b"]' })).toEqual({
      nodeType: null,
      resourceProperties: '["==","$node_type","a b"]',
    });
    expect(hostFilter({ resourceProperties: '["==","$node_type","storage_nvme"]' }).nodeType).toBe(
      'storage_nvme',
    );
  });
});

describe('filters nested deeply', () => {
  it('are refused, not walked until the stack runs out', () => {
    const nest = (n: number) => '["and",'.repeat(n) + '["==","$node_type","x"]' + ']'.repeat(n);
    expect(() => parseFilter(nest(2000))).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: expect.stringContaining('nests more than 32'),
      }),
    );
    expect(parseFilter(nest(3)).op).toBe('and');
  });
});
