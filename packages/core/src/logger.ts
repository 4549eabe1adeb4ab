// The logger: pino on stderr (stdout carries only the envelope), readable on a terminal, JSON lines otherwise,
// with secrets redacted by key path and every registered secret value scrubbed from each line.
import { pino, type Logger, type LevelWithSilent } from 'pino';
import { onLogWriteError } from './cli/closed-output.js';
import { LOG_REDACT_PATHS, REDACTED, scrubText } from './redact.js';

export type { Logger };
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  name?: string;
  level?: LogLevel | string;
  /** Where lines go (tests); default fd 2. */
  destination?: NodeJS.WritableStream | { write(s: string): void };
}

export interface CliLoggerOptions extends LoggerOptions {
  /** Human-readable lines; default: when stderr is a terminal (and ENVBOOT_LOG_FORMAT is not json). */
  pretty?: boolean;
}

export function resolveLogLevel(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): LogLevel {
  const wanted = flag ?? env.ENVBOOT_LOG_LEVEL ?? env.LOG_LEVEL ?? 'info';
  return (LOG_LEVELS as readonly string[]).includes(wanted) ? (wanted as LogLevel) : 'info';
}

/** JSON lines, to `destination` or stderr. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      name: options.name,
      level: (options.level ?? resolveLogLevel(undefined)) as LevelWithSilent,
      base: undefined,
      redact: { paths: LOG_REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: scrubText },
    },
    (options.destination ?? pino.destination({ dest: 2, sync: true })) as pino.DestinationStream,
  );
}

/**
 * A command's logger: readable lines on a terminal, JSON lines otherwise. The pretty printer is loaded only when it
 * is used, so a command whose stderr is a pipe or a file does not pay for it at start-up.
 */
export async function createCliLogger(options: CliLoggerOptions = {}): Promise<Logger> {
  if (options.destination !== undefined) return createLogger(options);
  // A stderr without a reader ends the command, whoever writes to it (closed-output.ts).
  const stderr = pino.destination({ dest: 2, sync: true });
  stderr.on('error', onLogWriteError);
  const usePretty =
    options.pretty ?? (process.stderr.isTTY === true && process.env.ENVBOOT_LOG_FORMAT !== 'json');
  if (!usePretty) return createLogger({ ...options, destination: stderr });
  const { default: pretty } = await import('pino-pretty');
  const destination = pretty({
    destination: stderr,
    colorize: !process.env.NO_COLOR,
    ignore: 'pid,hostname',
  });
  return createLogger({ ...options, destination });
}

/** A logger that drops everything, for library callers that pass none. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
