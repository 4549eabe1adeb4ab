import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import {
  EXIT_CODES,
  EnvbootError,
  InterruptedError,
  UsageError,
  exitCodeFor,
  isSiteFailure,
  toErrorObject,
} from './errors.js';

const errorSchema = JSON.parse(readFileSync(new URL('../../../schemas/error.json', import.meta.url), 'utf8'));

describe('error codes', () => {
  it('gives every code of schemas/error.json an exit code, and no other', () => {
    expect(Object.keys(EXIT_CODES).sort()).toEqual([...errorSchema.$defs.ErrorCode.enum].sort());
  });

  it('maps codes to the documented exit codes', () => {
    expect(exitCodeFor('INVALID_INPUT')).toBe(2);
    expect(exitCodeFor('USAGE')).toBe(2);
    expect(exitCodeFor('NOT_FOUND')).toBe(3);
    expect(exitCodeFor('INSUFFICIENT_CAPACITY')).toBe(4);
    expect(exitCodeFor('CONFLICT')).toBe(4);
    expect(exitCodeFor('CLOUD_API')).toBe(5);
    expect(exitCodeFor('TIMEOUT')).toBe(6);
    expect(exitCodeFor('AUTH_CONFIG')).toBe(7);
    expect(exitCodeFor('INTERRUPTED')).toBe(130);
    expect(exitCodeFor('INTERNAL')).toBe(1);
    expect(exitCodeFor('SOMETHING_ELSE')).toBe(1);
  });
});

describe('EnvbootError', () => {
  it('serializes only the fields that are set', () => {
    const err = new UsageError('bad --nodes', { field: 'nodes', hint: 'use a number' });
    expect(err.toJSON()).toEqual({
      code: 'INVALID_INPUT',
      message: 'bad --nodes',
      retryable: false,
      field: 'nodes',
      hint: 'use a number',
    });
    expect(err.exitCode).toBe(2);
  });

  it('keeps partial data out of the error object', () => {
    const err = new EnvbootError('LEASE_FAILED', 'lease went to ERROR', { data: { run_id: 'r1' } });
    expect(err.data).toEqual({ run_id: 'r1' });
    expect(err.toJSON()).not.toHaveProperty('data');
  });

  it('treats an interruption as retryable', () => {
    expect(new InterruptedError().toJSON()).toMatchObject({ code: 'INTERRUPTED', retryable: true });
  });
});

describe('toErrorObject', () => {
  it('turns an unknown error into INTERNAL without its stack', () => {
    const obj = toErrorObject(new TypeError('x is not a function'));
    expect(obj.code).toBe('INTERNAL');
    expect(obj.message).toBe('internal error: x is not a function');
    expect(JSON.stringify(obj)).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('turns an abort into INTERRUPTED', () => {
    const abort = new Error('aborted');
    abort.name = 'AbortError';
    expect(toErrorObject(abort).code).toBe('INTERRUPTED');
  });

  it('accepts thrown non-errors', () => {
    expect(toErrorObject('boom')).toMatchObject({ code: 'INTERNAL', message: 'internal error: boom' });
  });
});

describe('site failures', () => {
  it('are the errors of a site that could not be asked, not of a wrong question or a bug', () => {
    expect(isSiteFailure(new EnvbootError('NETWORK', 'down'))).toBe(true);
    expect(isSiteFailure(new EnvbootError('AUTH', 'login refused'))).toBe(true);
    expect(isSiteFailure(new UsageError('bad flag'))).toBe(false);
    expect(isSiteFailure(new EnvbootError('INTERNAL', 'bug'))).toBe(false);
    expect(isSiteFailure(new Error('plain'))).toBe(false);
  });
});
