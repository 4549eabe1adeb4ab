// Who holds a lock: a process id alone is not enough, since the system gives a dead process's id to the next one
// it starts. Where /proc says when a process started (Linux), a lock names both, and a process with the same id
// that started at another moment is not the one that wrote the lock.
import { readFileSync } from 'node:fs';
import { isErrno } from '@envboot/core';

export interface ProcessIdentity {
  pid: number;
  /** When it started, in clock ticks after boot (field 22 of /proc/<pid>/stat); null where that is not known. */
  started: string | null;
}

/** When the process started, or null: no such process, or no /proc to ask. */
export function startedAt(pid: number): string | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (err) {
    if (isErrno(err, 'ENOENT') || isErrno(err, 'ENOTDIR') || isErrno(err, 'EACCES')) return null;
    throw err;
  }
  // The command name (field 2) is in parentheses and may hold spaces or parentheses itself: count from its end.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

/** What a lock file says: "<pid> <started>" (or a bare pid, as older locks and other systems write). */
export function lockText(identity: ProcessIdentity): string {
  return identity.started ? `${identity.pid} ${identity.started}` : String(identity.pid);
}

/** The process a lock file names, or null when it names none (a file left half-written, or damaged). */
export function parseLock(text: string): ProcessIdentity | null {
  const [pidText, started, ...rest] = text.trim().split(/\s+/);
  const pid = Number(pidText);
  if (rest.length > 0 || !Number.isInteger(pid) || pid <= 0 || pid >= 2 ** 31) return null;
  if (started !== undefined && !/^\d+$/.test(started)) return null;
  return { pid, started: started ?? null };
}

/** This process, as its lock files name it. */
export function self(): ProcessIdentity {
  return { pid: process.pid, started: startedAt(process.pid) };
}

/**
 * Whether the process a lock names still runs: its id is in use (one of another user's counts: it may not be
 * signalled, but it is there) and, when the lock says when it started, it started then.
 */
export function stillRunning(holder: ProcessIdentity): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if (isErrno(err, 'ESRCH')) return false;
    if (!isErrno(err, 'EPERM')) throw err;
  }
  if (holder.started === null) return true;
  const now = startedAt(holder.pid);
  return now === null || now === holder.started;
}
