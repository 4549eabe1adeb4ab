// allocate --repo: the repository put into a working directory, as the original api-5 did, through git-source, the
// code analyze gets repositories with too (its URL rules, size and time limits, credential handling, native git or
// isomorphic-git). git-source is loaded only when --repo is given. Nothing is ever deleted or overwritten that this
// run did not create.
import { constants } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import {
  EnvbootError,
  TimeoutError,
  errnoCode,
  isErrno,
  isInvalidUrl,
  isoUtc,
  type Checkout,
  type StepContext,
} from '@envboot/core';
import type * as GitSourceModule from '@envboot/git-source';
import type { SourceArgs, SourceInput, TreeEntry } from '@envboot/git-source';
import type { CheckoutRequest } from './input.js';

export interface PreparedCheckout {
  gitSource: typeof GitSourceModule;
  /** git-source's reading of the flags: repository, ref, limits, Git client and environment. */
  source: SourceInput;
  /** Absolute path of the files. */
  workdir: string;
  /** Whether files are put into workdir (false: a local directory used where it is). */
  copies: boolean;
}

export interface CheckoutResult {
  data: Checkout;
  /** The working directory was there (empty) before this run: only its contents are removed on undo. */
  existed: boolean;
}

export const PROVISION_FILE = 'provision.json';

/** Checks the flags with git-source's rules: a refused URL, bad branch or size fails before any cloud call. */
export async function prepareCheckout(req: CheckoutRequest): Promise<PreparedCheckout> {
  const gitSource = await import('@envboot/git-source');
  const args: SourceArgs = {
    repo: req.repo,
    ref: req.branch ?? undefined,
    timeout: req.timeout,
    maxSize: req.maxSize ?? undefined,
    allowLocalHttp: req.allowLocalHttp,
  };
  const source = await asBranchFlag(() => gitSource.toSourceInput(args, undefined, req));
  const spec = source.repo;
  const workdir = req.workdir
    ? resolve(req.cwd, req.workdir.replace(/^~(?=\/|$)/, req.home))
    : spec.kind === 'url'
      ? resolve(req.cwd, repositoryName(spec.display))
      : spec.path;
  if (spec.kind === 'local' && workdir !== spec.path && isInside(workdir, spec.path)) {
    throw new EnvbootError('INVALID_INPUT', `--workdir ${workdir} is inside --repo ${spec.path}`, {
      field: 'workdir',
      hint: 'Name a directory outside the repository, or leave out --workdir to use the directory where it is.',
    });
  }
  return { gitSource, source, workdir, copies: spec.kind === 'url' || workdir !== spec.path };
}

/** The last part of a URL's path without ".git": the directory `git clone` would make. */
export function repositoryName(url: string): string {
  let last = '';
  try {
    last = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
  } catch (err) {
    // Not a URL, or a malformed escape in its path: the fallback name below.
    if (!isInvalidUrl(err) && !(err instanceof URIError)) throw err;
  }
  const name = last.replace(/\.git$/i, '').replace(/[^A-Za-z0-9._-]+/g, '-');
  return name && name !== '.' && name !== '..' ? name : 'repository';
}

function isInside(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}

/** Gets the files (with --dry-run: only says where they would go, after checking that place). */
export async function checkOut(p: PreparedCheckout, ctx: StepContext): Promise<CheckoutResult> {
  const spec = p.source.repo;
  const ref = spec.kind === 'url' ? p.source.ref : null;
  if (spec.kind === 'local' && p.source.ref) ctx.log.warn('--branch is ignored for a local directory');
  const data: Checkout = {
    repo: spec.display,
    kind: spec.kind,
    ref,
    branch: ref,
    commit: null,
    workdir: p.workdir,
    copied: false,
    git: null,
  };
  if (!p.copies) return { data, existed: true };
  const existed = await checkWorkdir(p.workdir);
  if (ctx.dryRun) return { data, existed };

  const limits = {
    maxBytes: p.source.maxBytes,
    timeoutMs: p.source.timeoutMs,
    deadline: Date.now() + p.source.timeoutMs,
    signal: ctx.signal,
  };
  ctx.progress.update(`${spec.kind === 'url' ? 'cloning' : 'copying'} ${spec.display} into ${p.workdir}`);
  const opened = await asBranchFlag(() =>
    p.gitSource.openRepository(spec, {
      ref,
      workdir: spec.kind === 'url' ? p.workdir : null,
      cacheDir: p.source.cacheDir,
      gitClient: p.source.gitClient,
      git: p.source.git,
      limits,
      maxFiles: p.source.maxFiles,
      log: ctx.log,
    }),
  );
  if (spec.kind === 'local') {
    try {
      await copyFiles(opened.files.entries, spec.path, p.workdir, limits);
    } catch (err) {
      await undoCheckout({ data: { ...data, copied: true }, existed }, ctx.log);
      throw err;
    }
    return { data: { ...data, copied: true }, existed };
  }
  return {
    data: {
      ...data,
      branch: await headBranch(p.workdir),
      commit: opened.commit,
      git: opened.git,
      copied: true,
    },
    existed,
  };
}

