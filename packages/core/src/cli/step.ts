// defineStep: a command described as data (flags, examples, how to build its input, where its work lives),
// turned into a yargs command whose handler loads the work only when it runs.
import type { Argv, CommandModule, Options } from 'yargs';
import type { Logger } from 'pino';
import type { Progress } from './progress.js';
import type { ContextChange } from '../context.js';
import type { DataByKind, Envelope, Kind } from '../envelope.js';
import { CLOUD_OPTIONS, COMMON_GROUP, DRY_RUN_OPTIONS, OUTPUT_OPTIONS, type CommonArgs } from './options.js';
import type { ArgsOf, FlagSpecs, NoFlags, PositionalSpecs } from './flags.js';
import type { CliIo } from './output.js';

/** Counters the cloud client increments; they become the envelope's metrics. */
export interface RequestMetrics {
  requests: number;
  auth_requests: number;
  retries: number;
  /** Real time spent sleeping between polls while waiting for the cloud. */
  waited_ms?: number;
}

/** What every step's `run` receives. Cloud steps get a richer context from their `createContext`. */
export interface StepContext {
  log: Logger;
  signal: AbortSignal;
  dryRun: boolean;
  metrics: RequestMetrics;
  /** What the step is waiting for, shown on stderr. */
  progress: Progress;
  /** The envelope that came down the pipe, if any. */
  upstream?: Envelope;
  /** The name people know a site id by ("CHI@UC"), for the terminal's rendering; cloud contexts set it. */
  siteName?: (id: string) => string;
}

export interface StepModule<I, D, C extends StepContext = StepContext> {
  run(input: I, ctx: C): Promise<D>;
  /** What this step adds to the chain context. */
  contextFrom?(data: D, input: I): ContextChange;
  /**
   * A view for people, printed instead of the envelope when stdout is a terminal and --json was not given
   * (e.g. capacity's calendar chart). Return null to print the envelope as usual.
   */
  present?(
    data: D,
    input: I,
    terminal: { columns: number; siteName?: (id: string) => string },
  ): string | null;
}

/** The arguments a step's toInput receives: its own flags and positional arguments, and the shared flags. */
export type StepArgs<O extends FlagSpecs = NoFlags, P extends PositionalSpecs = NoFlags> = CommonArgs &
  ArgsOf<O> &
  ArgsOf<P>;

export interface StepDefinition<
  K extends Kind,
  I,
  C extends StepContext = StepContext,
  O extends FlagSpecs = FlagSpecs,
  P extends PositionalSpecs = PositionalSpecs,
> {
  name: string;
  kind: K;
  summary: string;
  description?: string;
  aliases?: string[];
  /** Positional part of the usage line, e.g. "[lease]". */
  positional?: string;
  positionals?: P;
  options?: O;
  examples: Array<[command: string, description: string]>;
  /** Adds --dry-run. */
  changesCloud?: boolean;
  /** Adds --site and --os-cloud (default true). */
  usesCloud?: boolean;
  /** Whether an upstream envelope is read from stdin (default true). */
  readsStdin?: boolean;
  epilogue?: string;
  toInput(args: StepArgs<O, P>, upstream: Envelope | undefined): I | Promise<I>;
  load(): Promise<StepModule<I, DataByKind[K], C>>;
  /** The step's context, made once the input is known (a command may start work that needs no decision there). */
  createContext?(args: StepArgs<O, P>, base: StepContext, input: I): Promise<C>;
  /** Loads code the command will need (a cloud command's HTTP client) while it waits for the envelope piped in. */
  warm?(): Promise<unknown>;
}

const EXIT_CODE_EPILOGUE =
  'Exit codes: 0 ok, 1 internal error, 2 bad usage or input, 3 not found, 4 conflict or no capacity, ' +
  '5 cloud API error, 6 timeout, 7 authentication, 8 set-up failed, 130 interrupted, 141 output closed by its reader (| head).';

/**
 * A step, with the types of its input, context and arguments inferred from the definition: toInput's arguments
 * are typed from `options` and `positionals` (declared `as const`, or inline) and the shared flags.
 */
export function defineStep<
  K extends Kind,
  I,
  C extends StepContext = StepContext,
  const O extends FlagSpecs = NoFlags,
  const P extends PositionalSpecs = NoFlags,
>(def: StepDefinition<K, I, C, O, P>): StepDefinition<K, I, C, O, P> {
  return def;
}

/** The shared flags a step has, by what it does: cloud flags, --dry-run, output flags. */
export function commonOptions(def: Pick<StepDefinition<Kind, unknown>, 'usesCloud' | 'changesCloud'>) {
  return {
    ...(def.usesCloud === false ? {} : CLOUD_OPTIONS),
    ...(def.changesCloud ? DRY_RUN_OPTIONS : {}),
    ...OUTPUT_OPTIONS,
  } as Record<string, Options>;
}

/** What a command handler reports to the program that registered it. */
export interface CommandHost {
  setExit(code: number): void;
  /** Set when yargs rejected the flags: the handler must not run (yargs calls it anyway once fail() returns). */
  readonly usageFailed: boolean;
  /** Streams and interruption given by a caller running the CLI in-process (default: the process's). */
  readonly io?: CliIo;
}

/** The yargs command for a step. */
export function toCommand<
  K extends Kind,
  I,
  C extends StepContext,
  O extends FlagSpecs,
  P extends PositionalSpecs,
>(def: StepDefinition<K, I, C, O, P>, host: CommandHost): CommandModule {
  return {
    command: def.positional ? `${def.name} ${def.positional}` : def.name,
    aliases: def.aliases,
    describe: def.summary,
    builder: (y: Argv) => {
      let b = y.usage(
        `$0 ${def.positional ? `${def.name} ${def.positional}` : def.name} [options]\n\n${def.description ?? def.summary}`,
      );
      for (const [name, spec] of Object.entries(def.positionals ?? {})) b = b.positional(name, spec);
      if (def.options) b = b.options(def.options).group(Object.keys(def.options), 'Options:');
      const common = commonOptions(def);
      b = b.options(common).group(Object.keys(common), COMMON_GROUP).conflicts('json', 'pretty');
      for (const [cmd, text] of def.examples) b = b.example(cmd, text);
      return b.epilogue([def.epilogue, EXIT_CODE_EPILOGUE].filter(Boolean).join('\n\n'));
    },
    handler: async (args) => {
      if (host.usageFailed) return;
      const { executeStep } = await import('./runner.js');
      host.setExit(
        await executeStep(
          def as unknown as StepDefinition<Kind, unknown, StepContext>,
          args as CommonArgs,
          host.io,
        ),
      );
    },
  };
}
