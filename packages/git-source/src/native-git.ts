// Native git, locked down: https only (http for loopback only when asked), no prompts, no hooks, no submodules,
// a shallow single-branch blobless fetch, and blobs read in one batch with `cat-file --batch`.
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { appendFile, readFile, readdir, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { EnvbootError, InterruptedError, isErrno, scrubText, scrubUrl } from '@envboot/core';
import type { RepoFiles, TreeEntry } from './files.js';
import { remainingMs, timedOut, tooBig, type FetchLimits } from './limits.js';
import { replaceUrls } from './urls.js';

export interface GitEnv {
  /** Environment for git children (PATH, HOME, proxies): already stripped of secrets and GIT_* variables. */
  env: Record<string, string>;
  /** Allow http:// (the caller has checked that the host is the loopback interface). */
  allowHttp: boolean;
}

interface GitRun {
  stdout: Buffer;
  stderr: string;
}

interface RunOptions {
  cwd?: string;
  input?: string;
  limits: FetchLimits;
  /** Directory whose size is watched during the command (a fetch writing packs). */
  watch?: string;
  what: string;
  /** Exit codes other than 0 that are not failures. */
  okCodes?: number[];
}

function securityArgs(g: GitEnv): string[] {
  return [
    '-c', 'protocol.allow=never',
    '-c', 'protocol.https.allow=always',
    ...(g.allowHttp ? ['-c', 'protocol.http.allow=always'] : []),
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'core.fsmonitor=false',
    '-c', 'core.askPass=',
    '-c', 'credential.interactive=false',
    '-c', 'submodule.recurse=false',
    '-c', 'fetch.recurseSubmodules=false',
    '-c', 'advice.detachedHead=false',
    // A cache entry lives minutes: no `git maintenance` process after each fetch.
    '-c', 'maintenance.auto=false',
    '-c', 'gc.auto=0',
  ]; // prettier-ignore
}

function childEnv(g: GitEnv): NodeJS.ProcessEnv {
  return { ...g.env, GIT_TERMINAL_PROMPT: '0', GIT_PROTOCOL_FROM_USER: '0', LC_ALL: 'C' };
}

/**
 * Whether an executable git is on PATH: looked up rather than run, as starting a process costs more than the answer,
 * and looked up synchronously (a few access() calls), so that a clone starts at once even when the event loop is
 * busy loading code.
 */
export function gitOnPath(g: GitEnv): boolean {
  return (g.env.PATH ?? '').split(delimiter).some((dir) => {
    if (!dir.startsWith('/')) return false;
    try {
      accessSync(join(dir, 'git'), constants.X_OK);
      return true;
    } catch (err) {
      // No git there, or none this user may run.
      if (isErrno(err, 'ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'ELOOP', 'ENAMETOOLONG')) return false;
      throw err;
    }
  });
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  let names;
  try {
    names = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (isErrno(err, 'ENOENT')) return 0; // not made yet
    throw err;
  }
  for (const d of names) {
    const full = join(dir, d.name);
    if (d.isDirectory()) total += await dirSize(full);
    else
      total += await stat(full).then(
        (s) => s.size,
        (err: unknown) => {
          if (isErrno(err, 'ENOENT')) return 0; // a temporary file git has renamed or removed since
          throw err;
        },
      );
  }
  return total;
}

function runGit(g: GitEnv, args: string[], options: RunOptions): Promise<GitRun> {
  const { limits } = options;
  return new Promise((resolve, reject) => {
    if (limits.signal?.aborted) return reject(new InterruptedError());
    const child = spawn('git', [...securityArgs(g), ...args], {
      cwd: options.cwd,
      env: childEnv(g),
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so the https helper it starts dies with it.
      detached: true,
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    let failure: Error | null = null;
    const stop = (err: Error) => {
      failure ??= err;
      if (child.pid === undefined) return; // never started: its 'error' event ends the run
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch (e) {
        if (!isErrno(e, 'ESRCH')) throw e;
        child.kill('SIGKILL'); // its group is gone already
      }
    };
    const timer = setTimeout(() => stop(timedOut(limits, options.what)), remainingMs(limits));
    const onAbort = () => stop(new InterruptedError());
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    let watching = false;
    const watcher = options.watch
      ? setInterval(() => {
          if (watching) return;
          watching = true;
          void dirSize(options.watch!).then(
            (size) => {
              watching = false;
              if (size > limits.maxBytes) stop(tooBig(limits.maxBytes, size));
            },
            (err: Error) => stop(err),
          );
        }, 100)
      : null;
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
    child.on('error', (err) => {
      failure ??= new EnvbootError('REPO_UNAVAILABLE', `git could not be started: ${err.message}`);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (watcher) clearInterval(watcher);
      limits.signal?.removeEventListener('abort', onAbort);
      if (failure) return reject(failure);
      if (code !== 0 && !(options.okCodes ?? []).includes(code ?? -1)) {
        return reject(gitFailure(options.what, stderr));
      }
      const result = { stdout: Buffer.concat(chunks), stderr };
      if (!options.watch) return resolve(result);
      // A fetch quicker than the watcher's period is still held to the cap.
      void dirSize(options.watch).then(
        (size) => (size > limits.maxBytes ? reject(tooBig(limits.maxBytes, size)) : resolve(result)),
        reject,
      );
    });
  });
}

/** git's complaint, as an error a person can act on (never with credentials in it). */
function gitFailure(what: string, stderr: string): EnvbootError {
  const text = scrubText(replaceUrls(stderr, (u) => scrubUrl(u.replace(/['"]$/, ''))));
  const line =
    text
      .split('\n')
      .map((l) => l.replace(/^(fatal|error|remote):\s*/i, '').trim())
      .filter(Boolean)
      .find((l) => !/^warning/i.test(l)) ?? 'git failed';
  let hint = 'Check the URL and the ref, and that the repository is public (or put a token in the URL).';
  if (/could not read (username|password)|authentication failed|terminal prompts disabled/i.test(text)) {
    hint = 'The server asked for credentials: the repository is private or does not exist.';
  } else if (/remote branch .* not found|couldn't find remote ref/i.test(text)) {
    hint = 'No branch or tag has that name; leave out --ref for the default branch.';
  } else if (/could not resolve host|connection refused|timed out|failed to connect/i.test(text)) {
    hint = 'The Git server could not be reached.';
  }
  return new EnvbootError('REPO_UNAVAILABLE', `${what} failed: ${line}`, {
    hint,
    retryable: /reach/.test(hint),
  });
}

/** The commit a ref (or the default branch) points at on the remote, without fetching anything. */
export async function remoteCommit(
  g: GitEnv,
  url: string,
  ref: string | null,
  limits: FetchLimits,
): Promise<string | null> {
  const patterns = ref ? [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/tags/${ref}^{}`] : ['HEAD'];
  const { stdout } = await runGit(g, ['ls-remote', '--', url, ...patterns], {
    limits,
    what: 'git ls-remote',
  });
  const lines = stdout
    .toString('utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((p): p is [string, string] => p.length === 2);
  const find = (name: string) => lines.find(([, n]) => n === name)?.[0] ?? null;
  if (!ref) return find('HEAD');
  return find(`refs/heads/${ref}`) ?? find(`refs/tags/${ref}^{}`) ?? find(`refs/tags/${ref}`);
}

export interface CloneOptions {
  url: string;
  ref: string | null;
  dir: string;
  /** Check the files out (for --workdir); otherwise a bare repository with no blobs at all. */
  checkout: boolean;
  limits: FetchLimits;
}

/** Shallow, single-branch, blobless clone: commits and trees only, blobs come later on demand. */
export async function cloneBlobless(g: GitEnv, o: CloneOptions): Promise<void> {
  const args = [
    'clone',
    '--quiet',
    '--depth', '1',
    '--single-branch',
    '--no-tags',
    '--filter=blob:none',
    o.checkout ? '--no-recurse-submodules' : '--bare',
    ...(o.ref ? ['--branch', o.ref] : []),
    '--',
    o.url,
    o.dir,
  ]; // prettier-ignore
  await runGit(g, args, { limits: o.limits, watch: o.dir, what: 'git clone' });
}

/** HEAD's commit: read from the repository's own files when they are plain (no process), else by `git rev-parse`. */
export async function headCommit(g: GitEnv, gitDir: string, limits: FetchLimits): Promise<string> {
  const known = headFromFiles(gitDir);
  if (known) return known;
  const { stdout } = await runGit(g, ['--git-dir', gitDir, 'rev-parse', 'HEAD'], {
    limits,
    what: 'git rev-parse',
  });
  return stdout.toString('utf8').trim();
}

const OBJECT_ID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

/**
 * HEAD as a fresh clone writes it: a commit id (a tag was cloned), or `ref: refs/heads/<branch>` with the branch
 * in its own file or in packed-refs. Anything else (another ref storage, a damaged file) is left to git: null.
 */
export function headFromFiles(gitDir: string): string | null {
  const read = (name: string) => {
    try {
      return readFileSync(join(gitDir, name), 'utf8');
    } catch (err) {
      if (isErrno(err, 'ENOENT', 'ENOTDIR', 'EISDIR')) return null; // not kept in that file
      throw err;
    }
  };
  const head = read('HEAD')?.trim() ?? '';
  if (OBJECT_ID.test(head)) return head;
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
  if (!ref || ref.includes('..')) return null;
  const loose = read(ref)?.trim() ?? '';
  if (OBJECT_ID.test(loose)) return loose;
  for (const line of (read('packed-refs') ?? '').split('\n')) {
    const [id, name] = line.trim().split(' ');
    if (name === ref && id && OBJECT_ID.test(id)) return id;
  }
  return null;
}

/** Every file of HEAD's tree (regular files and executables; no submodules or links). */
export async function listTree(g: GitEnv, gitDir: string, limits: FetchLimits): Promise<TreeEntry[]> {
  const { stdout } = await runGit(g, ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--full-tree', 'HEAD'], {
    limits,
    what: 'git ls-tree',
  });
  const entries: TreeEntry[] = [];
  for (const record of stdout.toString('utf8').split('\0')) {
    // "<mode> <type> <oid>\t<path>"
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = record.slice(0, tab).split(' ');
    if (type !== 'blob' || mode === '120000' || !oid) continue;
    entries.push({ path: record.slice(tab + 1), size: null, oid });
  }
  return entries;
}

/** Fetch the given blobs from the remote in one request (as git's own lazy fetch does, but batched). */
async function fetchBlobs(g: GitEnv, gitDir: string, oids: string[], limits: FetchLimits): Promise<void> {
  if (oids.length === 0) return;
  await runGit(
    g,
    [
      '--git-dir', gitDir,
      '-c', 'fetch.negotiationAlgorithm=noop',
      'fetch', 'origin',
      '--quiet', '--no-tags', '--no-write-fetch-head', '--recurse-submodules=no', '--filter=blob:none',
      '--stdin',
    ],
    { limits, input: `${oids.join('\n')}\n`, watch: join(gitDir, 'objects'), what: 'git fetch (file contents)' },
  ); // prettier-ignore
}

/** Contents of blobs by id, in one `cat-file --batch` process. */
async function catBlobs(
  g: GitEnv,
  gitDir: string,
  oids: string[],
  limits: FetchLimits,
): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  if (oids.length === 0) return out;
  const { stdout } = await runGit(g, ['--git-dir', gitDir, 'cat-file', '--batch'], {
    limits,
    input: `${oids.join('\n')}\n`,
    what: 'git cat-file',
  });
  let pos = 0;
  while (pos < stdout.length) {
    const nl = stdout.indexOf(10, pos);
    if (nl < 0) break;
    const header = stdout.subarray(pos, nl).toString('utf8').split(' ');
    pos = nl + 1;
    if (header[1] === 'missing' || header.length < 3) continue;
    const size = Number(header[2]);
    out.set(header[0]!, stdout.subarray(pos, pos + size));
    pos += size + 1;
  }
  return out;
}

export interface GitRepoOptions {
  gitDir: string;
  entries: TreeEntry[];
  /**
   * Which blobs are already here: none (a fresh blobless clone), all (a checkout), or those listed in a file
   * that each run appends the blobs it fetched to (a reused cache entry).
   */
  present: 'none' | 'all' | { recordFile: string };
  limits: FetchLimits;
}

/** The blob ids a record file lists (one per line); a missing record (nothing fetched yet) lists none. */
async function recorded(file: string): Promise<Set<string>> {
  const text = await readFile(file, 'utf8').catch((err: unknown) => {
    if (isErrno(err, 'ENOENT')) return '';
    throw err;
  });
  return new Set(text.split('\n').filter((l) => /^[0-9a-f]{40,64}$/.test(l)));
}

/** A blobless clone as RepoFiles: reads fetch what is missing in one batch, then read locally. */
export function gitRepoFiles(g: GitEnv, o: GitRepoOptions): RepoFiles {
  const byPath = new Map(o.entries.map((e) => [e.path, e]));
  const record = typeof o.present === 'object' ? o.present.recordFile : null;
  let have: Set<string> | null = o.present === 'none' ? new Set() : null;
  return {
    entries: o.entries,
    read: async (paths) => {
      const wanted = paths.map((p) => byPath.get(p)).filter((e): e is TreeEntry => Boolean(e?.oid));
      const oids = [...new Set(wanted.map((e) => e.oid!))];
      if (o.present !== 'all') {
        have ??= record ? await recorded(record) : new Set();
        const known = have;
        const toFetch = oids.filter((oid) => !known.has(oid));
        await fetchBlobs(g, o.gitDir, toFetch, o.limits);
        for (const oid of toFetch) known.add(oid);
        // Remembered for the next run on this cache entry (a blob wrongly listed is fetched lazily by git), unless
        // another run has pruned the entry meanwhile.
        if (record && toFetch.length)
          await appendFile(record, `${toFetch.join('\n')}\n`).catch((err: unknown) => {
            if (!isErrno(err, 'ENOENT')) throw err;
          });
      }
      const blobs = await catBlobs(g, o.gitDir, oids, o.limits);
      const out = new Map<string, Buffer>();
      for (const e of wanted) {
        const blob = blobs.get(e.oid!);
        if (blob) out.set(e.path, blob);
      }
      return out;
    },
  };
}