/** The working directory must be new or empty (envboot never deletes or overwrites files there). */
async function checkWorkdir(dir: string): Promise<boolean> {
  const info = await stat(dir).catch((err: NodeJS.ErrnoException) => {
    if (isErrno(err, 'ENOENT')) return null;
    if (errnoCode(err) === null) throw err;
    throw new EnvbootError('INVALID_INPUT', `cannot read --workdir ${dir}: ${err.code}`, {
      field: 'workdir',
    });
  });
  if (!info) return false;
  if (!info.isDirectory()) {
    throw new EnvbootError('INVALID_INPUT', `--workdir ${dir} exists and is not a directory`, {
      field: 'workdir',
      hint: 'Name a new or empty directory.',
    });
  }
  const names = await readdir(dir).catch((err: NodeJS.ErrnoException) => {
    throw new EnvbootError('INVALID_INPUT', `cannot read --workdir ${dir}: ${err.code ?? err.message}`, {
      field: 'workdir',
    });
  });
  if (names.length > 0) {
    throw new EnvbootError('INVALID_INPUT', `--workdir ${dir} exists and is not empty`, {
      field: 'workdir',
      hint: 'Name a new or empty directory; envboot never deletes or overwrites files there.',
    });
  }
  return true;
}

/** The branch a clone's HEAD names (null when detached: a tag, or isomorphic-git's checkout of the commit). */
async function headBranch(workdir: string): Promise<string | null> {
  const head = await readFile(join(workdir, '.git', 'HEAD'), 'utf8').catch((err: unknown) => {
    if (isErrno(err, 'ENOENT', 'ENOTDIR')) return ''; // no HEAD file of its own there: no branch to name
    throw err;
  });
  return /^ref: refs\/heads\/(.+)$/m.exec(head)?.[1]?.trim() ?? null;
}

/** A local directory's files as git-source lists them (no version-control data, installed dependencies or links). */
async function copyFiles(
  entries: TreeEntry[],
  from: string,
  to: string,
  limits: { maxBytes: number; deadline: number; timeoutMs: number; signal: AbortSignal },
): Promise<void> {
  const total = entries.reduce((n, e) => n + (e.size ?? 0), 0);
  if (total > limits.maxBytes) {
    throw new EnvbootError(
      'REPO_UNAVAILABLE',
      `${from} holds ${total} bytes of files, more than the ${limits.maxBytes}-byte limit`,
      { field: 'repo', hint: 'Raise --max-size.', details: { bytes: total, max_bytes: limits.maxBytes } },
    );
  }
  await mkdir(to, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw new EnvbootError('INVALID_INPUT', `cannot create --workdir ${to}: ${err.code ?? err.message}`, {
      field: 'workdir',
    });
  });
  const failed = (path: string) => (err: NodeJS.ErrnoException) => {
    throw new EnvbootError(
      'REPO_UNAVAILABLE',
      `cannot copy ${path} from ${from}: ${err.code ?? err.message}`,
      {
        field: 'repo',
      },
    );
  };
  const dirs = [...new Set(entries.map((e) => dirname(e.path)))].filter((d) => d !== '.').sort();
  for (const d of dirs) await mkdir(join(to, d), { recursive: true }).catch(failed(d));
  const BATCH = 32;
  for (let i = 0; i < entries.length; i += BATCH) {
    limits.signal.throwIfAborted();
    if (Date.now() > limits.deadline) {
      throw new TimeoutError(
        `copying ${from} did not finish within ${Math.round(limits.timeoutMs / 1000)} s`,
        {
          hint: 'Raise --timeout.',
        },
      );
    }
    await Promise.all(
      entries
        .slice(i, i + BATCH)
        .map((e) =>
          copyFile(join(from, e.path), join(to, e.path), constants.COPYFILE_EXCL).catch(failed(e.path)),
        ),
    );
  }
}

/**
 * What the original api-5 wrote next to the code: {reservation_id, repo, branch, workdir, timestamp}. A
 * provision.json of the repository's own is kept as it is (null: nothing written).
 */
export async function writeProvisionFile(
  c: Checkout,
  leaseId: string,
  log: StepContext['log'],
  now = new Date(),
): Promise<string | null> {
  const file = join(c.workdir, PROVISION_FILE);
  const content = {
    reservation_id: leaseId,
    repo: c.repo,
    branch: c.branch ?? c.ref,
    workdir: c.workdir,
    commit: c.commit,
    timestamp: isoUtc(now),
  };
  try {
    await writeFile(file, `${JSON.stringify(content, null, 2)}\n`, { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      log.warn(
        { file },
        `the repository has a ${PROVISION_FILE} of its own: it is kept, and none is written`,
      );
      return null;
    }
    throw new EnvbootError('INVALID_INPUT', `cannot write ${file}: ${code ?? String(err)}`, {
      field: 'workdir',
    });
  }
  return file;
}

/**
 * Removes what checkOut put there, when a later part of the step failed: the command leaves nothing behind. What
 * cannot be removed is said on the log; the step's own failure is the one reported.
 */
export async function undoCheckout(result: CheckoutResult, log: StepContext['log']): Promise<void> {
  if (!result.data.copied) return;
  const dir = result.data.workdir;
  const cannot = (path: string) => (err: unknown) => {
    const code = errnoCode(err);
    if (code === null) throw err;
    log.warn({ path, code }, `could not remove ${path} (${code}): remove it by hand`);
  };
  if (!result.existed) return rm(dir, { recursive: true, force: true }).catch(cannot(dir));
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (!isErrno(err, 'ENOENT')) cannot(dir)(err); // else removed already
  }
  for (const name of names) {
    const path = join(dir, name);
    await rm(path, { recursive: true, force: true }).catch(cannot(path));
  }
}

/** git-source calls the branch --ref (analyze's flag); allocate calls it --branch, as the original api-5 did. */
async function asBranchFlag<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof EnvbootError) || err.field !== 'ref') throw err;
    const rename = (text: string | null) => text?.replace(/--ref\b/g, '--branch') ?? null;
    throw new EnvbootError(err.code, rename(err.message)!, {
      hint: rename(err.hint),
      field: 'branch',
      details: err.details,
      retryable: err.retryable,
      cause: err,
    });
  }
}
