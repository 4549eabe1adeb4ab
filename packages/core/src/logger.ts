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
  /** Human-readable lines; default: as resolveLogFormat decides without a flag. */
  pretty?: boolean;
}

export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * How log lines look: --log-format, else ENVBOOT_LOG_FORMAT, else readable on a terminal and JSON lines otherwise
 * (for programs that collect them). An ENVBOOT_LOG_FORMAT that is neither comes back as a warning to log.
 */
export function resolveLogFormat(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  stderrIsTty = process.stderr.isTTY === true,
): { format: LogFormat; warning: string | null } {
  const fallback: LogFormat = stderrIsTty ? 'pretty' : 'json';
  if (isLogFormat(flag)) return { format: flag, warning: null };
  const fromEnv = env.ENVBOOT_LOG_FORMAT?.trim().toLowerCase();
  if (!fromEnv) return { format: fallback, warning: null };
  if (isLogFormat(fromEnv)) return { format: fromEnv, warning: null };
  return {
    format: fallback,
    warning: `ENVBOOT_LOG_FORMAT=${env.ENVBOOT_LOG_FORMAT} is neither pretty nor json; logging ${fallback}`,
  };
}

function isLogFormat(value: string | undefined): value is LogFormat {
  return (LOG_FORMATS as readonly (string | undefined)[]).includes(value);
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
 * A command's logger: readable lines on a terminal, JSON lines otherwise (or as `pretty` says). The pretty printer is loaded only when it
 * is used, so a command whose stderr is a pipe or a file does not pay for it at start-up.
 */
export async function createCliLogger(options: CliLoggerOptions = {}): Promise<Logger> {
  if (options.destination !== undefined) return createLogger(options);
  // A stderr without a reader ends the command, whoever writes to it (closed-output.ts).
  const stderr = pino.destination({ dest: 2, sync: true });
  stderr.on('error', onLogWriteError);
  const usePretty = options.pretty ?? resolveLogFormat(undefined).format === 'pretty';
  if (!usePretty) return createLogger({ ...options, destination: stderr });
  const { default: pretty } = await import('pino-pretty');
  const destination = pretty({
    destination: stderr,
    // Colours for a terminal only: a file of log lines stays plain text.
    colorize: process.stderr.isTTY === true && !process.env.NO_COLOR,
    ignore: 'pid,hostname',
  });
  return createLogger({ ...options, destination });
}

/** A logger that drops everything, for library callers that pass none. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
