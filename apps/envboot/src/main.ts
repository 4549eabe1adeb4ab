// envboot: the single entry point. Every command is registered here; each loads its work only when it runs.
import yargs, { type Argv, type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import {
  CLOSED_OUTPUT_STATUS,
  VERSION,
  endOnClosedOutput,
  outputClosed,
  reportUsageError,
  toCommand,
  type CliIo,
  type CommandHost,
} from '@envboot/core/cli';
import type { Kind } from '@envboot/core';
import { STEPS, TOOLS, knownNames } from './commands/index.js';

export interface MainOptions {
  /** Name shown in help and messages (the api-1 … api-6 and per-command bins set their own). */
  scriptName?: string;
  /** Command implied by the bin (e.g. "capacity" for the api-1 bin). */
  command?: string;
  /**
   * Run inside the caller's process: stdin from this text, stdout and stderr to these writers, Ctrl-C from its
   * signal; nothing is read from or written to the process's streams, and no signal handler is installed.
   */
  io?: CliIo;
}

const KINDS = new Map<string, Kind>(
  STEPS.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((n) => [n, s.kind] as [string, Kind])),
);
/** Flags meant to be given several times (--plugin a --plugin b); any other given twice takes its last value. */
const REPEATABLE = new Set(
  STEPS.flatMap((s) =>
    Object.entries(s.options ?? {})
      .filter(([, o]) => o.array === true)
      .flatMap(([name]) => [name, name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]),
  ),
);

/** yargs turns a repeated flag into an array; commands expect one value, as most command lines do. */
function lastValueWins(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    // `_` and `--` are yargs' own lists of what is not a flag.
    if (key !== '_' && key !== '--' && Array.isArray(value) && !REPEATABLE.has(key))
      argv[key] = value[value.length - 1];
  }
}

/** Runs envboot with `argv` (default: the process's) and resolves to the exit code. */
export async function main(
  argv: string[] = hideBin(process.argv),
  options: MainOptions = {},
): Promise<number> {
  if (argv.includes('--get-yargs-completions')) {
    // A shell completing a word: answered before yargs parses anything, from files only.
    const { printCompletions } = await import('./completion/run.js');
    return printCompletions(argv, options.command, options.io);
  }
  const args = options.command ? [options.command, ...argv] : argv;
  const scriptName = options.scriptName ?? 'envboot';
  let exitCode = 0;
  let usageFailure: Promise<number> | undefined;
  // The command yargs went into (it runs that command's builder): a flag's value is never taken for it.
  let entered: string | undefined;
  const entering = (name: string, command: CommandModule): CommandModule => ({
    ...command,
    builder: (y: Argv) => {
      entered = name;
      // Every builder of ours is a function that returns yargs itself.
      return typeof command.builder === 'function'
        ? (command.builder(y) as Argv)
        : y.options(command.builder ?? {});
    },
  });
  const io = options.io;
  if (!io) endOnClosedOutput();
  const host: CommandHost = {
    setExit: (code) => {
      exitCode = code;
    },
    get usageFailed() {
      return usageFailure !== undefined;
    },
    io,
  };

  let parser: Argv = yargs(args)
    .scriptName(scriptName)
    .usage(
      '$0 <command> [options]\n\nFrom a Git repository to a reserved, booted, reachable bare-metal server on Chameleon Cloud.\n' +
        'Every command prints one JSON envelope on stdout and reads one from stdin, so commands pipe into each other and into jq;\n' +
        'at a terminal it prints a summary for people instead (--json: the envelope).',
    )
    .version(VERSION)
    .alias('h', 'help')
    .alias('V', 'version')
    .strict()
    // English whatever the locale: usage errors are read back (unknown flags) and every other message is English.
    .detectLocale(false)
    .exitProcess(false)
    .demandCommand(1, 'Specify a command.')
    .wrap(Math.min(110, process.stdout.columns || 110))
    .epilogue(
      'Documentation: docs/ in the envboot repository. Try it locally: envboot sim, then any command with --site sim.',
    )
    .fail((message, error) => {
      if (error) throw error;
      const name = entered;
      const label = name ? `${scriptName} ${name}` : scriptName;
      usageFailure ??= reportUsageError(
        label,
        (name && KINDS.get(name)) || 'error',
        message ?? 'bad usage',
        args,
        io,
        knownNames(scriptName, entered),
      );
    });
  parser = parser.middleware(lastValueWins, true);
  for (const step of STEPS) parser = parser.command(entering(step.name, toCommand(step, host)));
  for (const tool of TOOLS) parser = parser.command(entering(tool.name, tool.command(host)));

  skipHelpCaching(parser);
  if (io) {
    // yargs hands what it would print (help, version) to the callback instead.
    await parser.parseAsync(args, {}, (_err, _argv, output) => {
      if (output) io.stdout(`${output}\n`);
    });
  } else {
    await parser.parseAsync();
  }
  const code = usageFailure ? await usageFailure : exitCode;
  // A write that lost its reader may end here before its 'error' event has ended the process.
  return !io && outputClosed() ? CLOSED_OUTPUT_STATUS : code;
}

/**
 * yargs renders a command's whole help text right after starting its handler, to print it should the handler fail.
 * envboot reports a failure as an envelope and a one-line message, never with that text, so the rendering (10 ms
 * for provision, on every run) is skipped. `--help` renders its own text and is unaffected.
 */
function skipHelpCaching(parser: Argv): void {
  type Internals = {
    getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } };
  };
  const usage = (parser as unknown as Internals).getInternalMethods?.().getUsageInstance?.();
  if (usage?.cacheHelpMessage) usage.cacheHelpMessage = () => {};
}

export { STEPS };
export { docPage, flagsTable, withFlags } from './docs/flags.js';
