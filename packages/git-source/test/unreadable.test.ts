// What this user may not read. A local --repo: what cannot be read is left out and said in the notes; a directory
// that cannot be listed at all is INVALID_INPUT, not an empty list of files. A --workdir that cannot be listed is
// INVALID_INPUT, and is left as it was. (Permissions are simulated: the tests may run as root, who reads everything.)
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitEnv, limits, log, tempDir } from './helpers/env.js';

const denied = new Set<string>();
const deny = (path: string) => {
  const err = Object.assign(new Error(`EACCES: permission denied, open '${path}'`), {
    code: 'EACCES',
    path,
  });
  return Promise.reject(err);
};

const real = await import('node:fs/promises');
jest.unstable_mockModule('node:fs/promises', () => ({
  ...real,
  default: real,
  readdir: ((path: string, options?: unknown) =>
    denied.has(path) ? deny(path) : real.readdir(path, options as never)) as typeof real.readdir,
  readFile: ((path: string, options?: unknown) =>
    denied.has(path) ? deny(path) : real.readFile(path, options as never)) as typeof real.readFile,
}));
const { openRepository } = await import('../src/open.js');
const { parseRepoSpec } = await import('../src/spec.js');

afterEach(() => denied.clear());

function repo(): string {
  const root = tempDir('envboot-local-');
  mkdirSync(join(root, 'src'));
  mkdirSync(join(root, 'secret'));
  writeFileSync(join(root, 'requirements.txt'), 'torch==2.1.0\n');
  writeFileSync(join(root, 'src', 'train.py'), 'import torch\n');
  writeFileSync(join(root, 'secret', 'key.txt'), 'x\n');
  return root;
}

const open = (root: string) =>
  openRepository(
    { kind: 'local', path: root, display: root },
    {
      ref: null,
      workdir: null,
      cacheDir: tempDir('envboot-cache-'),
      gitClient: 'native',
      git: gitEnv(),
      limits: limits(),
      maxFiles: 1000,
      log,
    },
  );

describe('a local repository with parts that cannot be read', () => {
  it('leaves out a directory it may not list, and says so in the notes', async () => {
    const root = repo();
    denied.add(join(root, 'secret'));
    const opened = await open(root);
    expect(opened.files.entries.map((e) => e.path)).toEqual(['requirements.txt', 'src/train.py']);
    expect(opened.notes).toEqual(['secret could not be read (EACCES): it was left out']);
  });

  it('leaves out a file it may not read, and says so in the notes', async () => {
    const root = repo();
    denied.add(join(root, 'requirements.txt'));
    const opened = await open(root);
    const read = await opened.files.read(['requirements.txt', 'src/train.py']);
    expect([...read.keys()]).toEqual(['src/train.py']);
    expect(opened.notes).toEqual(['requirements.txt could not be read (EACCES): it was left out']);
  });

  it('refuses a directory it may not list at all (INVALID_INPUT), rather than finding nothing in it', async () => {
    const root = repo();
    denied.add(root);
    await expect(open(root)).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'repo' });
  });

  it('takes a file removed since the listing as simply not there', async () => {
    const root = repo();
    const opened = await open(root);
    const { rmSync } = await import('node:fs');
    rmSync(join(root, 'src', 'train.py'));
    const read = await opened.files.read(['requirements.txt', 'src/train.py']);
    expect([...read.keys()]).toEqual(['requirements.txt']);
    expect(opened.notes).toEqual([]);
  });
});

describe('a --workdir that cannot be listed', () => {
  it('is INVALID_INPUT before any fetch, and is left as it was', async () => {
    const workdir = join(tempDir('envboot-workdir-'), 'mine');
    mkdirSync(workdir);
    writeFileSync(join(workdir, 'notes.txt'), 'kept\n');
    denied.add(workdir);
    const spec = parseRepoSpec('http://127.0.0.1:1/none.git', {
      allowHttpLoopback: true,
      isDirectory: () => false,
      resolvePath: (p) => p,
    });
    await expect(
      openRepository(spec, {
        ref: null,
        workdir,
        cacheDir: tempDir('envboot-cache-'),
        gitClient: 'native',
        git: gitEnv(),
        limits: limits(),
        maxFiles: 1000,
        log,
      }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'workdir',
      message: expect.stringContaining('EACCES'),
    });
    expect(existsSync(join(workdir, 'notes.txt'))).toBe(true);
  });
});
