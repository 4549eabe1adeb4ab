// Getting the code over real HTTP from a local git http-backend: native git and isomorphic-git, the cache,
// refs, --workdir, the size cap and the time limit.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { EnvbootError } from '@envboot/core';
import { commitFiles, createBareRepo, startGitServer, type GitServer } from '@envboot/testkit';
import { openRepository, type GitClient, type OpenOptions } from '../src/open.js';
import { parseRepoSpec } from '../src/spec.js';
import { gitEnv, limits, log, tempDir } from './helpers/env.js';

let server: GitServer;
let root: string;
let demoPath: string;
let firstCommit: string;

const FILES = {
  'README.md': '# demo\n',
  'requirements.txt': 'torch==2.1.0\n',
  'src/train.py': 'import torch\n',
};

beforeAll(async () => {
  root = tempDir('envboot-git-root-');
  const demo = await createBareRepo(root, { name: 'demo', files: FILES, tags: ['v1.0'] });
  demoPath = demo.path;
  firstCommit = demo.commit;
  await commitFiles(demo.path, { 'DEV.md': 'dev only\n' }, { branch: 'dev' });
  const big: Record<string, string> = {};
  for (let i = 0; i < 100; i++) big[`data/file-${i}.txt`] = randomBytes(6000).toString('base64');
  await createBareRepo(root, { name: 'big', files: big });
  execFileSync('git', ['init', '--bare', '--quiet', join(root, 'empty.git')]);
  server = await startGitServer({ root });
});

afterAll(async () => {
  await server?.close();
});

function options(overrides: Partial<OpenOptions> = {}): OpenOptions {
  return {
    ref: null,
    workdir: null,
    cacheDir: tempDir('envboot-cache-'),
    gitClient: 'native',
    git: gitEnv(),
    limits: limits(),
    maxFiles: 100_000,
    log,
    ...overrides,
  };
}

function spec(name: string) {
  return parseRepoSpec(server.repoUrl(name), {
    allowHttpLoopback: true,
    isDirectory: () => false,
    resolvePath: (p) => p,
  });
}

async function text(files: { read(p: string[]): Promise<Map<string, Buffer>> }, path: string) {
  return (await files.read([path])).get(path)?.toString('utf8');
}

