// Files a person names on the command line (an envelope, user data, a public key, an env file, a plugin): read
// whole, but never more than a command can use, so a device that never ends (/dev/zero), a FIFO or a huge file is
// refused with a clear error instead of being read until memory runs out.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { EnvbootError, UsageError, type ErrorCode } from './errors.js';

export interface InputFileOptions {
  /** The flag it came from ("userdata"), for the message and the error's field. */
  field: string;
  /** The most bytes accepted. */
  maxBytes: number;
  /** The code of the error (default INVALID_INPUT). */
  code?: ErrorCode;
}

/** 1048576 → "1 MiB". */
export function formatSize(bytes: number): string {
  if (bytes >= 2 ** 20 && bytes % 2 ** 20 === 0) return `${bytes / 2 ** 20} MiB`;
  if (bytes >= 2 ** 10 && bytes % 2 ** 10 === 0) return `${bytes / 2 ** 10} KiB`;
  return `${bytes} bytes`;
}

function refusal(path: string, o: InputFileOptions, why: string): EnvbootError {
  const message = `cannot read --${o.field} ${path}: ${why}`;
  return o.code && o.code !== 'INVALID_INPUT'
    ? new EnvbootError(o.code, message, { field: o.field })
    : new UsageError(message, { field: o.field });
}

const reason = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

const CHUNK = 64 * 1024;

/** The chunks of one read, refused as soon as they hold more than `maxBytes` (shared by both readers below). */
function boundedChunks(path: string, o: InputFileOptions) {
  const chunks: Buffer[] = [];
  let total = 0;
  let current = Buffer.alloc(0);
  return {
    /** A buffer for the next read. */
    next(): Buffer {
      current = Buffer.alloc(CHUNK);
      return current;
    },
    /** Keeps what the last read put in the buffer; false at the end of the file. */
    add(bytesRead: number): boolean {
      if (bytesRead === 0) return false;
      total += bytesRead;
      if (total > o.maxBytes) throw refusal(path, o, `it holds more than ${formatSize(o.maxBytes)}`);
      chunks.push(current.subarray(0, bytesRead));
      return true;
    },
    whole: () => Buffer.concat(chunks),
  };
}

/** The whole file, or an error if it is not a readable file of at most `maxBytes`. */
export async function readInputFile(path: string, o: InputFileOptions): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw refusal(path, o, reason(err));
  }
  try {
    if ((await handle.stat()).isDirectory()) throw refusal(path, o, 'it is a directory');
    const into = boundedChunks(path, o);
    while (into.add(await handle.read(into.next(), 0, CHUNK, null).then((r) => r.bytesRead)));
    return into.whole();
  } catch (err) {
    if (err instanceof EnvbootError) throw err;
    throw refusal(path, o, reason(err));
  } finally {
    await handle.close();
  }
}

/** readInputFile for callers that cannot wait (a command's input built from its flags). */
export function readInputFileSync(path: string, o: InputFileOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw refusal(path, o, reason(err));
  }
  try {
    if (fstatSync(fd).isDirectory()) throw refusal(path, o, 'it is a directory');
    const into = boundedChunks(path, o);
    while (into.add(readSync(fd, into.next(), 0, CHUNK, null)));
    return into.whole();
  } catch (err) {
    if (err instanceof EnvbootError) throw err;
    throw refusal(path, o, reason(err));
  } finally {
    closeSync(fd);
  }
}

/** Checks, without reading it, that `path` is a regular file of at most `maxBytes` (for files others will read). */
export async function checkInputFile(path: string, o: InputFileOptions): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    throw refusal(path, o, reason(err));
  }
  if (!info.isFile()) throw refusal(path, o, 'it is not a regular file');
  if (info.size > o.maxBytes) throw refusal(path, o, `it holds more than ${formatSize(o.maxBytes)}`);
}
