// The allocate command (api-5): flags and help. Its work (and git-source, for --repo) is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const positionals = {
  lease: { type: 'string', describe: 'Lease id or name (default: the lease piped in)' },
} as const;

const options = {
  'reservation-id': { type: 'string', describe: 'The lease id (the name the original tools used)' },
  'floating-ips': {
    type: 'number',
    describe: 'Make sure this many floating IPs (0–1000) are available to the lease',
  },
  repo: {
    type: 'string',
    describe:
      'Also check this repository out: https URL, github.com/owner/repo, owner/repo, or a local directory',
  },
  branch: { type: 'string', describe: "Branch or tag to check out (default: the remote's default branch)" },
  workdir: {
    type: 'string',
    describe:
      'New or empty directory for the files (default ./<repository name>; a local --repo is used where it is)',
  },
  timeout: {
    type: 'string',
    describe: 'Stop the checkout after this long: seconds, or 90s, 5m (default 600)',
  },
  'max-size': { type: 'string', describe: 'Stop when the repository is bigger than this (default 1g)' },
  'allow-local-http': {
    type: 'boolean',
    describe: 'Also accept http:// URLs on 127.0.0.1 (local Git servers)',
  },
} as const;

/** What allocate's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type AllocateArgs = StepArgs<typeof options, typeof positionals>;

export const allocateCommand = defineStep({
  name: 'allocate',
  kind: 'allocation',
  aliases: ['api-5'],
  positional: '[lease]',
  positionals,
  summary: 'Which hosts a lease received, with their hardware, and its floating IPs',
  description:
    "Lists the hosts each of the lease's host reservations received (from Blazar's allocations), with node type " +
    'and hardware from the reference API (CPU, RAM, GPUs, disks), and the floating IPs reserved or allocated for ' +
    'the lease. With --floating-ips N it makes sure N addresses are available to the lease. With --repo it also ' +
    'checks the repository out into --workdir (default ./<repository name>; it must be new or empty), as the ' +
    'original api-5 did, and writes provision.json there; the checkout runs while the lease is looked up, and ' +
    'no floating IP is allocated unless it succeeded.',
  options,
  changesCloud: true,
  examples: [
    ['envboot allocate my-lease', 'the hosts of a lease, by name'],
    [
      'envboot lease-status my-lease --wait | envboot allocate --floating-ips 1 | envboot launch --image CC-Ubuntu22.04',
      'hosts and an address, then boot',
    ],
    [
      'envboot allocate my-lease | jq -r \'.data.hosts[] | "\\(.hostname) \\(.hardware.gpus)"\'',
      'GPUs per host',
    ],
    [
      'envboot lease-create --site uc --node-type compute_skylake --nodes 2 --dry-run | envboot allocate --dry-run',
      'rehearse offline: placeholder hosts for a lease a --dry-run made up',
    ],
    [
      'envboot api-5 --reservation-id my-lease --repo https://github.com/org/repo --workdir ./repo',
      "the original api-5's flags: the hosts, and the repository checked out into ./repo",
    ],
  ],
  epilogue:
    'Output: docs/commands/allocate.md. The original api-5 copied a repository locally: envboot allocate ' +
    '--repo … --workdir … does that next to the hosts, and envboot analyze --repo … --workdir … also tells what ' +
    'the code needs.',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
