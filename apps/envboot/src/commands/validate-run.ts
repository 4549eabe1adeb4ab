// The work behind `envboot validate`, loaded only when it runs.
import {
  UsageError,
  errorEnvelope,
  exitCodeFor,
  MAX_STDIN_BYTES,
  parseUpstream,
  readInputFile,
  readStdinText,
  scrubValue,
  toErrorObject,
} from '@envboot/core';
import {
  outputMode,
  terminalOptions,
  wantsPretty,
  writeEnvelope,
  writeErrorLine,
  writeText,
  type CliIo,
} from '@envboot/core/cli';
import type { Envelope } from '@envboot/core';

interface ValidateArgs {
  file?: string;
  kind?: string;
  json?: boolean;
  pretty?: boolean;
  stdin?: boolean;
  logLevel?: string;
}

/** At a terminal: that the envelope is valid, then what it says (docs/output.md). */
async function writeVerdict(envelope: Envelope, io?: CliIo): Promise<void> {
  const { renderEnvelope } = await import('@envboot/core/render');
  const verdict = envelope.ok
    ? `A valid ${envelope.kind} envelope.\n`
    : `A valid ${envelope.kind} envelope of a failure: ${envelope.error?.message ?? 'no message'} [${envelope.error?.code ?? 'INTERNAL'}]\n`;
  const text = envelope.ok ? await renderEnvelope(envelope, terminalOptions()) : null;
  await writeText(text ? `${verdict}\n${text}` : verdict, io);
}

export async function runValidate(args: ValidateArgs, io?: CliIo): Promise<number> {
  const pretty = io ? wantsPretty(args, false) : wantsPretty(args);
  const mode = io ? outputMode(args, false) : outputMode(args);
  try {
    const text = args.file
      ? (await readInputFile(args.file, { field: 'file', maxBytes: MAX_STDIN_BYTES })).toString('utf8')
      : await readStdinText({
          mode: args.stdin === false ? 'never' : 'auto',
          ...(io ? { injected: { text: io.stdin } } : {}),
        });
    const envelope = parseUpstream(text);
    if (!envelope) {
      throw new UsageError('no envelope to validate: give a file or pipe one on stdin', { field: 'stdin' });
    }
    if (args.kind && envelope.kind !== args.kind) {
      throw new UsageError(`expected an envelope of kind ${args.kind}, got ${envelope.kind}`, {
        field: 'kind',
      });
    }
    if (mode === 'human') await writeVerdict(envelope, io);
    else await writeEnvelope(envelope, pretty, io);
    return envelope.ok ? 0 : exitCodeFor(envelope.error?.code ?? 'INTERNAL');
  } catch (err) {
    const error = scrubValue(toErrorObject(err));
    // At a terminal the line on stderr says what is wrong; the envelope is for programs.
    if (mode !== 'human') await writeEnvelope(errorEnvelope({ kind: 'error' }, error), pretty, io);
    if (args.logLevel !== 'silent') writeErrorLine('envboot validate', error, io);
    return exitCodeFor(error.code);
  }
}
