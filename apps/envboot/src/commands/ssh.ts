// envboot ssh: log in to a provision run's server (or run a command there) with OpenSSH, using the run's key, user,
// address and the host key recorded when the run saw the key log in. Flags are declared here; the work loads only
// when the command runs.
import type { Options } from 'yargs';
import { COMMON_GROUP, OUTPUT_OPTIONS } from '@envboot/core/cli';
import type { ToolDefinition } from './tool.js';

const SSH_OPTIONS = {
  print: {
    type: 'boolean',
    describe: 'Print the OpenSSH command line instead of running it',
  },
  env: {
    type: 'boolean',
    describe: "Inside the run's set-up environment: in the repository's folder, its environment activated",
  },
  json: OUTPUT_OPTIONS.json,
  pretty: OUTPUT_OPTIONS.pretty,
  'log-level': OUTPUT_OPTIONS['log-level'],
} as const satisfies Record<string, Options>;

export const sshTool: ToolDefinition = {
  name: 'ssh',
  summary:
    "Log in to a run's server over SSH (or run a command there), with the run's key and recorded host key",
  options: SSH_OPTIONS,
  positionals: {
    target: {
      type: 'string',
      describe: 'A run id (envboot runs lists them), or the name or id of a server of a run',
    },
  },
  command: (host) => ({
    command: 'ssh <target> [command..]',
    describe: sshTool.summary,
    builder: (y) =>
      y
        .usage(
          '$0 ssh <run|server> [-- command …] [options]\n\nOpens a shell on the server of a provision run with OpenSSH (`ssh`, which must be ' +
            "installed), as the run's user, with the run's private key, at the address where SSH answered, checking the " +
            'host key the run recorded when it saw the key log in (a known_hosts file next to the run state; ' +
            'StrictHostKeyChecking=yes): no prompt, no blind trust. With a command after --, runs it instead and exits ' +
            "with its exit status. A run id picks the run's first server that answered SSH; a server name or id is " +
            'looked up in the runs, newest first.',
        )
        .positional('target', sshTool.positionals!.target!)
        .positional('command', { type: 'string', array: true, describe: 'The command to run (after --)' })
        .options(SSH_OPTIONS)
        .group(['json', 'pretty', 'log-level'], COMMON_GROUP)
        .example('envboot ssh prov-20261125-2041-3fa9c2', "a shell on the run's server")
        .example(
          'envboot ssh my-server -- nvidia-smi -L',
          'run a command; its exit status is the exit status',
        )
        .example(
          'envboot ssh prov-20261125-2041-3fa9c2 --env',
          'a shell in the ready environment (envboot setup)',
        )
        .example(
          'envboot ssh prov-20261125-2041-3fa9c2 --env -- python train.py',
          'run the repository’s code in its environment',
        )
        .example('envboot ssh prov-20261125-2041-3fa9c2 --print', 'the ssh command line, to use elsewhere')
        .epilogue(
          "Exit codes: the remote command's (or the shell's) exit status; 255 when OpenSSH fails to connect; 3 " +
            '(NOT_FOUND) no such run or server, or no host key recorded; 2 bad flags. On such a failure it prints one ' +
            'error envelope on stdout and one line on stderr.',
        ),
    handler: async (args) => {
      if (host.usageFailed) return;
      const { runSsh } = await import('./ssh-run.js');
      host.setExit(await runSsh(args as never, host.io));
    },
  }),
};
