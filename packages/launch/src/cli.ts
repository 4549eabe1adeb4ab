// The launch command (api-6): flags and help. Its work is loaded only when it runs.
import { cloudSelection, defineStep, type StepArgs } from '@envboot/core/cli';

const positionals = {
  lease: { type: 'string', describe: 'Lease id or name (default: the lease piped in)' },
} as const;

const options = {
  'reservation-id': { type: 'string', describe: 'The lease id (the original api-6 flag name)' },
  'host-reservation-id': { type: 'string', describe: 'Boot on this physical:host reservation id directly' },
  image: { type: 'string', describe: 'Image name or id, e.g. CC-Ubuntu22.04 (default: from the pipe)' },
  flavor: { type: 'string', describe: 'Flavor name or id (default baremetal)' },
  network: { type: 'string', describe: "Network name or id (default: the site's, sharednet1)" },
  'key-name': {
    type: 'string',
    describe: 'An existing Nova key pair (with --create-key: the name of the new one)',
  },
  'public-key': {
    type: 'string',
    describe: 'Import this public key file (default ~/.ssh/id_ed25519.pub or id_rsa.pub)',
  },
  'create-key': {
    type: 'boolean',
    describe: 'Create a new key pair; its private key is written with mode 0600, never printed',
  },
  'sec-groups': {
    type: 'string',
    describe: 'Security groups, comma separated (KVM@TACC only; bare metal has none)',
  },
  count: { type: 'number', describe: 'How many servers, 1–1000 (default: the hosts piped in, else 1)' },
  'name-prefix': {
    type: 'string',
    describe: 'Server name, or <prefix>-<n> for several (default: the lease name)',
  },
  userdata: { type: 'string', describe: 'A cloud-init file to pass as user data' },
  'floating-ip': {
    type: 'boolean',
    describe:
      'Attach a floating IP to each server, waiting for ACTIVE (default: when the network is private, as sharednet1 is; --no-floating-ip: do not)',
  },
  'assign-floating-ip': {
    type: 'boolean',
    describe: 'api-6 compatibility: the same as --floating-ip',
  },
  wait: { type: 'string', describe: 'Wait until ACTIVE, at most this many seconds (--wait alone: 1800)' },
  interval: { type: 'number', describe: 'First delay between polls in seconds (default 10)' },
  'wait-ssh': {
    type: 'boolean',
    describe:
      'Then wait until each server answers SSH and the key logs in (a real handshake), recording the host key its console shows',
  },
  'ssh-timeout': {
    type: 'string',
    describe: 'With --wait-ssh: give up after this many seconds (default 900)',
  },
  'keep-on-failure': {
    type: 'boolean',
    describe: 'Leave created servers and addresses in place when a step fails',
  },
  'bm-image': { type: 'string', describe: 'api-6 compatibility: the image, when --image is not given' },
  'bm-ssh-user': {
    type: 'string',
    describe: 'The login user to report (default: from the image; cc on CC-* images)',
  },
  'force-ironic': {
    type: 'boolean',
    describe: 'api-6 compatibility: ignored (Chameleon users cannot drive Ironic; servers boot through Nova)',
  },
} as const;

/** What launch's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type LaunchArgs = StepArgs<typeof options, typeof positionals>;

export const launchCommand = defineStep({
  name: 'launch',
  kind: 'launch',
  aliases: ['api-6'],
  positional: '[lease]',
  positionals,
  summary: 'Boot servers on a host reservation, attach floating IPs, report SSH info',
  description:
    "Boots --count servers on the lease's physical:host reservation (Nova scheduler hint reservation=<id>) with " +
    'the image, flavor (baremetal), network and SSH key given, waits until they are ACTIVE with --wait, attaches ' +
    "floating IPs (the lease's reserved ones first) when the network is private, as sharednet1 is, and prints for " +
    'each server its addresses, login user and a ready ssh command. Without a key (--key-name, --public-key, ' +
    '--create-key or ~/.ssh/id_ed25519.pub) it boots nothing. If a step fails, the servers, addresses and key pair ' +
    'it created are deleted again unless --keep-on-failure. With --wait-ssh it returns only once every server ' +
    'answers SSH and the key logs in, with the host key from the console log recorded in the output.',
  options,
  changesCloud: true,
  examples: [
    [
      'envboot launch my-lease --image CC-Ubuntu22.04 --wait',
      'boot one server with ~/.ssh/id_ed25519.pub and a floating IP',
    ],
    [
      'envboot lease-status my-lease --wait | envboot launch --image CC-Ubuntu22.04-CUDA --wait 1800',
      'boot when the lease is ACTIVE',
    ],
    [
      "envboot launch my-lease --image CC-Ubuntu24.04 --create-key --wait | jq -r '.data.servers[].ssh'",
      'with a new key pair; the ssh line names its private key',
    ],
    [
      'envboot launch my-lease --image CC-Ubuntu22.04 --wait-ssh --ssh-timeout 1200',
      'return once the key logs in over SSH, with the host key recorded',
    ],
    [
      'envboot launch my-lease --image CC-Ubuntu22.04 --key-name my-key --no-floating-ip',
      'an existing key pair, no public address (reachable only from inside the site)',
    ],
    [
      'envboot lease-create --site uc --node-type compute_skylake --dry-run | envboot launch --image CC-Ubuntu22.04 --dry-run',
      'rehearse offline: the body Nova would get, placeholder servers, nothing sent',
    ],
  ],
  epilogue: 'Output: docs/commands/launch.md. Bare-metal servers take about 10 minutes to boot.',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: async (args, base) =>
    (await import('@envboot/openstack/context')).createCloudContext(
      cloudSelection(args, base.upstream),
      base,
    ),
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
