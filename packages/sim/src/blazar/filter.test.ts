import { describe, expect, it } from '@jest/globals';
import { keysOf, matches, parseRequirements } from './filter.js';

const host = (caps: Record<string, string>, columns: Record<string, unknown> = {}) => ({
  caps,
  columns: { vcpus: 48, memory_mb: 196608, ...columns },
});

describe('resource_properties', () => {
  it('reads the single and the "and" forms, with = as ==', () => {
    expect(parseRequirements('["==", "$node_type", "gpu_rtx_6000"]')).toEqual({
      op: '==',
      key: 'node_type',
      value: 'gpu_rtx_6000',
    });
    expect(parseRequirements('["=", "$node_type", "x"]')).toEqual({ op: '==', key: 'node_type', value: 'x' });
    const and = parseRequirements(
      '["and", ["==", "$node_type", "a"], [">=", "$architecture.smt_size", "40"]]',
    );
    expect(keysOf(and)).toEqual(['node_type', 'architecture.smt_size']);
  });

  it('treats an empty string as no constraint', () => {
    expect(parseRequirements('')).toBeNull();
    expect(parseRequirements('[]')).toBeNull();
  });

  it.each([
    '["==", "$node_type", 48]',
    '["or", ["==", "$a", "b"], ["==", "$c", "d"]]',
    '["~", "$node_type", "x"]',
    '["==", "node_type", "x"]',
    '["==", "$node_type"]',
    'not json',
    '{"node_type": "x"}',
  ])('refuses %s as malformed (400)', (text) => {
    expect(() => parseRequirements(text)).toThrow(
      expect.objectContaining({
        reply: expect.objectContaining({
          status: 400,
          body: expect.objectContaining({ error_message: `Malformed requirements ${text}` }),
        }),
      }),
    );
  });

  it('compares extra capabilities as text and host columns as numbers', () => {
    const h = host({ node_type: 'compute_skylake', 'architecture.smt_size': '48' });
    expect(matches(parseRequirements('["==", "$node_type", "compute_skylake"]'), h)).toBe(true);
    expect(matches(parseRequirements('["!=", "$node_type", "compute_skylake"]'), h)).toBe(false);
    // "48" >= "100" as text: capabilities compare lexicographically, as in Blazar
    expect(matches(parseRequirements('[">=", "$architecture.smt_size", "100"]'), h)).toBe(true);
    // host columns compare as numbers
    expect(matches(parseRequirements('[">=", "$vcpus", "100"]'), h)).toBe(false);
    expect(matches(parseRequirements('["<", "$memory_mb", "200000"]'), h)).toBe(true);
  });

  it('excludes hosts that lack the property', () => {
    expect(matches(parseRequirements('["==", "$gpu.gpu_model", "x"]'), host({ node_type: 'a' }))).toBe(false);
  });
});
