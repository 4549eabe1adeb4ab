// The lease-extend command: flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const positionals = {
  lease: { type: 'string', describe: 'Lease id or name (default: the lease piped in)' },
} as const;

const options = {
  by: { type: 'string', describe: 'How much longer: 90m, 4h, 1d, 2d12h (at most 7d past the current end)' },
  until: { type: 'string', describe: 'The new end instead of --by: "YYYY-MM-DD HH:MM" in UTC' },
} as const;

/** What lease-extend's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type LeaseExtendArgs = StepArgs<typeof options, typeof positionals>;

export const leaseExtendCommand = defineStep({
  name: 'lease-extend',
  kind: 'lease',
  positional: '[lease]',
  positionals,
  summary: 'Extend a lease, checked first against Chameleon’s rules',
  description:
    "Moves a lease's end later (Blazar's lease update). Before asking, it reads the lease, the site's clock and " +
    "the host calendar and checks Chameleon's rules: an extension is allowed only within 48 hours of the current " +
    'end, by at most 7 days past it, and (for a lease that has started) only while no other reservation takes one ' +
    'of its hosts. A refusal says why and when it can work: the moment the 48-hour window opens (CONFLICT, exit 4), ' +
    'the latest end allowed (INVALID_INPUT, exit 2), or how far the hosts are free and the next free window on them ' +
    '(INSUFFICIENT_CAPACITY, exit 4). When Blazar refuses anyway, its answer is read the same way. The output is the ' +
    'extended lease with the extension and its SU cost.',
  options,
  changesCloud: true,
  examples: [
    ['envboot lease-extend my-lease --by 1d', 'one more day (within the last 48 hours of the lease)'],
    ['envboot lease-extend my-lease --until "2026-12-10 18:00"', 'to a given end, in UTC'],
    [
      'envboot lease-extend my-lease --by 2d --dry-run',
      'would it pass now, from when, and what it would cost; nothing is sent',
    ],
    [
      "envboot lease-extend my-lease --by 1d --dry-run --json | jq -r '.error.details.allowed_from // empty'",
      'when the 48-hour window opens (to schedule the extension with at or cron)',
    ],
    [
      'envboot lease-create --site sim --node-type compute_skylake | envboot lease-extend --by 4h',
      'the lease piped in',
    ],
  ],
  epilogue:
    "Output: docs/commands/lease-extend.md. Times are on the site's clock (the simulator's at --site sim). " +
    'There is no --wait-until-allowed: schedule the command for data.extension.check.allowed_from instead (the docs say why).',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
