// The life of one command: read the pipe, build the input, run the step, print one envelope, return the exit code.
import { fstatSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { mergeContext } from '../context.js';
import { errorEnvelope, okEnvelope, type Context, type Envelope, type Kind } from '../envelope.js';
import { EnvbootError, InterruptedError, exitCodeFor, toErrorObject } from '../errors.js';
import { createCliLogger, resolveLogFormat, resolveLogLevel, type Logger } from '../logger.js';
import { scrubValue } from '../redact.js';
import { isErrno } from '../system-errors.js';
import { readUpstream, type StdinMode } from '../stdin.js';
import { fieldName, validateAgainst } from '../validate.js';
import { outputMode, writeForPeople } from './human.js';
import { wantsPretty, type CommonArgs } from './options.js';
import { writeEnvelope, writeErrorLine, writeText, type CliIo } from './output.js';
import { onInterrupt } from './signals.js';
import { createProgress } from './progress.js';
import type { RequestMetrics, StepContext, StepDefinition } from './step.js';

export function stdinMode(args: Pick<CommonArgs, 'stdin'>): StdinMode {
  if (args.stdin === false) return 'never';
  if (args.stdin === true) return 'always';
  return 'auto';
}

/** Runs a step with the process's streams and signals, or with `io` when a caller runs the CLI in-process. */
export async function executeStep(
  def: StepDefinition<Kind, unknown, StepContext>,
  args: CommonArgs,
  io?: CliIo,
): Promise<number> {
  const started = performance.now();
  const stdoutIsTty = io ? false : process.stdout.isTTY === true;
  const pretty = wantsPretty(args, stdoutIsTty);
  const mode = outputMode(args, stdoutIsTty);
  const level = resolveLogLevel(args.logLevel);
  const logFormat = resolveLogFormat(args.logFormat);
  const log = await createCliLogger({
    name: def.name,
    level,
    pretty: logFormat.format === 'pretty',
    ...(io ? { destination: { write: (line: string) => io.stderr(line) } } : {}),
  });
  if (logFormat.warning) log.warn(logFormat.warning);
  const interrupt = io
    ? onInterrupt((line) => io.stderr(line), io.interrupt ?? new AbortController().signal)
    : onInterrupt();
  const metrics: RequestMetrics = { requests: 0, auth_requests: 0, retries: 0 };
  const command = `envboot ${def.name}`;
  let context: Context = {};
  // A live status line only for a person at a terminal; anywhere else progress is a log line.
  const liveLine = process.stderr.isTTY === true && logFormat.format === 'pretty';
  const progress = io
    ? createProgress(log, { tty: false, write: (t) => io.stderr(t) })
    : createProgress(log, { tty: liveLine });
  // A live status line on the terminal ends before the result is printed (on the same terminal, often).
  let printed: Envelope | undefined;
  // Site names for the rendering, once a cloud context knows them.
  let siteName: StepContext['siteName'];
  const finish = (envelope: Envelope) => {
    progress.done();
    printed = envelope;
    if (mode !== 'human') return writeEnvelope(envelope, pretty, io);
    return writeForPeople(
      envelope,
      io,
      (err) => log.warn({ err }, 'could not draw the result for the terminal; here is the envelope'),
      siteName,
    );
  };

  const parts = () => ({
    kind: def.kind,
    context,
    metrics: { elapsed_ms: performance.now() - started, ...metrics },
  });

  // In a pipe, the step's code (and what its context will need) loads while the command upstream is still working:
  // the envelope, when it comes, finds it ready. (A failure to load is reported where the code is used.)
  const waitsForPipe = def.readsStdin !== false && !io && stdinMode(args) !== 'never' && stdinIsPipe();
  const early = waitsForPipe ? def.load() : null;
  early?.catch(() => {});
  if (waitsForPipe) def.warm?.().catch(() => {});
  try {
    const upstream =
      def.readsStdin === false
        ? undefined
        : await readUpstream({ mode: stdinMode(args), ...(io ? { injected: { text: io.stdin } } : {}) });
    if (upstream && !upstream.ok) {
      // A failure upstream travels to the end of the pipe unchanged, with its exit code. At a terminal, where the
      // envelope is not shown, one line says why this command did nothing.
      await finish(upstream);
      const code = upstream.error?.code ?? 'INTERNAL';
      if (mode === 'human' && level !== 'silent') {
        writeErrorLine(
          command,
          { code, message: 'not run: the command before it in the pipe failed', retryable: false },
          io,
        );
      }
      return exitCodeFor(code);
    }
    context = upstream?.context ?? {};
    const input = await def.toInput(args, upstream);
    const base: StepContext = {
      log,
      signal: interrupt.signal,
      dryRun: args.dryRun === true,
      metrics,
      progress,
      upstream,
    };
    // The context first: a command may start authenticating there, while its step's code loads.
    const ctx = def.createContext ? await def.createContext(args, base, input) : base;
    siteName = ctx.siteName;
    const step = await (early ?? def.load());
    const data = await step.run(input, ctx);
    context = mergeContext(context, step.contextFrom?.(data, input));
    const envelope = okEnvelope(parts(), data);
    checkOwnOutput(envelope, log);
    const view =
      mode === 'human'
        ? step.present?.(data, input, { columns: process.stdout.columns || 100, siteName })
        : null;
    if (view) {
      progress.done();
      printed = envelope;
      await writeText(view, io);
    } else await finish(envelope);
    return 0;
  } catch (caught) {
    const err = interrupt.signal.aborted ? asInterrupted(caught) : caught;
    const error = scrubValue(toErrorObject(err));
    if (error.code === 'INTERNAL') log.debug({ err }, 'internal error');
    const partial = err instanceof EnvbootError ? err.data : null;
    await finish(errorEnvelope(parts(), error, partial as Envelope['data']));
    if (level !== 'silent') writeErrorLine(command, error, io);
    return exitCodeFor(error.code);
  } finally {
    interrupt.dispose();
    // Node types and lease names for shell completion, once the result is out (loaded only now).
    if (printed && !io) (await import('./completion-cache.js')).rememberForCompletion(printed, log);
  }
}

/** Whether stdin is a pipe or a socket (something upstream may still be writing), not a terminal, file or nothing. */
function stdinIsPipe(): boolean {
  try {
    const s = fstatSync(0);
    return s.isFIFO() || s.isSocket();
  } catch (err) {
    if (isErrno(err, 'EBADF')) return false; // no stdin at all
    throw err;
  }
}

/** Whatever a step threw after Ctrl-C (an aborted request, say) is reported as the interruption it is. */
function asInterrupted(err: unknown): EnvbootError {
  if (err instanceof EnvbootError && err.code === 'INTERRUPTED') return err;
  return new InterruptedError('interrupted', {
    hint: 'Run the command again to continue.',
    data: err instanceof EnvbootError ? err.data : null,
  });
}

/** Our own output must follow our schemas; a mismatch is a bug, reported on stderr without hiding the result. */
function checkOwnOutput(envelope: Envelope, log: Logger): void {
  const result = validateAgainst('envelope', envelope);
  if (!result.valid) {
    const first = result.problems[0]!;
    log.error(
      { problems: result.problems.slice(0, 5) },
      `output does not match schemas/envelope.json: ${fieldName(first.path)} ${first.message}`,
    );
  }
}
