// The lease-status command (api-3): flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const positionals = {
  lease: { type: 'string', describe: 'Lease id or name (default: the lease piped in)' },
} as const;

const options = {
  'reservation-id': { type: 'string', describe: 'The lease id (the original api-3 flag name)' },
  wait: {
    type: 'string',
    describe:
      'Wait until ACTIVE, at most this many seconds (--wait alone: until the lease starts, and 15 minutes more)',
  },
  interval: { type: 'number', describe: 'First delay between polls in seconds (default 5; grows to 30)' },
  'dry-run': {
    type: 'boolean',
    describe: 'Changes nothing (as always); on a lease a --dry-run made up, answer without asking the cloud',
  },
} as const;

/** What lease-status's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type LeaseStatusArgs = StepArgs<typeof options, typeof positionals>;

export const leaseStatusCommand = defineStep({
  name: 'lease-status',
  kind: 'lease',
  aliases: ['api-3'],
  positional: '[lease]',
  positionals,
  summary: 'Show a lease, or wait until it is ACTIVE',
  description:
    'Shows a Blazar lease by id or name, or the lease piped in. With --wait it waits until the lease is ACTIVE: ' +
    'a lease that starts later is looked at now and then until its start is near, then polled briskly. --wait ' +
    'alone waits as long as the start asks (and 15 minutes more); an explicit --wait that ends before the start ' +
    'is refused at once (INVALID_INPUT, with the bound to use). It stops at once when the lease goes to ERROR ' +
    '(LEASE_FAILED, exit 5) and gives up with TIMEOUT (exit 6) when the time is up. Progress goes to stderr.',
  options,
  examples: [
    ['envboot lease-status my-lease', 'show a lease by name'],
    [
      'envboot lease-create --site sim --node-type compute_skylake | envboot lease-status --wait 600',
      'wait for the new lease',
    ],
    [
      'envboot lease-create --site uc --node-type compute_skylake --start "2026-12-01 09:00" | envboot lease-status --wait',
      'wait for a lease that starts later, however far away its start is',
    ],
    [
      'envboot lease-create --site uc --node-type compute_skylake --dry-run | envboot lease-status --dry-run --wait',
      'rehearse offline: how long it would wait, nothing sent',
    ],
    [
      "envboot lease-status --reservation-id 6c1e… --wait | jq -r '.data.host_reservation_id'",
      'the id Nova needs',
    ],
  ],
  epilogue:
    "Output: docs/commands/lease-status.md. Waiting is counted in the cloud's time (the simulator's clock at --site sim).",
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
