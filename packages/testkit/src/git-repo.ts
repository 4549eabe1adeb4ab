// Bare Git repositories built from a directory or a map of files, with fixed author and dates so the same
// input always gives the same commit id. Used with startGitServer to serve fixtures over real HTTP.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type FileMap = Record<string, string | Buffer>;

export interface CommitOptions {
  branch?: string;
  message?: string;
  /** Author and committer date (default 2026-01-01T00:00:00Z). */
  date?: string;
}

export interface BareRepoSpec extends CommitOptions {
  /** Served as <root>/<name>.git. */
  name: string;
  /** A directory whose files become the first commit. */
  dir?: string;
  /** Files of the first commit (path → content); used when `dir` is not given. */
  files?: FileMap;
  /** Lightweight tags pointing at the first commit. */
  tags?: string[];
}

export interface BareRepo {
  path: string;
  commit: string;
}

const DEFAULT_DATE = '2026-01-01T00:00:00Z';

function gitEnv(date: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'Fixture Author',
    GIT_AUTHOR_EMAIL: 'fixtures@envboot.invalid',
    GIT_COMMITTER_NAME: 'Fixture Author',
    GIT_COMMITTER_EMAIL: 'fixtures@envboot.invalid',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
}

async function git(args: string[], date = DEFAULT_DATE): Promise<string> {
  const { stdout } = await run('git', args, { env: gitEnv(date), maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/** Write a file map into a fresh temporary directory and return it. */
export function writeFiles(files: FileMap, into?: string): string {
  const dir = into ?? mkdtempSync(join(tmpdir(), 'envboot-files-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** Create <root>/<name>.git holding one commit of `dir` or `files` on `branch` (default main). */
export async function createBareRepo(root: string, spec: BareRepoSpec): Promise<BareRepo> {
  const path = join(root, `${spec.name}.git`);
  const branch = spec.branch ?? 'main';
  mkdirSync(root, { recursive: true });
  await git(['init', '--quiet', '--bare', `--initial-branch=${branch}`, path]);
  const commit = spec.dir
    ? await commitTree(path, spec.dir, { ...spec, branch }, false)
    : await commitFiles(path, spec.files ?? {}, { ...spec, branch });
  for (const tag of spec.tags ?? []) await git(['--git-dir', path, 'tag', tag, commit]);
  return { path, commit };
}

/** Add (or replace) files in a new commit on top of `branch`; returns the new commit id. */
export async function commitFiles(
  barePath: string,
  files: FileMap,
  options: CommitOptions = {},
): Promise<string> {
  const dir = writeFiles(files);
  try {
    return await commitTree(barePath, dir, options, true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function commitTree(barePath: string, workTree: string, options: CommitOptions, onTop: boolean) {
  const branch = options.branch ?? 'main';
  const date = options.date ?? DEFAULT_DATE;
  const base = ['--git-dir', barePath, '--work-tree', workTree];
  // A new branch starts from HEAD. rev-parse --verify --quiet exits 1, saying nothing, for a rev that is not there.
  const resolve = (rev: string) =>
    git(['--git-dir', barePath, 'rev-parse', '--verify', '--quiet', rev]).catch((err: { code?: unknown }) => {
      if (err.code !== 1) throw err;
      return '';
    });
  const parent = onTop ? (await resolve(branch)) || (await resolve('HEAD')) : '';
  if (parent) await git([...base, 'read-tree', parent], date);
  else await git([...base, 'read-tree', '--empty'], date);
  await git([...base, 'add', '--force', '--ignore-removal', '.'], date);
  const tree = await git([...base, 'write-tree'], date);
  const commit = await git(
    [
      '--git-dir',
      barePath,
      'commit-tree',
      tree,
      ...(parent ? ['-p', parent] : []),
      '-m',
      options.message ?? 'fixture',
    ],
    date,
  );
  await git(['--git-dir', barePath, 'update-ref', `refs/heads/${branch}`, commit], date);
  return commit;
}
