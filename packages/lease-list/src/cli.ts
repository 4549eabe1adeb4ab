// The leases command: flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const options = {
  all: { type: 'boolean', describe: 'Also the leases that have ended (TERMINATED, ERROR)' },
} as const;

/** What the leases command's input is built from: its flags as yargs parses them, and the shared flags. */
export type LeaseListArgs = StepArgs<typeof options>;

export const leaseListCommand = defineStep({
  name: 'leases',
  kind: 'lease-list',
  summary: "The project's leases: status, time left, hosts, servers, when to extend, SU cost",
  description:
    "Lists the project's leases at a site, or with --site any at every bare-metal site (or every site a simulator " +
    'serves), asked at once. For each lease: its status, dates and time left on the site’s clock, node type and ' +
    'count, its hosts (those Blazar no longer offers marked degraded), the servers envboot booted on it and its ' +
    'floating IPs, whether it can be extended now or from when (Chameleon’s 48-hour window, 7 days at most, hosts ' +
    'taken by another reservation), and its SU cost so far and in total (hours × Σ su_factor of its hosts; an ' +
    'estimate: no API gives the balance). A table at a terminal, the envelope otherwise. A site that cannot be ' +
    'asked is reported, not fatal.',
  options,
  readsStdin: false,
  examples: [
    ['envboot leases --site sim', 'the leases at the simulator'],
    ['envboot leases --site any', 'every lease at every bare-metal site'],
    [
      "envboot leases --site uc --json | jq -r '.data.leases[] | select(.extension.allowed_now) | .name'",
      'the leases that can be extended now',
    ],
    [
      "envboot leases --site any --json | jq '[.data.leases[].su_cost.total.su] | add'",
      'the estimated SUs of every live lease',
    ],
  ],
  epilogue:
    "Output: docs/commands/leases.md. Times are on each site's clock (the simulator's at --site sim). " +
    'SU figures are estimates: Chameleon has no API for the balance.',
  toInput: async (args) => (await import('./input.js')).toInput(args),
  load: () => import('./run.js'),
  createContext: async (args, base, input) =>
    (await import('./site-context.js')).leaseListContext(cloudSelection(args, base.upstream), base, input),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
