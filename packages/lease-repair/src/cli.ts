// The lease-repair command: flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const positionals = {
  lease: { type: 'string', describe: 'Lease id or name (default: the lease piped in)' },
} as const;

const options = {
  host: {
    type: 'string',
    array: true,
    describe:
      "A host of the lease to replace: Blazar host id, node name or node uid (repeatable; default: the lease's failed hosts)",
  },
} as const;

/** What lease-repair's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type LeaseRepairArgs = StepArgs<typeof options, typeof positionals>;

export const leaseRepairCommand = defineStep({
  name: 'lease-repair',
  kind: 'lease',
  positional: '[lease]',
  positionals,
  summary: 'Replace the failed hosts of a lease (Blazar reallocation)',
  description:
    "Asks Blazar to replace hosts of a lease: by default the ones the site took out of service (a degraded lease's " +
    'failed hosts, as lease-status shows them), or those named with --host. For each, Blazar moves the reservation ' +
    'to one free host that matches it until the lease ends. A server still on the host makes Blazar refuse ' +
    '(CONFLICT, exit 4: delete it first). With no free host Blazar removes the host and the lease shrinks: that is ' +
    'INSUFFICIENT_CAPACITY (exit 4), with the lease as it now is in error.data. --dry-run reads the lease and says ' +
    'which hosts it would replace, sending no change.',
  options,
  changesCloud: true,
  examples: [
    ['envboot lease-repair my-lease', 'replace the failed hosts of a lease'],
    ['envboot lease-repair my-lease --host P3-CPU-042', 'replace a host that misbehaves, by node name'],
    [
      'envboot lease-status my-lease | envboot lease-repair --dry-run',
      'which hosts would be replaced, nothing sent',
    ],
    [
      "envboot lease-repair my-lease | jq '.data.repair.replaced[] | [.host.node_name, .replacement.node_name]'",
      'what replaced what',
    ],
  ],
  epilogue: 'Output: docs/commands/lease-repair.md.',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
