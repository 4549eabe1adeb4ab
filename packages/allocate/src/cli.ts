// The allocate command (api-5): flags and help. Its work is loaded only when it runs.
import { defineStep } from '@envboot/core/cli';
import type { CloudStepContext } from '@envboot/openstack';
import type { AllocateInput } from './input.js';

export const allocateCommand = defineStep<'allocation', AllocateInput, CloudStepContext>({
  name: 'allocate',
  kind: 'allocation',
  aliases: ['api-5'],
  positional: '[lease]',
  positionals: { lease: { type: 'string', describe: 'Lease id or name (default: the lease piped in)' } },
  summary: 'Which hosts a lease received, with their hardware, and its floating IPs',
  description:
    "Lists the hosts each of the lease's host reservations received (from Blazar's allocations), with node type " +
    'and hardware from the reference API (CPU, RAM, GPUs, disks), and the floating IPs reserved or allocated for ' +
    'the lease. With --floating-ips N it makes sure N addresses are available to the lease.',
  options: {
    'reservation-id': { type: 'string', describe: 'The lease id (the name the original tools used)' },
    'floating-ips': {
      type: 'number',
      describe: 'Make sure this many floating IPs are available to the lease',
    },
  },
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
  ],
  epilogue:
    'Output: docs/commands/allocate.md. The original api-5 copied a repository locally: that is now envboot analyze --repo … --workdir ….',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) => (await import('@envboot/openstack')).createCloudContext(args, base),
});
