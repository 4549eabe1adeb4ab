// The work behind completion, loaded only when a shell asks: the candidates for the word under the cursor, one a
// line (for zsh "value:description"), or the script `envboot completion` prints.
import type { CliIo } from '@envboot/core/cli';
import { COMMANDS } from '../commands/index.js';
import { complete } from './complete.js';
import { completionScript, defaultShell, type Shell } from './script.js';
import { localValues } from './values.js';

/** The flag a shell's completion function calls the command with, then the words of the line (the program first). */
export const COMPLETION_FLAG = '--get-yargs-completions';

function write(text: string, io?: CliIo): void {
  if (io) io.stdout(text);
  else process.stdout.write(text);
}

/** `argv` holds COMPLETION_FLAG; what follows it is the line as the shell split it, up to the cursor. */
export function printCompletions(argv: string[], implied: string | undefined, io?: CliIo): number {
  const words = argv.slice(argv.indexOf(COMPLETION_FLAG) + 1).slice(1);
  const candidates = complete(words.length ? words : [''], COMMANDS, localValues(), implied);
  const zsh = process.env.ENVBOOT_COMPLETION_FORMAT === 'zsh';
  const lines = candidates.map(({ value, description }) =>
    zsh && description ? `${value.replace(/:/g, '\\:')}:${description.replace(/\s+/g, ' ')}` : value,
  );
  write(lines.length ? `${lines.join('\n')}\n` : '', io);
  return 0;
}

export function printScript(shell: Shell | undefined, io?: CliIo): number {
  write(completionScript(shell ?? defaultShell()), io);
  return 0;
}
