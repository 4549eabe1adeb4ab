// The lease-create command (api-2): flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const options = {
  nodes: { type: 'number', describe: 'How many hosts, 1–1000 (default: from the pipe, else 1)' },
  'node-type': { type: 'string', describe: 'Node type, e.g. compute_skylake' },
  'resource-properties': { type: 'string', describe: 'A Blazar filter instead of --node-type' },
  start: { type: 'string', describe: 'Lease start: "now" (default) or "YYYY-MM-DD HH:MM" in UTC' },
  duration: { type: 'string', describe: 'Lease length: minutes (90) or 90m, 4h, 2d (default 60 minutes)' },
  end: { type: 'string', describe: 'Lease end instead of --duration, "YYYY-MM-DD HH:MM" in UTC' },
  name: { type: 'string', describe: 'Lease name (default: envboot-<node type>-<n>x-<start>)' },
  'resource-type': {
    type: 'string',
    choices: ['physical:host', 'virtual:instance'],
    describe: 'What to reserve (default physical:host, bare metal)',
  },
  'floating-ips': {
    type: 'number',
    describe: 'Also reserve this many floating IPs (0–1000) on the public network',
  },
  'before-end': {
    type: 'string',
    choices: ['email', 'none'],
    describe:
      "What Blazar does 48 hours before the end: email (a reminder; Chameleon's default) or none. Set at creation only: it cannot be changed later",
  },
  reuse: {
    type: 'boolean',
    describe: 'Return a live lease of the same name instead of failing with CONFLICT',
  },
  vcpus: {
    type: 'number',
    describe: 'virtual:instance only: vCPUs per instance (default 1, at most 4096)',
  },
  'memory-mb': {
    type: 'number',
    describe: 'virtual:instance only: memory per instance in MB (default 1024)',
  },
  'disk-gb': { type: 'number', describe: 'virtual:instance only: disk per instance in GB (default 10)' },
  flavor: {
    type: 'string',
    describe: 'KVM@TACC: reserve instances of this Nova flavor (flavor:instance), e.g. g1.h100.pci.1',
  },
  count: {
    type: 'number',
    describe: 'With --flavor or --device-type: how many instances or devices, 1–1000 (default 1)',
  },
  'device-type': {
    type: 'string',
    describe: 'CHI@Edge: reserve devices of this machine type ($machine_name), e.g. raspberrypi4-64',
  },
} as const;

/** What lease-create's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type LeaseCreateArgs = StepArgs<typeof options>;

export const leaseCreateCommand = defineStep({
  name: 'lease-create',
  kind: 'lease',
  aliases: ['api-2'],
  summary: 'Reserve hosts (and floating IPs) with a Blazar lease',
  description:
    'Creates a Blazar lease for --nodes hosts of a node type (or matching any Blazar filter) for a window. Piped ' +
    'from capacity, it takes the node type (at KVM@TACC, the flavor), the count and the window capacity found. ' +
    'The lease name is the ' +
    'idempotency key: a live lease of the same name is reported as a CONFLICT (exit 4), or returned with --reuse, ' +
    'so a repeated command never books twice. Not enough free hosts is INSUFFICIENT_CAPACITY (exit 4), with the ' +
    'earliest window that would fit in the hint.',
  options,
  changesCloud: true,
  examples: [
    [
      'envboot lease-create --site sim --node-type compute_skylake --nodes 1 --duration 2h',
      'reserve one host now',
    ],
    [
      'envboot capacity --site uc --node-type gpu_rtx_6000 --nodes 1 --duration 4h | envboot lease-create',
      'reserve the earliest window capacity found',
    ],
    [
      'envboot capacity --site kvm --node-type g1.h100.pci.1 --nodes 1 --duration 4h | envboot lease-create',
      'reserve one H100 instance at KVM@TACC (a flavor:instance lease of the flavor capacity answered for)',
    ],
    [
      'envboot lease-create --site uc --node-type compute_skylake --start "2026-12-01 09:00" --duration 1d --floating-ips 1',
      'book ahead, with a public IP',
    ],
    [
      'envboot lease-create --site sim --node-type compute_skylake --duration 6h --before-end none',
      'no reminder e-mail before the end (it cannot be turned off later)',
    ],
    [
      'envboot lease-create --site uc --node-type gpu_rtx_6000 --nodes 2 --duration 1d --dry-run',
      'the request and its estimated SU cost, nothing sent',
    ],
    [
      'envboot lease-create --site kvm --flavor g1.h100.pci.1 --count 2 --duration 1d | envboot lease-status --wait',
      'KVM@TACC: reserve two H100 instances (boot them with envboot launch)',
    ],
    [
      'envboot lease-create --site edge --device-type raspberrypi4-64 --count 1 --duration 4h',
      'CHI@Edge: reserve a Raspberry Pi 4',
    ],
  ],
  epilogue:
    'Output: docs/commands/lease-create.md. data.reservation_id is the lease id (as api-2 printed it); the Nova hint is data.host_reservation_id.',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
