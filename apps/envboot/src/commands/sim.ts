// envboot sim: run the local Chameleon site simulator in the foreground. Flags are declared here; the simulator
// itself (and everything it imports) loads only when the command runs.
import type { Options } from 'yargs';
import { COMMON_GROUP, OUTPUT_OPTIONS } from '@envboot/core/cli';
import type { ToolDefinition } from './tool.js';

const SIM_OPTIONS = {
  port: { type: 'number', describe: 'Port to listen on (0: any free port)', default: 8788 },
  host: { type: 'string', describe: 'Address to listen on', default: '127.0.0.1' },
  speed: {
    type: 'number',
    describe: 'Virtual clock speed: 60 = one virtual minute per second',
    default: 1,
  },
  sites: {
    type: 'string',
    describe:
      'Sites to serve, each on a port of its own: uc, tacc, nu, ncar, nrp, kvm (KVM@TACC), comma-separated, or all (default uc)',
  },
  seed: {
    type: 'string',
    describe: "CHI@UC's seed: uc (132 nodes), small (8 nodes), or a seed file",
    default: 'uc',
  },
  faults: {
    type: 'string',
    describe: 'Faults to inject, e.g. "latency=50,503@POST /reservation/v1/leases=2x,seed=7"',
  },
  openrc: { type: 'string', describe: 'Also write the export lines to this file (mode 600)' },
  'clouds-yaml': {
    type: 'string',
    describe: 'Also write a clouds.yaml with one entry per site, named by site id (mode 600)',
  },
  persist: {
    type: 'string',
    describe: 'Keep leases, servers and the rest in this JSON file across restarts',
  },
  'keystone-url': { type: 'string', describe: 'Also accept tokens that this Keystone validates' },
  'live-nodes': {
    type: 'boolean',
    describe:
      'Give each ACTIVE server a node you can SSH to (as cc, with its key pair; on loopback, running commands as you)',
    default: false,
  },
  'log-level': {
    type: 'string',
    choices: ['trace', 'debug', 'info', 'warn', 'error', 'silent'],
    describe: 'Logging on stderr (default $ENVBOOT_LOG_LEVEL or info)',
  },
  'log-format': OUTPUT_OPTIONS['log-format'],
} as const satisfies Record<string, Options>;

export const simTool: ToolDefinition = {
  name: 'sim',
  summary:
    'Run a local Chameleon site (Keystone, Blazar, Nova, Neutron, Glance, reference API) on this machine',
  options: SIM_OPTIONS,
  command: (host) => ({
    command: 'sim',
    describe: simTool.summary,
    builder: (y) =>
      y
        .usage(
          '$0 sim [options]\n\nStarts a simulated Chameleon bare-metal site on one port (loopback only unless --host says otherwise), seeded ' +
            "with CHI@UC's 132 nodes and their reservation calendar. Once it listens it prints `export OS_…` lines for its default " +
            'identity and `export ENVBOOT_SIM_URL=…` on stdout (eval them, or use --openrc), logs on stderr, and runs until ' +
            'Ctrl-C or SIGTERM (exit 0). With --sites it serves several sites, each on a port of its own (the first on --port, ' +
            'the others on the next free ports), and also prints `export ENVBOOT_SIM_SITES=…`. See docs/simulator.md.',
        )
        .options(SIM_OPTIONS)
        .group(['log-level', 'log-format'], COMMON_GROUP)
        .example(
          'envboot sim --speed 60 --openrc sim.env &',
          'run it in the background, one virtual minute per second',
        )
        .example(
          '. ./sim.env && openstack reservation host list',
          'use it with the OpenStack CLI (or any envboot command with --site sim)',
        )
        .example(
          'envboot sim --live-nodes --speed 60 --openrc sim.env &',
          'servers get a node behind them: ssh -p <port> cc@<host> with the host and port of the server\'s "envboot:ssh" field',
        )
        .example(
          'envboot sim --seed small --faults "lease-error=next"',
          'a small site whose next lease fails',
        )
        .example(
          'envboot sim --sites uc,tacc,nu,ncar --openrc sim.env --clouds-yaml clouds.yaml &',
          'four sites; after `. ./sim.env`, --site tacc reaches the simulated CHI@TACC (or OS_CLOUD=tacc)',
        )
        .epilogue(
          'On a failure to start it prints one error envelope on stdout and one line on stderr; exit codes: 2 bad flags, ' +
            '4 port in use, 1 internal error; 141 when its stdout or stderr is closed by its reader (it stops cleanly first).',
        ),
    handler: async (args) => {
      if (host.usageFailed) return;
      const { runSim } = await import('./sim-run.js');
      host.setExit(await runSim(args as never, host.io));
    },
  }),
};