describe.each<GitClient>(['native', 'isomorphic'])('fetching with %s git', (gitClient) => {
  it('lists the tree and reads files on demand', async () => {
    const repo = await openRepository(spec('demo'), options({ gitClient }));
    expect(repo.git).toBe(gitClient);
    expect(repo.commit).toBe(firstCommit);
    expect(repo.cached).toBe(false);
    expect(repo.files.entries.map((e) => e.path)).toEqual(['README.md', 'requirements.txt', 'src/train.py']);
    const read = await repo.files.read(['requirements.txt', 'src/train.py', 'nope.txt']);
    expect(read.get('requirements.txt')?.toString()).toBe('torch==2.1.0\n');
    expect(read.get('src/train.py')?.toString()).toBe('import torch\n');
    expect(read.has('nope.txt')).toBe(false);
  });

  it('reuses the cached clone while the remote commit is unchanged, and fetches again when it moves', async () => {
    const name = `moving-${gitClient}`;
    const bare = await createBareRepo(root, { name, files: FILES });
    const o = options({ gitClient });
    const first = await openRepository(spec(name), o);
    expect(await text(first.files, 'README.md')).toBe('# demo\n');
    const before = server.requests.length;
    const again = await openRepository(spec(name), { ...o, limits: limits() });
    expect(again.cached).toBe(true);
    expect(again.commit).toBe(bare.commit);
    expect(await text(again.files, 'README.md')).toBe('# demo\n');
    // Only the remote's refs were asked for: no pack was fetched.
    const asked = server.requests.slice(before);
    expect(asked.filter((r) => r.method === 'POST').length).toBeLessThanOrEqual(1);
    expect(asked.every((r) => r.bytes < 2000)).toBe(true);

    const moved = await commitFiles(bare.path, { 'README.md': '# moved\n' });
    const third = await openRepository(spec(name), { ...o, limits: limits() });
    expect(third.cached).toBe(false);
    expect(third.commit).toBe(moved);
    expect(await text(third.files, 'README.md')).toBe('# moved\n');
  });

  it('checks out a branch or a tag with --ref', async () => {
    const dev = await openRepository(spec('demo'), options({ gitClient, ref: 'dev' }));
    expect(dev.files.entries.map((e) => e.path)).toContain('DEV.md');
    const tag = await openRepository(spec('demo'), options({ gitClient, ref: 'v1.0' }));
    expect(tag.commit).toBe(firstCommit);
    expect(tag.files.entries.map((e) => e.path)).not.toContain('DEV.md');
  });

  it('says when a ref does not exist', async () => {
    const err = await openRepository(spec('demo'), options({ gitClient, ref: 'no-such-branch' })).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(EnvbootError);
    expect(err.code).toBe('REPO_UNAVAILABLE');
    expect(err.message).toMatch(/no branch or tag "no-such-branch"/);
  });

  it('says when the repository has no commit yet', async () => {
    const err = await openRepository(spec('empty'), options({ gitClient })).catch((e) => e);
    expect(err).toBeInstanceOf(EnvbootError);
    expect(err.code).toBe('REPO_UNAVAILABLE');
    expect(err.message).toMatch(/has no default branch/);
  });

  it('says when a ref does not exist, also when an older clone is cached', async () => {
    const cacheDir = tempDir('envboot-cache-');
    await openRepository(spec('demo'), options({ gitClient, cacheDir, ref: 'dev' }));
    const err = await openRepository(spec('demo'), options({ gitClient, cacheDir, ref: 'gone' })).catch(
      (e) => e,
    );
    expect(err.code).toBe('REPO_UNAVAILABLE');
    expect(err.field).toBe('ref');
  });

  it('says when the repository does not exist', async () => {
    const err = await openRepository(spec('missing'), options({ gitClient })).catch((e) => e);
    expect(err).toBeInstanceOf(EnvbootError);
    expect(err.code).toBe('REPO_UNAVAILABLE');
  });

  it('never puts credentials from the URL in an error', async () => {
    const secret = 'hunter2-in-the-url';
    const spec = parseRepoSpec(`http://bob:${secret}@127.0.0.1:1/nothing-listens-here.git`, {
      allowHttpLoopback: true,
      isDirectory: () => false,
      resolvePath: (p) => p,
    });
    const err = await openRepository(spec, options({ gitClient })).catch((e) => e);
    expect(err.code).toBe('REPO_UNAVAILABLE');
    expect(err.retryable).toBe(true);
    expect(JSON.stringify({ message: err.message, hint: err.hint, details: err.details })).not.toContain(
      secret,
    );
  });

  it('stops at the size cap with REPO_UNAVAILABLE', async () => {
    // The big repository's tree alone is small, so the cap is hit when its files are fetched.
    const o = options({ gitClient, limits: limits({ maxBytes: 64 * 1024 }) });
    const err = await openRepository(spec('big'), o)
      .then((r) => r.files.read(r.files.entries.map((e) => e.path)))
      .catch((e) => e);
    expect(err).toBeInstanceOf(EnvbootError);
    expect(err.code).toBe('REPO_UNAVAILABLE');
    expect(err.message).toMatch(/larger than the 64 KiB limit/);
  });

  it('stops at the time limit with TIMEOUT', async () => {
    server.setDelay(1500);
    try {
      const err = await openRepository(
        spec('demo'),
        options({ gitClient, limits: limits({ timeoutMs: 400 }) }),
      ).catch((e) => e);
      expect(err).toBeInstanceOf(EnvbootError);
      expect(err.code).toBe('TIMEOUT');
    } finally {
      server.setDelay(0);
    }
  });

  it('checks the files out into --workdir, and never writes into a directory that is not empty', async () => {
    const dir = join(tempDir(), 'checkout');
    const repo = await openRepository(spec('demo'), options({ gitClient, workdir: dir }));
    expect(repo.path).toBe(dir);
    expect(readFileSync(join(dir, 'src/train.py'), 'utf8')).toBe('import torch\n');
    expect(await text(repo.files, 'requirements.txt')).toBe('torch==2.1.0\n');

    const busy = tempDir();
    mkdirSync(join(busy, 'keep'));
    writeFileSync(join(busy, 'keep/me.txt'), 'mine');
    const err = await openRepository(spec('demo'), options({ gitClient, workdir: busy })).catch((e) => e);
    expect(err.code).toBe('INVALID_INPUT');
    expect(existsSync(join(busy, 'keep/me.txt'))).toBe(true);
  });
});

it('reads a local directory as it is, without git', async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'src'));
  mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
  writeFileSync(join(dir, 'src/a.py'), 'print(1)\n');
  writeFileSync(join(dir, 'node_modules/x/index.js'), '');
  const repo = await openRepository({ kind: 'local', path: dir, display: dir }, options());
  expect(repo.kind).toBe('local');
  expect(repo.files.entries).toEqual([{ path: 'src/a.py', size: 9 }]);
  expect(await text(repo.files, 'src/a.py')).toBe('print(1)\n');
});

it('keeps the remote served read-only', () => {
  expect(existsSync(demoPath)).toBe(true);
});
