// Getting the code: a local directory as it is, or a shallow blobless clone into a cache keyed by URL and ref
// (reused while the remote commit is unchanged), or into --workdir with the files checked out.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@envboot/core';
import { EnvbootError, errnoCode, isErrno } from '@envboot/core';
import type { RepoFiles, TreeEntry } from './files.js';
import { isoClone, isoHead, isoRemoteCommit, isoRepoFiles } from './iso-git.js';
import type { FetchLimits } from './limits.js';
import { openLocal } from './local.js';
import {
  cloneBlobless,
  gitRepoFiles,
  headCommit,
  listTree,
  gitOnPath,
  remoteCommit,
  type GitEnv,
} from './native-git.js';
import type { RepoSpec } from './spec.js';
import { withoutCredentials } from './urls.js';

export type GitClient = 'auto' | 'native' | 'isomorphic';

export interface OpenOptions {
  ref: string | null;
  /** Check the code out here instead of the cache. */
  workdir: string | null;
  /** Root of the clone cache ($XDG_CACHE_HOME/envboot/repos). */
  cacheDir: string;
  gitClient: GitClient;
  git: GitEnv;
  limits: FetchLimits;
  /** Most files a local directory listing takes. */
  maxFiles: number;
  log: Logger;
}

export interface OpenedRepo {
  files: RepoFiles;
  kind: 'url' | 'local';
  path: string;
  commit: string | null;
  cached: boolean;
  git: 'native' | 'isomorphic' | null;
  notes: string[];
}

export async function openRepository(spec: RepoSpec, o: OpenOptions): Promise<OpenedRepo> {
  if (spec.kind === 'local') {
    // Filled while the directory is listed and while its files are read.
    const notes: string[] = [];
    const local = await openLocal(spec.path, {
      maxFiles: o.maxFiles,
      signal: o.limits.signal,
      onUnreadable: unreadableNotes(notes),
    });
    if (local.truncated) notes.unshift(`only the first ${o.maxFiles} files of the directory were listed`);
    return { files: local, kind: 'local', path: spec.path, commit: null, cached: false, git: null, notes };
  }
  const client = chooseClient(o);
  o.log.debug({ client, url: spec.display, ref: o.ref }, 'fetching the repository');
  const [s, oo] = client === 'native' ? credentialsInEnvironment(spec, o) : [spec, o];
  return o.workdir ? cloneIntoWorkdir(s, client, oo, o.workdir) : cloneIntoCache(s, client, oo);
}

/**
 * Credentials in a URL never reach git's command line (other users can list it) or the clone's config file: git is
 * given the URL without them, and a rewrite of that URL back to the one with them in its environment.
 */
function credentialsInEnvironment(
  spec: Extract<RepoSpec, { kind: 'url' }>,
  o: OpenOptions,
): [Extract<RepoSpec, { kind: 'url' }>, OpenOptions] {
  const bare = withoutCredentials(spec.url);
  if (bare === spec.url) return [spec, o];
  const n = Number(o.git.env.GIT_CONFIG_COUNT ?? 0);
  const env = {
    ...o.git.env,
    GIT_CONFIG_COUNT: String(n + 1),
    [`GIT_CONFIG_KEY_${n}`]: `url.${spec.url}.insteadOf`,
    [`GIT_CONFIG_VALUE_${n}`]: bare,
  };
  return [
    { ...spec, url: bare },
    { ...o, git: { ...o.git, env } },
  ];
}

const MAX_UNREADABLE_NOTES = 10;

/** A note for each directory or file of a local repository that could not be read (a few, then one for the rest). */
function unreadableNotes(notes: string[]): (path: string, code: string) => void {
  let count = 0;
  return (path, code) => {
    count += 1;
    if (count <= MAX_UNREADABLE_NOTES) notes.push(`${path} could not be read (${code}): it was left out`);
    else if (count === MAX_UNREADABLE_NOTES + 1)
      notes.push('more files or directories could not be read: they were left out');
  };
}

/** For a `.catch` of a file-system call: `value` when the path is not there, any other failure thrown on. */
function ifAbsent<T>(value: T): (err: unknown) => T {
  return (err) => {
    if (isErrno(err, 'ENOENT')) return value;
    throw err;
  };
}

