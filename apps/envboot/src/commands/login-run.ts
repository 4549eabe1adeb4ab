// The work behind `envboot login`, loaded only when it runs: resolve the cloud, run the device login with the
// code on stderr, report who is logged in.
import {
  EnvbootError,
  createCliLogger,
  errorEnvelope,
  exitCodeFor,
  resolveLogFormat,
  resolveLogLevel,
  scrubValue,
  toErrorObject,
} from '@envboot/core';
import { wantsPretty, writeEnvelope, writeErrorLine, type CliIo } from '@envboot/core/cli';
import { devicePromptText, login, resolveCloudConfig } from '@envboot/openstack';

interface LoginArgs {
  osCloud?: string;
  site?: string;
  json?: boolean;
  pretty?: boolean;
  logLevel?: string;
  logFormat?: string;
}

/** Ctrl-C while waiting for the browser ends the wait cleanly (INTERRUPTED). */
function interruptSignal(io?: CliIo): AbortSignal {
  if (io?.interrupt) return io.interrupt;
  const controller = new AbortController();
  if (!io) process.once('SIGINT', () => controller.abort());
  return controller.signal;
}

export async function runLogin(args: LoginArgs, io?: CliIo): Promise<number> {
  const stderr = (text: string) => (io ? io.stderr(text) : process.stderr.write(text));
  const logFormat = resolveLogFormat(args.logFormat);
  const log = await createCliLogger({
    name: 'envboot-login',
    level: resolveLogLevel(args.logLevel),
    pretty: logFormat.format === 'pretty',
    ...(io ? { destination: { write: (line: string) => io.stderr(line) } } : {}),
  });
  if (logFormat.warning) log.warn(logFormat.warning);
  try {
    const config = await resolveCloudConfig({
      ...(args.site ? { site: args.site } : {}),
      ...(args.osCloud ? { osCloud: args.osCloud } : {}),
      log,
    });
    const result = await login(config, {
      prompt: (p) => stderr(devicePromptText(p)),
      log,
      signal: interruptSignal(io),
    });
    const who = result.user.name ?? result.user.id;
    const project = result.project ? ` (project ${result.project.name ?? result.project.id})` : '';
    stderr(`Logged in as ${who}${project}. The login is kept in ${result.file}.\n`);
    return 0;
  } catch (err) {
    const error = scrubValue(toErrorObject(err));
    if (!(err instanceof EnvbootError)) log.debug({ err }, 'internal error');
    await writeEnvelope(
      errorEnvelope({ kind: 'error' }, error),
      io ? wantsPretty(args, false) : wantsPretty(args),
      io,
    );
    if (args.logLevel !== 'silent') writeErrorLine('envboot login', error, io);
    return exitCodeFor(error.code);
  }
}
