// Reading one upstream envelope from stdin. A shell pipe (FIFO) or a file is read to its end, however long the
// upstream command takes; other non-terminal stdins (a socket left open by a parent process, ssh) are given a
// short grace period to start sending and are otherwise taken as "nothing came".
import { fstatSync, statSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { Readable } from 'node:stream';
import { UsageError } from './errors.js';
import { formatSize } from './files.js';
import { isErrno } from './system-errors.js';
import type { Envelope } from './envelope.js';
import { fieldName, validateEnvelope } from './validate.js';

export type StdinMode = 'auto' | 'always' | 'never';

export interface ReadStdinOptions {
  mode?: StdinMode;
  stream?: Readable & { isTTY?: boolean; fd?: number };
  /** How long a non-pipe stdin may stay silent before it is taken as empty (ms). */
  graceMs?: number;
  /** Stdin given as text by a caller running the CLI in its own process (`text` undefined: no stdin at all). */
  injected?: { text?: string };
  /** More than this is not an envelope (`yes | envboot …` would otherwise be read until memory runs out). */
  maxBytes?: number;
}

const DEFAULT_GRACE_MS = 300;
/** Far more than any envelope envboot prints. */
export const MAX_STDIN_BYTES = 32 * 2 ** 20;

/** The raw text on stdin, or undefined when there is none to read. */
export async function readStdinText(options: ReadStdinOptions = {}): Promise<string | undefined> {
  const mode = options.mode ?? 'auto';
  if (mode === 'never') return undefined;
  const maxBytes = options.maxBytes ?? MAX_STDIN_BYTES;
  if (options.injected) {
    const text = options.injected.text;
    if (text !== undefined && Buffer.byteLength(text) > maxBytes) throw tooMuch(maxBytes);
    return text;
  }
  // isatty(0) rather than process.stdin.isTTY: touching process.stdin would open the terminal for reading.
  if (mode === 'auto' && (options.stream ? options.stream.isTTY === true : isatty(0))) return undefined;
  // /dev/null, as programs and schedulers give a command: nothing can come, and no stream need be opened (~4 ms).
  if (!options.stream && isDevNull(0)) return undefined;
  const stream = options.stream ?? process.stdin;
  const grace = options.graceMs ?? (Number(process.env.ENVBOOT_STDIN_GRACE_MS) || DEFAULT_GRACE_MS);
  const waitForever = mode === 'always' || isPipeOrFile(stream);

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const finish = (value: string | undefined) => {
      settled = true;
      if (timer) clearTimeout(timer);
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      if (timer) {
        clearTimeout(timer);
        timer = undefined;
      }
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += bytes.length;
      if (size > maxBytes) {
        stream.off('data', onData);
        stream.off('end', onEnd);
        stream.off('error', onError);
        stream.pause();
        (stream as { unref?: () => void }).unref?.();
        reject(tooMuch(maxBytes));
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => finish(Buffer.concat(chunks).toString('utf8'));
    const onError = (err: Error) => {
      if (timer) clearTimeout(timer);
      reject(new UsageError(`could not read stdin: ${err.message}`, { field: 'stdin' }));
    };
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    if (!waitForever) {
      timer = setTimeout(() => {
        // A loop kept busy past the grace (code loading on a loaded machine) runs its timers before it reads: what
        // is already waiting is read first (the poll phase comes before setImmediate's), and only then is the
        // silence believed.
        setImmediate(() => {
          if (size > 0 || settled) return;
          stream.pause();
          (stream as { unref?: () => void }).unref?.();
          finish(undefined);
        });
      }, grace);
    }
  });
}

const MAX_DEPTH = 64;

/** Whether a parsed JSON value nests deeper than `max` (walked without recursion). */
function deeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

function tooMuch(maxBytes: number): UsageError {
  return new UsageError(`stdin holds more than ${formatSize(maxBytes)}: that is not an envelope`, {
    field: 'stdin',
    hint: 'Pipe the output of another envboot command, or use --no-stdin.',
  });
}

function isDevNull(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isCharacterDevice() && stat.rdev === statSync('/dev/null').rdev;
  } catch (err) {
    // A closed descriptor, or a system without /dev/null: not /dev/null.
    if (isErrno(err, 'EBADF', 'ENOENT')) return false;
    throw err;
  }
}

function isPipeOrFile(stream: { fd?: number }): boolean {
  if (typeof stream.fd !== 'number') return false;
  try {
    const stat = fstatSync(stream.fd);
    return stat.isFIFO() || stat.isFile();
  } catch (err) {
    if (isErrno(err, 'EBADF')) return false; // closed: nothing to read
    throw err;
  }
}

/** Parse and validate stdin text as one envelope. Empty text means no upstream. */
export function parseUpstream(text: string | undefined): Envelope | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new UsageError(`stdin is not a JSON envelope (${detail})`, {
      field: 'stdin',
      hint: 'Pipe the output of another envboot command, or use --no-stdin.',
    });
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UsageError('stdin is not a JSON envelope: expected an object', { field: 'stdin' });
  }
  if (deeperThan(doc, MAX_DEPTH)) {
    // Envelopes are a few levels deep; one nested thousands deep could not even be printed again.
    throw new UsageError(`stdin is not an envelope: it is nested more than ${MAX_DEPTH} levels deep`, {
      field: 'stdin',
      hint: 'Pipe the output of another envboot command, or use --no-stdin.',
    });
  }
  const result = validateEnvelope(doc);
  if (!result.valid) {
    const first = result.problems[0]!;
    const field = fieldName(first.path);
    throw new UsageError(`stdin envelope is invalid: ${field} ${first.message}`, {
      field,
      details: {
        problems: result.problems.slice(0, 10).map((p) => ({ field: fieldName(p.path), message: p.message })),
      },
      hint: 'Pipe an envelope printed by envboot (envboot validate checks one).',
    });
  }
  return doc as Envelope;
}

export async function readUpstream(options: ReadStdinOptions = {}): Promise<Envelope | undefined> {
  return parseUpstream(await readStdinText(options));
}
