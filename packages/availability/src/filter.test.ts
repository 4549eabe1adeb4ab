import { describe, expect, it } from '@jest/globals';
import { UsageError } from '@envboot/core';
import { filterKeys, hostFilter, matches, nodeTypeFilter, parseFilter, pinnedNodeType } from './filter.js';

const rtx = {
  node_type: 'gpu_rtx_6000',
  'gpu.gpu': 'True',
  'architecture.smt_size': '48',
  node_name: 'nc35',
};
const skylake = { node_type: 'compute_skylake', 'gpu.gpu': 'False', 'architecture.smt_size': '48' };

describe('parseFilter', () => {
  it('reads the forms Blazar accepts', () => {
    expect(parseFilter('["==", "$node_type", "gpu_rtx_6000"]')).toEqual({
      op: '==',
      key: 'node_type',
      value: 'gpu_rtx_6000',
    });
    expect(parseFilter('["=", "$node_type", "x"]')).toMatchObject({ op: '==' });
    expect(
      parseFilter('["and", ["==", "$gpu.gpu", "True"], [">=", "$architecture.smt_size", "48"]]'),
    ).toEqual({
      op: 'and',
      terms: [
        { op: '==', key: 'gpu.gpu', value: 'True' },
        { op: '>=', key: 'architecture.smt_size', value: '48' },
      ],
    });
    expect(parseFilter('')).toEqual({ op: 'all' });
    expect(parseFilter('[]')).toEqual({ op: 'all' });
  });

  it.each([
    ['not json', 'not JSON'],
    ['{"a":1}', 'expected'],
    ['["or", ["==", "$a", "b"]]', 'unknown operator "or"'],
    ['["==", "node_type", "x"]', 'needs a "$key"'],
    ['["==", "$smt", 48]', 'JSON strings'],
    ['["and"]', 'at least one term'],
  ])('refuses %s', (text, why) => {
    expect(() => parseFilter(text)).toThrow(UsageError);
    expect(() => parseFilter(text)).toThrow(why);
  });
});

describe('matches', () => {
  it('compares capabilities as strings, like Blazar', () => {
    expect(matches(parseFilter(nodeTypeFilter('gpu_rtx_6000')), rtx)).toBe(true);
    expect(matches(parseFilter(nodeTypeFilter('gpu_rtx_6000')), skylake)).toBe(false);
    expect(matches(parseFilter('["!=", "$node_type", "gpu_rtx_6000"]'), skylake)).toBe(true);
    // "100" < "48" as strings: the quirk users meet at Chameleon.
    expect(matches(parseFilter('[">=", "$architecture.smt_size", "100"]'), rtx)).toBe(true);
  });

  it('needs every term of an "and"', () => {
    const f = parseFilter('["and", ["==", "$gpu.gpu", "True"], ["==", "$node_name", "nc35"]]');
    expect(matches(f, rtx)).toBe(true);
    expect(matches(f, { ...rtx, node_name: 'nc36' })).toBe(false);
  });

  it('never matches a host that lacks the key', () => {
    expect(matches(parseFilter('["!=", "$fpga.board", "x"]'), rtx)).toBe(false);
  });
});

describe('helpers', () => {
  it('lists the keys a filter reads and the node type it pins', () => {
    const f = parseFilter('["and", ["==", "$node_type", "gpu_v100"], ["==", "$gpu.gpu", "True"]]');
    expect(filterKeys(f)).toEqual(['node_type', 'gpu.gpu']);
    expect(pinnedNodeType(f)).toBe('gpu_v100');
    expect(pinnedNodeType(parseFilter(''))).toBeNull();
  });
});

describe('hostFilter', () => {
  it('takes one flag, or the pipe', () => {
    expect(hostFilter({ nodeType: 'gpu_v100' })).toEqual({
      nodeType: 'gpu_v100',
      resourceProperties: '["==","$node_type","gpu_v100"]',
    });
    expect(
      hostFilter({ resourceProperties: '["==","$gpu.gpu","True"]' }, { node_type: 'compute_skylake' }),
    ).toEqual({
      nodeType: null,
      resourceProperties: '["==","$gpu.gpu","True"]',
    });
    expect(hostFilter({}, { node_type: 'compute_skylake' })).toEqual({
      nodeType: 'compute_skylake',
      resourceProperties: '["==","$node_type","compute_skylake"]',
    });
    expect(hostFilter({}, null)).toEqual({ nodeType: null, resourceProperties: '' });
  });

  it('refuses both flags, and a malformed filter', () => {
    expect(() => hostFilter({ nodeType: 'x', resourceProperties: '[]' })).toThrow(/not both/);
    expect(() => hostFilter({ resourceProperties: '{' })).toThrow(/not a Blazar filter/);
  });
});
