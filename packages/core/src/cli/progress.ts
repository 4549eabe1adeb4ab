// Progress while a command waits: one live line on a terminal (stderr), otherwise a log line whenever what is being
// waited for changes (not at every poll).
import type { Logger } from 'pino';

export interface Progress {
  /** `key` groups updates: off a terminal only a new key is logged (default: the text itself). */
  update(text: string, key?: string): void;
  /** Ends the live line, leaving `text` (if any) on its own line. */
  done(text?: string): void;
}

export interface ProgressOptions {
  tty?: boolean;
  write?: (text: string) => void;
}

export function createProgress(log: Logger, options: ProgressOptions = {}): Progress {
  const tty = options.tty ?? (process.stderr.isTTY === true && process.env.ENVBOOT_LOG_FORMAT !== 'json');
  const write = options.write ?? ((text: string) => process.stderr.write(text));
  let live = false;
  let lastKey: string | undefined;
  return {
    update(text, key = text) {
      if (tty) {
        write(`\r\u001b[2K${text}`);
        live = true;
      } else if (key !== lastKey) {
        log.info(text);
      }
      lastKey = key;
    },
    done(text) {
      if (tty && live) write('\r\u001b[2K');
      live = false;
      lastKey = undefined;
      if (text) {
        if (tty) write(`${text}\n`);
        else log.info(text);
      }
    },
  };
}

/** 252000 → "4m12s", 3_900_000 → "1h05m": short durations for progress lines. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d${String(h % 24).padStart(2, '0')}h`;
}
