// Writing results: the envelope on stdout, a one-line message for people on stderr.
import type { Envelope } from '../envelope.js';
import { serializeEnvelope } from '../envelope.js';
import type { ErrorObject } from '../errors.js';

export function writeEnvelope(envelope: Envelope, pretty: boolean): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(serializeEnvelope(envelope, pretty), () => resolve());
  });
}

export function writeText(text: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
  });
}

/** "envboot capacity: unknown node type "x" [INVALID_INPUT] (hint: …)". One line, always. */
export function errorLine(command: string, error: ErrorObject): string {
  const hint = error.hint ? ` (${error.hint})` : '';
  return `${command}: ${error.message} [${error.code}]${hint}`.replace(/\s*\n\s*/g, ' ') + '\n';
}

export function writeErrorLine(command: string, error: ErrorObject): void {
  process.stderr.write(errorLine(command, error));
}
