// The token cache shared by processes, so that a pipe of five commands authenticates once:
// $XDG_CACHE_HOME/envboot/tokens/<key>.json, directories 0700 and files 0600, written atomically.
// A file holds the token, its expiry, the catalog and the user's and project's ids and names. Nothing else.
// The files are read and written synchronously: each call is microseconds on a small local file, while waiting for
// the event loop between them (busy loading code at start-up) would hold the first request back.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@envboot/core';
import { errnoCode, isErrno, registerSecret } from '@envboot/core';
import type { Catalog } from '../keystone/catalog.js';
import type { Principal, Token } from '../keystone/tokens.js';
import { fileKey } from './key.js';

interface CachedToken {
  v: 1;
  token: string;
  expires_at: string;
  local_expires_at: number;
  lifetime_ms: number;
  user: Principal;
  project: Principal | null;
  catalog: Catalog;
}

export interface FileTokenCache {
  readonly dir: string;
  get(memoryKey: string): Promise<Token | null>;
  put(memoryKey: string, token: Token): Promise<void>;
  /** Remove the cached token, unless another process has already replaced it. */
  drop(memoryKey: string, value: string | null): Promise<void>;
}

const uid = typeof process.getuid === 'function' ? process.getuid() : null;

/** A cache directory that must not be used (another user's, or a damaged key): the cache is left out. */
class UnusableCache extends Error {}

/** A directory only we can enter: created 0700, or tightened to 0700 if it exists and is ours. */
function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const s = statSync(dir);
  if (uid !== null && s.uid !== uid) throw new UnusableCache(`${dir} belongs to another user`);
  if ((s.mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

function localKey(dir: string): Buffer {
  const file = join(dir, '.key');
  try {
    writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const key = readFileSync(file);
  if (key.length < 32) throw new UnusableCache(`${file} is damaged`);
  return key;
}

function toRecord(token: Token): CachedToken {
  return {
    v: 1,
    token: token.value,
    expires_at: token.expiresAt,
    local_expires_at: token.localExpiresAt,
    lifetime_ms: token.lifetimeMs,
    user: token.user,
    project: token.project,
    catalog: token.catalog,
  };
}

function fromRecord(r: CachedToken): Token | null {
  if (r?.v !== 1 || typeof r.token !== 'string' || !r.user?.id || !Array.isArray(r.catalog)) return null;
  registerSecret(r.token);
  return {
    value: r.token,
    expiresAt: r.expires_at,
    localExpiresAt: r.local_expires_at,
    lifetimeMs: r.lifetime_ms,
    methods: [],
    user: r.user,
    project: r.project ?? null,
    catalog: r.catalog,
  };
}

/** The cache under `cacheDir`, or null (with a debug line) when it cannot be made private. */
export async function openFileCache(cacheDir: string, log?: Logger): Promise<FileTokenCache | null> {
  const dir = join(cacheDir, 'tokens');
  let key: Buffer;
  try {
    privateDir(cacheDir);
    privateDir(dir);
    key = localKey(dir);
  } catch (err) {
    // Not ours, or a place that cannot be written (a read-only home): each command authenticates by itself.
    if (!(err instanceof UnusableCache) && errnoCode(err) === null) throw err;
    log?.debug({ dir, reason: (err as Error).message }, 'token cache unavailable; authenticating without it');
    return null;
  }
  const fileOf = (memoryKey: string) => join(dir, `${fileKey(memoryKey, key)}.json`);

  function read(file: string): CachedToken | null {
    try {
      const s = statSync(file);
      // A file others could have written or read is not trusted.
      if ((s.mode & 0o077) !== 0 || (uid !== null && s.uid !== uid)) return null;
      return JSON.parse(readFileSync(file, 'utf8')) as CachedToken;
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return null; // nothing cached under this key yet
      // A damaged or unreadable file is not used: the token is asked for again, and the file written anew.
      if (!(err instanceof SyntaxError) && errnoCode(err) === null) throw err;
      log?.debug({ file, reason: (err as Error).message }, 'token cache file unusable; authenticating again');
      return null;
    }
  }

  return {
    dir,
    async get(memoryKey) {
      const record = read(fileOf(memoryKey));
      return record ? fromRecord(record) : null;
    },
    async put(memoryKey, token) {
      const file = fileOf(memoryKey);
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeFileSync(tmp, JSON.stringify(toRecord(token)), { mode: 0o600, flag: 'wx' });
        renameSync(tmp, file);
      } catch (err) {
        try {
          unlinkSync(tmp);
        } catch (e) {
          if (!isErrno(e, 'ENOENT')) throw e; // else never written
        }
        // A full disk or a directory removed meanwhile: the next command authenticates again.
        if (errnoCode(err) === null) throw err;
        log?.debug({ reason: (err as Error).message }, 'could not write the token cache');
      }
    },
    async drop(memoryKey, value) {
      const file = fileOf(memoryKey);
      const record = read(file);
      if (record && (value === null || record.token === value)) {
        try {
          unlinkSync(file);
        } catch (err) {
          if (!isErrno(err, 'ENOENT')) throw err; // else gone already
        }
      }
    },
  };
}
