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
import { wantsPretty, writeEnvelope, writeErrorLine, type CliIo } from '@envboot/core/cli';

interface ValidateArgs {
  file?: string;
  kind?: string;
  json?: boolean;
  pretty?: boolean;
  stdin?: boolean;
  logLevel?: string;
}

export async function runValidate(args: ValidateArgs, io?: CliIo): Promise<number> {
  const pretty = io ? wantsPretty(args, false) : wantsPretty(args);
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
    await writeEnvelope(envelope, pretty, io);
    return envelope.ok ? 0 : exitCodeFor(envelope.error?.code ?? 'INTERNAL');
  } catch (err) {
    const error = scrubValue(toErrorObject(err));
    await writeEnvelope(errorEnvelope({ kind: 'error' }, error), pretty, io);
    if (args.logLevel !== 'silent') writeErrorLine('envboot validate', error, io);
    return exitCodeFor(error.code);
  }
}
