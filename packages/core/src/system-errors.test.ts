import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { errnoCode, isErrno, isInvalidUrl } from './system-errors.js';

function thrown(work: () => unknown): unknown {
  try {
    work();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

describe('system errors', () => {
  it('tells a system error by its code', () => {
    const err = thrown(() => readFileSync('/nonexistent/envboot/file'));
    expect(errnoCode(err)).toBe('ENOENT');
    expect(isErrno(err, 'ENOTDIR', 'ENOENT')).toBe(true);
    expect(isErrno(err, 'EACCES')).toBe(false);
  });

  it('does not take other errors for system errors', () => {
    expect(errnoCode(new TypeError('x is not a function'))).toBeNull();
    expect(errnoCode(thrown(() => new URL('not a url')))).toBeNull();
    expect(errnoCode(null)).toBeNull();
    expect(errnoCode('ENOENT')).toBeNull();
    expect(isErrno(Object.assign(new Error('bad'), { code: 'INVALID_INPUT' }), 'INVALID_INPUT')).toBe(false);
  });

  it('tells what new URL() throws for text that is not a URL', () => {
    expect(isInvalidUrl(thrown(() => new URL('not a url')))).toBe(true);
    expect(isInvalidUrl(new TypeError('Invalid URL'))).toBe(false);
  });
});
