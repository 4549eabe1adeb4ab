// A reader that goes away (`| head -c 50`, `| true`, a jq that fails) ends the command the way it ends a Unix tool
// killed by SIGPIPE, git and gh included: quietly, with status 141 (128 + 13), never with a stack trace.
import { isErrno } from '../system-errors.js';

/** The status of a command whose stdout or stderr lost its reader, as a shell reports one killed by SIGPIPE. */
export const CLOSED_OUTPUT_STATUS = 141;

let guarded = false;
let closed = false;
let end: () => void = () => process.exit(CLOSED_OUTPUT_STATUS);

/** EPIPE ends the command; any other write error stays the crash it was. */
function onStreamError(err: unknown): void {
  if (!isErrno(err, 'EPIPE')) throw err;
  outputLost();
}

function outputLost(): void {
  if (closed) return;
  closed = true;
  end();
}

/** From now on, a write to a stdout or stderr without a reader ends the process with CLOSED_OUTPUT_STATUS. */
export function endOnClosedOutput(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', onStreamError);
}

/**
 * For another writer of fd 2 (the logger's): its EPIPE ends the command like one on process.stderr. Its other
 * errors are left to it.
 */
export function onLogWriteError(err: unknown): void {
  if (guarded && isErrno(err, 'EPIPE')) outputLost();
}

/**
 * What a lost reader does instead of ending the process at once: `stop` winds the command down (the simulator
 * closes its server and saves its state), and the command then returns CLOSED_OUTPUT_STATUS itself.
 */
export function whenOutputCloses(stop: () => void): void {
  end = stop;
  if (closed) stop();
}

/** Whether a write to stdout or stderr has failed for want of a reader (its 'error' event may still be coming). */
export function outputClosed(): boolean {
  return closed || [process.stdout, process.stderr].some((s) => isErrno(s.errored, 'EPIPE'));
}
