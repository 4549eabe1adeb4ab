// The logger: pino on stderr (stdout carries only the envelope), readable on a terminal, JSON lines otherwise,
// with secrets redacted by key path and every registered secret value scrubbed from each line.
import { pino, type Logger, type LevelWithSilent } from 'pino';
import pretty from 'pino-pretty';
import { LOG_REDACT_PATHS, REDACTED, scrubText } from './redact.js';

export type { Logger };
export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LoggerOptions {
  name?: string;
  level?: LogLevel | string;
  /** Human-readable lines; default: when stderr is a terminal. */
  pretty?: boolean;
  /** Where lines go (tests); default fd 2. */
  destination?: NodeJS.WritableStream | { write(s: string): void };
}

export function resolveLogLevel(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): LogLevel {
  const wanted = flag ?? env.ENVBOOT_LOG_LEVEL ?? env.LOG_LEVEL ?? 'info';
  return (LOG_LEVELS as readonly string[]).includes(wanted) ? (wanted as LogLevel) : 'info';
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = (options.level ?? resolveLogLevel(undefined)) as LevelWithSilent;
  const usePretty =
    options.pretty ?? (process.stderr.isTTY === true && process.env.ENVBOOT_LOG_FORMAT !== 'json');
  const destination =
    options.destination ??
    (usePretty
      ? pretty({ destination: 2, sync: true, colorize: !process.env.NO_COLOR, ignore: 'pid,hostname' })
      : pino.destination({ dest: 2, sync: true }));
  return pino(
    {
      name: options.name,
      level,
      base: undefined,
      redact: { paths: LOG_REDACT_PATHS, censor: REDACTED },
      hooks: { streamWrite: scrubText },
    },
    destination as pino.DestinationStream,
  );
}

/** A logger that drops everything, for library callers that pass none. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
