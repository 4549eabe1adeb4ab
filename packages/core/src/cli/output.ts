// Writing results: the envelope on stdout, a one-line message for people on stderr.
import type { Envelope } from '../envelope.js';
import { serializeEnvelope } from '../envelope.js';
import type { ErrorObject } from '../errors.js';

/**
 * Where a command reads stdin and writes its output when a caller runs the CLI inside its own process (the
 * reliability tests do, thousands of times). Without it the process's own streams and signals are used.
 */
export interface CliIo {
  /** The whole of stdin; undefined: nothing on stdin, as on a terminal. */
  stdin?: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Aborting it stands in for Ctrl-C; no process signal handlers are installed. */
  interrupt?: AbortSignal;
}

export function writeEnvelope(envelope: Envelope, pretty: boolean, io?: CliIo): Promise<void> {
  return writeText(serializeEnvelope(envelope, pretty), io);
}

export function writeText(text: string, io?: CliIo): Promise<void> {
  if (io) {
    io.stdout(text);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
  });
}

/** "envboot capacity: unknown node type "x" [INVALID_INPUT] (hint: …)". One line, always. */
export function errorLine(command: string, error: ErrorObject): string {
  const hint = error.hint ? ` (${error.hint})` : '';
  return `${command}: ${error.message} [${error.code}]${hint}`.replace(/\s*\n\s*/g, ' ') + '\n';
}

export function writeErrorLine(command: string, error: ErrorObject, io?: CliIo): void {
  if (io) io.stderr(errorLine(command, error));
  else process.stderr.write(errorLine(command, error));
}
