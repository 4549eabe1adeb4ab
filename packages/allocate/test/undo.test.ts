// Undoing a checkout after the step failed: what cannot be removed is said on the log (the step's own failure is
// the one reported), and anything but a file-system failure is not hidden. (The failures are simulated: the tests
// may run as root, who may remove anything.)
import { Writable } from 'node:stream';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createLogger } from '@envboot/core';

let failWith: Error | null = null;
const real = await import('node:fs/promises');
jest.unstable_mockModule('node:fs/promises', () => ({
  ...real,
  default: real,
  rm: ((path: string, options?: unknown) =>
    failWith && path.endsWith('stuck')
      ? Promise.reject(failWith)
      : real.rm(path, options as never)) as typeof real.rm,
}));
const { undoCheckout } = await import('../src/checkout.js');

afterEach(() => {
  failWith = null;
});

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _e, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return {
    log: createLogger({ level: 'warn', destination }),
    warnings: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'envboot-undo-'));
  mkdirSync(join(dir, 'stuck'));
  writeFileSync(join(dir, 'README.md'), 'x\n');
  return dir;
}

const checkout = (dir: string) => ({
  data: {
    repo: 'https://example.org/r.git',
    kind: 'url' as const,
    ref: null,
    branch: null,
    commit: null,
    workdir: dir,
    copied: true,
    git: null,
  },
  existed: true,
});

describe('undoCheckout', () => {
  it('removes what it can and says on the log what it could not', async () => {
    const dir = workdir();
    failWith = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    const { log, warnings } = capture();
    await undoCheckout(checkout(dir), log);
    expect(readdirSync(dir)).toEqual(['stuck']);
    expect(warnings()).toEqual([
      expect.objectContaining({ level: 40, code: 'EBUSY', path: join(dir, 'stuck') }),
    ]);
  });

  it('lets anything but a file-system failure through', async () => {
    const dir = workdir();
    failWith = new TypeError('not a file-system failure');
    const { log } = capture();
    await expect(undoCheckout(checkout(dir), log)).rejects.toBe(failWith);
  });
});
