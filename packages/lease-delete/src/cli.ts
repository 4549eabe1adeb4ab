// The lease-delete command (api-4): flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const positionals = {
  lease: { type: 'string', describe: 'Lease id or name (default: the lease piped in)' },
} as const;

const options = {
  'reservation-id': { type: 'string', describe: 'The lease id (the original api-4 flag name)' },
  confirm: { type: 'boolean', describe: 'Really delete (required unless --dry-run)' },
  yes: { type: 'boolean', describe: 'Same as --confirm' },
  wait: {
    type: 'string',
    describe: 'Wait until the lease is gone, at most this many seconds (--wait alone: 600)',
  },
  interval: { type: 'number', describe: 'First delay between polls in seconds (default 5)' },
  'treat-not-found-as-ok': { type: 'boolean', describe: 'A lease that does not exist is not an error' },
  'with-servers': {
    type: 'boolean',
    describe: "Delete the lease's servers first, and release the floating IPs envboot attached to them",
  },
  'keep-floating-ips': {
    type: 'boolean',
    describe: 'Keep the floating IPs envboot allocated for the lease (by default they are released with it)',
  },
} as const;

/** What lease-delete's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type LeaseDeleteArgs = StepArgs<typeof options, typeof positionals>;

export const leaseDeleteCommand = defineStep({
  name: 'lease-delete',
  kind: 'lease-deletion',
  aliases: ['api-4'],
  positional: '[lease]',
  positionals,
  summary: 'Delete a lease, optionally its servers first, and wait until it is gone',
  description:
    'Deletes a Blazar lease by id or name, or the lease piped in. It asks for --confirm (or --yes) unless ' +
    '--dry-run. With --with-servers it first deletes the servers envboot booted on the lease (and any piped in) ' +
    'and waits until they are gone; without it Blazar deletes them with the lease. Either way the floating IPs ' +
    'envboot allocated for the lease are released (unless --keep-floating-ips; reserved ones go with the lease, ' +
    'and an address the user moved to a server of their own stays). --wait waits until the lease itself is gone.',
  options,
  changesCloud: true,
  examples: [
    ['envboot lease-delete my-lease --confirm --wait', 'delete a lease by name and wait until it is gone'],
    [
      'envboot lease-create --site sim --node-type compute_skylake | envboot lease-delete --yes',
      'delete the lease just made',
    ],
    [
      'envboot lease-delete my-lease --yes --with-servers --wait',
      'delete its servers and their floating IPs too, leaving nothing behind',
    ],
    [
      'envboot lease-delete my-lease --yes --with-servers --keep-floating-ips',
      'delete the servers but keep their addresses for the next lease',
    ],
    [
      'envboot launch my-lease --image CC-Ubuntu22.04 --dry-run | envboot lease-delete --dry-run --with-servers',
      'rehearse: what would be deleted, nothing sent',
    ],
    [
      'envboot lease-delete --reservation-id 6c1e… --confirm --treat-not-found-as-ok',
      'idempotent clean-up in scripts',
    ],
  ],
  epilogue: 'Output: docs/commands/lease-delete.md.',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