/** A --workdir that cannot be looked at is the user's to fix; anything but a system error is thrown on. */
function unreadableWorkdir(dir: string, err: unknown): unknown {
  const code = errnoCode(err);
  if (code === null) return err;
  return new EnvbootError('INVALID_INPUT', `cannot read --workdir ${dir}: ${code}`, { field: 'workdir' });
}

function chooseClient(o: OpenOptions): 'native' | 'isomorphic' {
  if (o.gitClient === 'isomorphic') return 'isomorphic';
  if (gitOnPath(o.git)) return 'native';
  if (o.gitClient === 'native') {
    throw new EnvbootError('REPO_UNAVAILABLE', 'git is not installed', {
      hint: 'Install git, or use --git-client isomorphic (slower, downloads the whole last commit).',
    });
  }
  o.log.debug('native git not found; using isomorphic-git');
  return 'isomorphic';
}

function cacheKey(display: string, ref: string | null): string {
  const slug = display
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\.git$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '_')
    .slice(-60);
  const hash = createHash('sha256')
    .update(`${display}\n${ref ?? ''}`)
    .digest('hex')
    .slice(0, 12);
  return `${slug}-${hash}`;
}

async function resolveRemote(spec: Extract<RepoSpec, { kind: 'url' }>, client: string, o: OpenOptions) {
  const commit =
    client === 'native'
      ? await remoteCommit(o.git, spec.url, o.ref, o.limits)
      : await isoRemoteCommit(spec.url, o.ref, o.limits, o.git.allowHttp);
  if (!commit) throw missingRef(spec, o.ref);
  return commit;
}

function missingRef(spec: Extract<RepoSpec, { kind: 'url' }>, ref: string | null): EnvbootError {
  return new EnvbootError(
    'REPO_UNAVAILABLE',
    ref
      ? `${spec.display} has no branch or tag "${ref}"`
      : `${spec.display} has no default branch (an empty repository?)`,
    {
      hint: ref ? 'Leave out --ref for the default branch, or name an existing branch or tag.' : null,
      field: ref ? 'ref' : 'repo',
    },
  );
}

/**
 * A fresh clone, then its commit and tree. A ref the remote does not have, or a repository with no commit, gets the
 * same error as when the remote was asked first.
 */
async function cloneAndList(
  spec: Extract<RepoSpec, { kind: 'url' }>,
  client: 'native' | 'isomorphic',
  o: OpenOptions,
  dir: string,
  checkout: boolean,
): Promise<[string, TreeEntry[] | null]> {
  const gitDir = checkout ? join(dir, '.git') : dir;
  try {
    if (client === 'native')
      await cloneBlobless(o.git, { url: spec.url, ref: o.ref, dir, checkout, limits: o.limits });
    else await isoClone(spec.url, o.ref, dir, o.limits, o.git.allowHttp, checkout);
  } catch (err) {
    if (!(err instanceof EnvbootError)) throw err;
    const refMissing = o.ref !== null && /not found|could not find/i.test(err.message);
    if (refMissing || /returned no commit/.test(err.message)) throw missingRef(spec, o.ref);
    throw err;
  }
  try {
    return client === 'native'
      ? await Promise.all([headCommit(o.git, gitDir, o.limits), listTree(o.git, gitDir, o.limits)])
      : [await isoHead(gitDir), null];
  } catch (err) {
    if (err instanceof EnvbootError && err.code === 'REPO_UNAVAILABLE') throw missingRef(spec, o.ref);
    throw err;
  }
}

