// ccauth's refresh-token file, shared with ccauth and every OpenStack client that uses it:
// {"refresh_token": "...", "cached_at": <unix seconds>}, mode 0600, replaced atomically (temporary file + rename).
// A lock file next to it keeps two processes from refreshing at once: with rotation, the second would send a token
// the first has just used up.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AuthError, registerSecret } from '@envboot/core';
import { sleepReal } from '../clock.js';

/** How long a lock may be held before it is taken as left behind by a process that died. */
const STALE_LOCK_MS = 60_000;
const LOCK_POLL_MS = 100;

function damaged(file: string, why: string): AuthError {
  return new AuthError(`the login file ${file} cannot be used: ${why}`, {
    code: 'AUTH',
    hint: 'Log in again with `envboot login` (or `ccauth login`); it replaces the file.',
    details: { file },
  });
}

/** The refresh token in the file, or null when there is none (no file yet, or logged out). */
export function readRefreshToken(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw damaged(file, code ?? String(err));
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw damaged(file, 'it is not JSON');
  }
  const token = (doc as { refresh_token?: unknown } | null)?.refresh_token;
  if (token === undefined || token === null || token === '') return null;
  if (typeof token !== 'string') throw damaged(file, 'refresh_token is not a string');
  registerSecret(token);
  return token;
}

/** Replaces the file with a new token: written 0600 under a unique name, then renamed over it. */
export function writeRefreshToken(file: string, token: string, nowMs: number = Date.now()): void {
  registerSecret(token);
  const tmp = join(dirname(file), `.refresh_token.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // ccauth creates the directory with the default umask; so do we.
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ refresh_token: token, cached_at: nowMs / 1000 }), {
      mode: 0o600,
      flag: 'wx',
    });
    renameSync(tmp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!code) throw err;
    try {
      unlinkSync(tmp);
    } catch (cleanup) {
      // No temporary file was made (the directory could not be created or written).
      if (!['ENOENT', 'ENOTDIR', 'EACCES'].includes((cleanup as NodeJS.ErrnoException).code ?? ''))
        throw cleanup;
    }
    throw new AuthError(`cannot write the login file ${file}: ${code}`, {
      code: 'AUTH_CONFIG',
      field: 'CC_LOGIN_STATE',
      hint: 'Check that the directory is writable, or point CC_LOGIN_STATE at one that is.',
    });
  }
}

/** Removes a file; no file is fine. */
function removeFile(file: string): void {
  try {
    unlinkSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** Removes the login (log out); no file is fine. */
export function removeRefreshToken(file: string): void {
  removeFile(file);
}

function lockAge(lock: string): number | null {
  try {
    return Date.now() - statSync(lock).mtimeMs;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Runs `fn` while holding `<file>.lock` (created exclusively). Another process's lock is waited for; one older than
 * a minute was left by a process that died and is taken over.
 */
export async function withLoginLock<T>(file: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const lock = `${file}.lock`;
  const unusable = (err: unknown) =>
    new AuthError(
      `cannot create the lock file ${lock}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
      {
        code: 'AUTH_CONFIG',
        field: 'CC_LOGIN_STATE',
        hint: 'Check that the directory is writable, or point CC_LOGIN_STATE at one that is.',
      },
    );
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    if (!(err as NodeJS.ErrnoException).code) throw err;
    throw unusable(err);
  }
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { mode: 0o600, flag: 'wx' });
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!code) throw err;
      if (code !== 'EEXIST') throw unusable(err);
    }
    const age = lockAge(lock);
    if (age !== null && age > STALE_LOCK_MS) removeFile(lock);
    else await sleepReal(LOCK_POLL_MS, signal);
  }
  try {
    return await fn();
  } finally {
    removeFile(lock);
  }
}
