// Flag errors found by yargs: a USAGE envelope on stdout (not at a terminal), one line on stderr, exit 2.
import { errorEnvelope, type Kind } from '../envelope.js';
import type { ErrorObject } from '../errors.js';
import { outputMode } from './human.js';
import { writeEnvelope, writeErrorLine, type CliIo } from './output.js';
import type { KnownNames } from './unknown.js';

export type { KnownNames };

/** The flag a yargs message is about, when it names one. */
export function flagInMessage(message: string): string | null {
  const patterns = [
    /Unknown arguments?: ([^,\s]+)/,
    /Missing required arguments?: ([^,\s]+)/,
    /Argument: ([^,\s]+), Given/,
    /Arguments ([^\s]+) and [^\s]+ are mutually exclusive/,
    /Not enough arguments following: ([^\s]+)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(message);
    if (match) return match[1]!;
  }
  return null;
}

/**
 * With `known`, unknown flags and commands are named as typed, with what was probably meant (loaded only then: a
 * command line that parses never needs it).
 */
export async function reportUsageError(
  command: string,
  kind: Kind,
  message: string,
  argv: string[],
  io?: CliIo,
  known?: KnownNames,
): Promise<number> {
  const unknown = known ? (await import('./unknown.js')).unknownError(message, argv, known) : null;
  const error: ErrorObject = {
    code: 'USAGE',
    message: unknown?.message ?? message.replace(/\s*\n\s*/g, ' ').trim(),
    retryable: false,
    field: unknown ? unknown.field : flagInMessage(message),
    hint: `Specify --help for available options: ${command} --help`,
    ...(unknown ? { details: unknown.details } : {}),
  };
  const flags = { json: argv.includes('--json'), pretty: argv.includes('--pretty') };
  // At a terminal the line on stderr says it all; the envelope goes where programs read it, or when asked for.
  const mode = io ? outputMode(flags, false) : outputMode(flags);
  if (mode !== 'human') await writeEnvelope(errorEnvelope({ kind }, error), mode === 'pretty', io);
  writeErrorLine(command, error, io);
  return 2;
}
