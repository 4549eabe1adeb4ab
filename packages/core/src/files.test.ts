import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { checkInputFile, readInputFile, readInputFileSync } from './files.js';

const dir = mkdtempSync(join(tmpdir(), 'core-files-'));
const small = join(dir, 'small.txt');
writeFileSync(small, 'hello\n');

describe('readInputFile', () => {
  it('reads a file within the limit', async () => {
    expect((await readInputFile(small, { field: 'userdata', maxBytes: 100 })).toString()).toBe('hello\n');
  });

  it('refuses a device that never ends, after reading no more than the limit', async () => {
    await expect(readInputFile('/dev/zero', { field: 'userdata', maxBytes: 1024 })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'userdata',
      message: 'cannot read --userdata /dev/zero: it holds more than 1 KiB',
    });
  });

  it('refuses a file over the limit, a directory and a missing file, with the code asked for', async () => {
    await expect(readInputFile(small, { field: 'file', maxBytes: 3 })).rejects.toMatchObject({
      message: expect.stringContaining('more than 3 bytes'),
    });
    await expect(readInputFile(dir, { field: 'file', maxBytes: 3 })).rejects.toMatchObject({
      message: expect.stringContaining('it is a directory'),
    });
    await expect(
      readInputFile(join(dir, 'none'), { field: 'plugin', maxBytes: 3, code: 'PLUGIN_FAILED' }),
    ).rejects.toMatchObject({ code: 'PLUGIN_FAILED', message: expect.stringContaining('ENOENT') });
  });
});

describe('readInputFileSync', () => {
  it('reads a file within the limit and refuses what is not one', () => {
    expect(readInputFileSync(small, { field: 'env-file', maxBytes: 100 }).toString()).toBe('hello\n');
    expect(() => readInputFileSync('/dev/zero', { field: 'env-file', maxBytes: 10 })).toThrow(
      'cannot read --env-file /dev/zero: it holds more than 10 bytes',
    );
    expect(() => readInputFileSync(dir, { field: 'env-file', maxBytes: 10 })).toThrow('it is a directory');
  });
});

describe('checkInputFile', () => {
  it('accepts a regular file and refuses devices, directories and large files without reading them', async () => {
    await expect(checkInputFile(small, { field: 'plugin', maxBytes: 100 })).resolves.toBeUndefined();
    for (const path of ['/dev/zero', dir]) {
      await expect(checkInputFile(path, { field: 'plugin', maxBytes: 100 })).rejects.toMatchObject({
        message: expect.stringContaining('not a regular file'),
      });
    }
    await expect(checkInputFile(small, { field: 'plugin', maxBytes: 2 })).rejects.toMatchObject({
      message: expect.stringContaining('more than 2 bytes'),
    });
  });
});
