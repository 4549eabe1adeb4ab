import { describe, expect, it } from '@jest/globals';
import { okEnvelope, errorEnvelope } from './envelope.js';
import { fieldName, schemaNames, validateAgainst, validateEnvelope } from './validate.js';

const plan = {
  node_type: 'compute_skylake',
  count: 1,
  image: 'CC-Ubuntu22.04',
  duration: '4h',
  duration_minutes: 240,
  resource_properties: '["==","$node_type","compute_skylake"]',
  reasons: ['CPU only'],
};

describe('envelope validation', () => {
  it('accepts what okEnvelope and errorEnvelope build', () => {
    expect(validateEnvelope(okEnvelope({ kind: 'plan', context: { site: 'uc' } }, plan))).toEqual({
      valid: true,
    });
    expect(
      validateEnvelope(
        errorEnvelope({ kind: 'lease' }, { code: 'NOT_FOUND', message: 'no such lease', retryable: false }),
      ),
    ).toEqual({ valid: true });
  });

  it('checks data against the schema its kind names, and names the field', () => {
    const bad = okEnvelope({ kind: 'plan' }, { ...plan, count: 'one' } as never);
    const result = validateEnvelope(bad);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(fieldName(result.problems[0]!.path)).toBe('data.count');
  });

  it('names a missing field', () => {
    const { count: _count, ...withoutCount } = plan;
    const result = validateEnvelope(okEnvelope({ kind: 'plan' }, withoutCount as never));
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.problems.map((p) => fieldName(p.path))).toContain('data.count');
  });

  it('requires an error object when ok is false', () => {
    const result = validateEnvelope({ ...okEnvelope({ kind: 'plan' }, plan), ok: false });
    expect(result.valid).toBe(false);
  });

  it('rejects unknown kinds and error codes', () => {
    expect(validateEnvelope({ ...okEnvelope({ kind: 'plan' }, plan), kind: 'banana' }).valid).toBe(false);
    const err = errorEnvelope({ kind: 'plan' }, { code: 'OOPS' as never, message: 'x', retryable: false });
    const result = validateEnvelope(err);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(result.problems.map((p) => fieldName(p.path))).toContain('error.code');
  });

  it('rejects timestamps that are not UTC', () => {
    const data = {
      site: 'uc',
      start: '2026-11-25T10:00:00+02:00',
      end: '2026-11-25T12:00:00Z',
      duration_minutes: 120,
      available_nodes: 0,
      nodes: [],
      dry_run: false,
    };
    const result = validateAgainst('capacity', data);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(fieldName(result.problems[0]!.path)).toBe('start');
  });

  it('has a validator for every document kind', () => {
    expect(schemaNames()).toEqual(
      expect.arrayContaining([
        'envelope',
        'capacity',
        'lease',
        'allocation',
        'launch',
        'analysis',
        'plan',
        'provision',
      ]),
    );
  });
});

describe('fieldName', () => {
  it('writes JSON pointers the way jq users name fields', () => {
    expect(fieldName('/data/nodes/0/uuid')).toBe('data.nodes[0].uuid');
    expect(fieldName('')).toBe('(document)');
    expect(fieldName('/a~1b')).toBe('a/b');
  });
});
