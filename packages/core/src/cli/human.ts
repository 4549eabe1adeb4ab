// Output for people: at a terminal a command prints a rendering of its envelope (docs/output.md) instead of the
// JSON; in a pipe or a file, and with --json or --pretty, the envelope exactly as before. The renderers are loaded
// only when they are used.
import type { Envelope } from '../envelope.js';
import type { RenderOptions, SiteNames } from '../render/text.js';
import type { CommonArgs } from './options.js';
import { writeEnvelope, writeText, type CliIo } from './output.js';

/** human: the rendering for people; json: the envelope on one line; pretty: the envelope indented. */
export type OutputMode = 'human' | 'json' | 'pretty';

/** What stdout gets: --json and --pretty say; otherwise the rendering at a terminal, the envelope elsewhere. */
export function outputMode(
  args: Pick<CommonArgs, 'json' | 'pretty'>,
  stdoutIsTty = process.stdout.isTTY === true,
): OutputMode {
  if (args.json) return 'json';
  if (args.pretty) return 'pretty';
  return stdoutIsTty ? 'human' : 'json';
}

/**
 * The terminal stdout is: its width (80 when it does not say), and colour when it has colours and NO_COLOR is
 * not set (https://no-color.org).
 */
export function terminalOptions(
  stdout: Pick<NodeJS.WriteStream, 'columns'> & { hasColors?: () => boolean } = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): RenderOptions {
  const columns = stdout.columns > 0 ? stdout.columns : 80;
  return { columns, color: !env.NO_COLOR && stdout.hasColors?.() === true };
}

/**
 * Prints `envelope` for a person: its rendering; nothing for a failure (the one line on stderr says it); the
 * indented envelope for a kind without a rendering. Should rendering fail (a bug), the envelope is printed after
 * all, and `onError` is told: the result of a command is never lost to its presentation.
 */
export async function writeForPeople(
  envelope: Envelope,
  io?: CliIo,
  onError?: (err: unknown) => void,
  siteName?: SiteNames,
): Promise<void> {
  let text: string | null;
  try {
    const { renderEnvelope } = await import('../render/index.js');
    text = await renderEnvelope(envelope, { ...terminalOptions(), ...(siteName ? { siteName } : {}) });
  } catch (err) {
    onError?.(err);
    return writeEnvelope(envelope, true, io);
  }
  if (text !== null) return writeText(text, io);
  if (envelope.ok) return writeEnvelope(envelope, true, io);
}