async function cloneIntoCache(
  spec: Extract<RepoSpec, { kind: 'url' }>,
  client: 'native' | 'isomorphic',
  o: OpenOptions,
): Promise<OpenedRepo> {
  const keyDir = join(o.cacheDir, cacheKey(spec.display, o.ref));
  // Asking the remote for its commit only pays when there is a clone of this URL and ref to reuse.
  if (isDir(keyDir)) {
    const remote = await resolveRemote(spec, client, o);
    const final = join(keyDir, `${client}-${remote}`);
    if (isDir(join(final, 'objects'))) {
      o.log.debug({ commit: remote }, 'the cached clone is current');
      return opened(client, final, remote, true, o);
    }
  }
  mkdirSync(keyDir, { recursive: true });
  const tmp = join(keyDir, `tmp-${randomBytes(6).toString('hex')}`);
  try {
    const [commit, entries] = await cloneAndList(spec, client, o, tmp, false);
    const target = join(keyDir, `${client}-${commit}`);
    try {
      await rename(tmp, target);
    } catch (err) {
      // Another run put the same commit there first: use theirs.
      if (!isErrno(err, 'ENOTEMPTY', 'EEXIST')) throw err;
      await rm(tmp, { recursive: true, force: true });
    }
    await pruneOlder(keyDir, target, o.log);
    return opened(client, target, commit, false, o, false, entries);
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

async function cloneIntoWorkdir(
  spec: Extract<RepoSpec, { kind: 'url' }>,
  client: 'native' | 'isomorphic',
  o: OpenOptions,
  dir: string,
): Promise<OpenedRepo> {
  const info = await stat(dir).catch((err: unknown) => {
    if (isErrno(err, 'ENOENT')) return null;
    throw unreadableWorkdir(dir, err);
  });
  if (info && !info.isDirectory()) {
    throw new EnvbootError('INVALID_INPUT', `--workdir ${dir} exists and is not a directory`, {
      field: 'workdir',
      hint: 'Name a new or empty directory.',
    });
  }
  const names = info
    ? await readdir(dir).catch((err: unknown) => {
        throw unreadableWorkdir(dir, err);
      })
    : null;
  if (names && names.length > 0) {
    throw new EnvbootError('INVALID_INPUT', `--workdir ${dir} exists and is not empty`, {
      field: 'workdir',
      hint: 'Name a new or empty directory; envboot never deletes or overwrites files there.',
    });
  }
  await mkdir(dir, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new EnvbootError('INVALID_INPUT', `cannot create --workdir ${dir}: ${err.code ?? err.message}`, {
      field: 'workdir',
    });
  });
  let listed: [string, TreeEntry[] | null];
  try {
    listed = await cloneAndList(spec, client, o, dir, true);
  } catch (err) {
    // Only what this run created is removed.
    if (!names) await rm(dir, { recursive: true, force: true });
    else
      for (const n of await readdir(dir).catch(ifAbsent([] as string[])))
        await rm(join(dir, n), { recursive: true, force: true });
    throw err;
  }
  const [commit, entries] = listed;
  const repo = await opened(client, join(dir, '.git'), commit, false, o, true, entries);
  return { ...repo, path: dir };
}

async function opened(
  client: 'native' | 'isomorphic',
  gitDir: string,
  commit: string,
  cached: boolean,
  o: OpenOptions,
  checkedOut = false,
  /** HEAD's tree, when it was listed already. */
  entries: TreeEntry[] | null = null,
): Promise<OpenedRepo> {
  const files =
    client === 'native'
      ? gitRepoFiles(o.git, {
          gitDir,
          entries: entries ?? (await listTree(o.git, gitDir, o.limits)),
          present: checkedOut ? 'all' : { recordFile: join(gitDir, 'envboot-blobs') },
          limits: o.limits,
        })
      : await isoRepoFiles(gitDir, o.limits);
  return { files, kind: 'url', path: gitDir, commit, cached, git: client, notes: [] };
}

/** Synchronous: a stat is microseconds, and a clone that waits for a busy event loop starts late. */
function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (err) {
    if (isErrno(err, 'ENOENT', 'ENOTDIR')) return false;
    throw err;
  }
}

/** Older commits of the same URL and ref are dropped once a newer one is in place (not while in use: 10 min). */
async function pruneOlder(keyDir: string, keep: string, log: Logger): Promise<void> {
  const now = Date.now();
  // Another run may prune the same entries at the same time: what is gone already is skipped.
  for (const name of await readdir(keyDir).catch(ifAbsent([] as string[]))) {
    const full = join(keyDir, name);
    if (full === keep) continue;
    const s = await stat(full).catch(ifAbsent(null));
    if (s && now - s.mtimeMs > 10 * 60_000) {
      await rm(full, { recursive: true, force: true }).catch((err: unknown) => {
        const code = errnoCode(err);
        if (code === null) throw err;
        log.warn(
          { dir: full, code },
          `could not remove an older cached clone (${code}); it is tried again next time`,
        );
      });
    }
  }
}

export function defaultCacheDir(env: Record<string, string | undefined>, home: string): string {
  const base =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(home, '.cache');
  return join(base, 'envboot', 'repos');
}
