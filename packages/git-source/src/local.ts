// A local directory read as it is: a walk for the file list (sizes come free with it), reads from disk.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { EnvbootError, errnoCode, isErrno } from '@envboot/core';
import type { RepoFiles, TreeEntry } from './files.js';

/** Directories never walked: version control data, installed dependencies and caches, not the project. */
const SKIP_DIRS = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.nox',
  '.mypy_cache',
  '.pytest_cache',
  '.ipynb_checkpoints',
  '.julia',
  '.cache',
]);

export interface LocalOptions {
  /** Stop listing after this many files (the rest of the tree is not looked at). */
  maxFiles: number;
  signal?: AbortSignal;
  /** Told of each directory or file (relative path) that is there but could not be read: it is left out. */
  onUnreadable?: (path: string, code: string) => void;
}

/** Not there any more (removed or replaced since it was listed): simply left out. */
const GONE = ['ENOENT', 'ENOTDIR', 'EISDIR'];
/** There, but not ours to read: left out, and said. */
const DENIED = ['EACCES', 'EPERM'];

export interface LocalRepo extends RepoFiles {
  truncated: boolean;
}

export async function openLocal(root: string, options: LocalOptions): Promise<LocalRepo> {
  const entries: TreeEntry[] = [];
  let truncated = false;
  const queue: string[] = [root];
  while (queue.length > 0 && !truncated) {
    options.signal?.throwIfAborted();
    const dir = queue.shift()!;
    let names;
    try {
      names = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      const code = errnoCode(err);
      if (dir === root && code !== null) {
        throw new EnvbootError('INVALID_INPUT', `cannot read --repo ${root}: ${code}`, {
          field: 'repo',
          hint: 'Give a directory you can read, or an https URL.',
        });
      }
      if (isErrno(err, ...DENIED)) options.onUnreadable?.(toPosix(relative(root, dir)), code!);
      else if (!isErrno(err, ...GONE)) throw err;
      continue;
    }
    names.sort((a, b) => (a.name < b.name ? -1 : 1));
    const files = [];
    for (const d of names) {
      const full = join(dir, d.name);
      if (d.isDirectory()) {
        if (!SKIP_DIRS.has(d.name)) queue.push(full);
      } else if (d.isFile()) {
        files.push(full);
      }
      // Symbolic links are not followed: they could point anywhere on the machine.
    }
    const sizes = await Promise.all(
      files.map((f) =>
        lstat(f).then(
          (s) => s.size,
          (err: unknown) => {
            // Gone since the listing, or in a directory that can be listed but not entered: size unknown.
            if (isErrno(err, ...GONE, ...DENIED)) return null;
            throw err;
          },
        ),
      ),
    );
    files.forEach((full, i) => {
      if (entries.length >= options.maxFiles) {
        truncated = true;
        return;
      }
      entries.push({ path: toPosix(relative(root, full)), size: sizes[i] ?? null });
    });
  }
  entries.sort((a, b) => (a.path < b.path ? -1 : 1));
  const known = new Set(entries.map((e) => e.path));
  return {
    entries,
    truncated,
    read: async (paths) => {
      const out = new Map<string, Buffer>();
      await Promise.all(
        paths
          .filter((p) => known.has(p))
          .map(async (p) => {
            try {
              out.set(p, await readFile(join(root, p)));
            } catch (err) {
              if (isErrno(err, ...DENIED)) options.onUnreadable?.(p, errnoCode(err)!);
              else if (!isErrno(err, ...GONE)) throw err;
            }
          }),
      );
      return out;
    },
  };
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
