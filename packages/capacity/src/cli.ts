// The capacity command (api-1): flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const options = {
  'node-type': { type: 'string', describe: 'Node type to count, e.g. gpu_rtx_6000 (default: every type)' },
  'resource-properties': {
    type: 'string',
    describe: 'A Blazar filter instead of --node-type, e.g. \'["==","$gpu.gpu","True"]\'',
  },
  nodes: {
    type: 'number',
    describe: 'Hosts wanted together (1–1000): also find the earliest window where they are free',
  },
  start: { type: 'string', describe: 'Window start: "now" (default) or "YYYY-MM-DD HH:MM" in UTC' },
  duration: { type: 'string', describe: 'Window length: minutes (90) or 90m, 4h, 2d (default 60 minutes)' },
  end: { type: 'string', describe: 'Window end instead of --duration, "YYYY-MM-DD HH:MM" in UTC' },
  within: { type: 'string', describe: 'How far ahead to look for the earliest window (default 14d)' },
  view: {
    type: 'string',
    choices: ['json', 'calendar'],
    describe: 'calendar: on a terminal, draw free/total hosts per node type from now to the horizon',
  },
  bucket: {
    type: 'string',
    choices: ['hour', 'day'],
    describe: 'Calendar resolution (default: fit the width)',
  },
  'gpu-memory-gb': {
    type: 'number',
    describe:
      'Hosts with a GPU of at least this much memory, e.g. 40 (derived from the model name; unknown models never match)',
  },
  gpus: { type: 'number', describe: 'Hosts with at least this many GPUs' },
  'gpu-vendor': {
    type: 'string',
    describe: 'Hosts whose GPU vendor contains this text, any case: nvidia, amd',
  },
  'gpu-model': {
    type: 'string',
    describe: 'Hosts whose GPU model contains this text, any case: A100, MI100, "RTX 6000"',
  },
  arch: { type: 'string', choices: ['x86_64', 'aarch64'], describe: 'Hosts of this CPU architecture' },
  'min-ram-gb': { type: 'number', describe: 'Hosts with at least this much RAM (GiB)' },
  'min-threads': { type: 'number', describe: 'Hosts with at least this many hardware threads' },
  'dry-run': {
    type: 'boolean',
    describe:
      'Ask the cloud nothing: answer with placeholder hosts for the window (for rehearsing a pipe offline, as api-1 did)',
  },
} as const;

/** What capacity's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type CapacityArgs = StepArgs<typeof options>;

export const capacityCommand = defineStep({
  name: 'capacity',
  kind: 'capacity',
  aliases: ['api-1'],
  summary: 'How many hosts of a node type are free in a window; the earliest window that fits',
  description:
    'Counts the hosts that match a node type (or any Blazar filter) and are free for the whole window, from ' +
    "Blazar's hosts and allocations, and lists them. With --nodes N it also finds the earliest window of the same " +
    'length, within --within, in which N of them are free, or says why there is none (more hosts than the site ' +
    'has, or none free within --within). Without --node-type it summarises every node type. With several ' +
    'sites (--site uc,tacc, or --site any for every bare-metal site) or hardware flags (--gpu-memory-gb, --gpus, ' +
    '--gpu-vendor, --gpu-model, --arch, --min-ram-gb, --min-threads) it asks every site at once and ranks their ' +
    'earliest windows, best first; a site that cannot be reached is reported, not fatal.',
  options,
  examples: [
    ['envboot capacity --site sim', 'free hosts of every node type for the next hour'],
    [
      'envboot capacity --site uc --node-type gpu_rtx_6000 --nodes 2 --duration 4h',
      'earliest 4-hour window for 2 GPU nodes',
    ],
    [
      'envboot capacity --site sim --node-type compute_skylake --nodes 1 --duration 2h | envboot lease-create',
      'reserve the window it found',
    ],
    [
      "envboot capacity --site uc --node-type gpu_rtx_6000 --nodes 50 | jq -r '.data.reason.message'",
      'why no window fits',
    ],
    ['envboot capacity --site uc --view calendar --within 7d', 'see when to book, as a chart'],
    [
      'envboot capacity --site any --gpu-memory-gb 40 --nodes 1 --duration 4h',
      'where and when a GPU with at least 40 GB is free for 4 hours, best site first',
    ],
    [
      'envboot capacity --site uc,tacc --node-type compute_cascadelake_r --nodes 4',
      'the earliest of two sites for 4 hosts of a type',
    ],
    [
      'envboot capacity --site any --arch aarch64 --nodes 2 | envboot lease-create',
      'reserve two ARM hosts at the site that has them first',
    ],
    [
      'envboot capacity --site uc --node-type compute_skylake --nodes 2 --dry-run | envboot lease-create --dry-run',
      'rehearse a pipe offline: placeholder hosts and ids, nothing sent',
    ],
  ],
  epilogue:
    'Output: docs/commands/capacity.md. api-1 flags (--zone, --start, --duration in minutes) keep working.',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base, input) =>
    (await import('./site-context.js')).capacityContext(cloudSelection(args, base.upstream), base, input),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
