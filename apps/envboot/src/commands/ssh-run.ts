// The work behind `envboot ssh`, loaded only when it runs: the run's OpenSSH command line, printed (--print) or run
// with this terminal, its exit status passed on.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { EnvbootError, errorEnvelope, exitCodeFor, scrubValue, toErrorObject } from '@envboot/core';
import { wantsPretty, writeEnvelope, writeErrorLine, writeText, type CliIo } from '@envboot/core/cli';

interface SshArgs {
  target: string;
  command?: Array<string | number>;
  _: Array<string | number>;
  print?: boolean;
  env?: boolean;
  json?: boolean;
  pretty?: boolean;
  logLevel?: string;
}

/** The words of the command: those after the target, and those after `--` (which yargs leaves in `_`). */
function commandWords(args: SshArgs): string[] {
  const after = args._[0] === 'ssh' ? args._.slice(1) : args._;
  return [...(args.command ?? []), ...after].map(String);
}

/** Runs OpenSSH on this terminal; its exit status, or 128 + the signal that ended it. */
function runOpenSsh(argv: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: 'inherit' });
    // Ctrl-C at the terminal reaches ssh itself (the same process group); this process waits for it to end.
    const ignore = () => {};
    process.on('SIGINT', ignore);
    child.on('error', (err: NodeJS.ErrnoException) => {
      process.off('SIGINT', ignore);
      reject(
        err.code === 'ENOENT'
          ? new EnvbootError('NOT_FOUND', 'OpenSSH (ssh) is not installed or not on the PATH', {
              hint: 'Install the OpenSSH client (openssh-client), or use --print and another client.',
            })
          : err,
      );
    });
    child.on('close', (code, signal) => {
      process.off('SIGINT', ignore);
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0));
    });
  });
}

export async function runSsh(args: SshArgs, io?: CliIo): Promise<number> {
  try {
    const { sshLogin, stateDir } = await import('@envboot/provision');
    const login = sshLogin({
      target: String(args.target),
      command: commandWords(args),
      env: args.env === true,
      stateDir: stateDir(process.env),
    });
    if (args.print) {
      await writeText(`${login.line}\n`, io);
      return 0;
    }
    return await runOpenSsh(login.argv);
  } catch (err) {
    const error = scrubValue(toErrorObject(err));
    await writeEnvelope(
      errorEnvelope({ kind: 'error' }, error),
      io ? wantsPretty(args, false) : wantsPretty(args),
      io,
    );
    if (args.logLevel !== 'silent') writeErrorLine('envboot ssh', error, io);
    return exitCodeFor(error.code);
  }
}
