// The provision command: flags and help. Its work is loaded only when it runs.
import { isatty } from 'node:tty';
import {
  cloudSelection,
  defineStep,
  type CommonArgs,
  type StepArgs,
  type StepContext,
} from '@envboot/core/cli';
import type { ProvisionContext } from './context.js';
import type { ProvisionInput } from './input.js';

async function provisionContext(
  args: CommonArgs,
  base: StepContext,
  input: ProvisionInput,
): Promise<ProvisionContext> {
  const [{ createCloudContext, warmCloud }, { RunStore }, { askOnTerminal, startAnalysis }] =
    await Promise.all([
      import('@envboot/openstack/context'),
      import('./state/store.js'),
      import('./context.js'),
    ]);
  // A resumed run goes back to the site it started at.
  const selection = cloudSelection(args, base.upstream);
  if (input.resume) selection.site = new RunStore(input.stateDir).load(input.resume).options.site;
  // No site named, and none in the configuration: where the hosts are free first.
  const searched = await (await import('./site-search.js')).siteWhereFree(selection, base, input);
  if (searched) selection.site = searched;
  const ctx: ProvisionContext = await createCloudContext(selection, base, { env: input.env });
  // isatty(0), not process.stdin.isTTY: that would open stdin (a stream) only to ask.
  if (isatty(0) && isatty(2) && !base.upstream) {
    ctx.confirm = (question, reasons) => askOnTerminal(question, reasons, ctx.signal);
  }
  // The two longest first steps start now, before the chain's code loads: the clone (in git's own processes) and
  // the authentication. Neither creates anything; a failure is reported by the step that awaits it.
  if (input.analyze) ctx.analysis = await startAnalysis(input.analyze, ctx);
  // The HTTP client's code loads before the chain's, so that loading the chain does not hold the request back.
  await warmCloud();
  void ctx.cloud().catch(() => {});
  return ctx;
}

const options = {
  repo: {
    type: 'string',
    describe: 'The repository: an https URL, github.com/owner/repo, owner/repo or a directory',
  },
  ref: { type: 'string', describe: 'A branch or tag (default: the default branch)' },
  workdir: { type: 'string', describe: 'Also check the code out into this new or empty directory' },
  'skip-repo-clone': {
    type: 'boolean',
    describe: 'Do not read any repository; plan for no particular needs',
  },
  'allow-local-http': {
    type: 'boolean',
    describe: 'Allow plain http for a repository on 127.0.0.1 (local Git servers)',
  },
  'node-type': { type: 'string', describe: "Override the plan's node type" },
  image: { type: 'string', describe: "Override the plan's image" },
  nodes: { type: 'number', describe: "Override the plan's node count (1–1000)" },
  duration: { type: 'string', describe: "Override the plan's duration: 90m, 4h, 2d" },
  start: {
    type: 'string',
    describe: 'Start at "YYYY-MM-DD HH:MM" (UTC) instead of the earliest free window',
  },
  'lease-name': {
    type: 'string',
    describe:
      'Name of the new lease (default: envboot-<repository>-<run>); an existing one is used only with --adopt-lease',
  },
  lease: {
    type: 'string',
    describe:
      'Run on this existing lease of yours (id or name); it is adopted: never deleted by the run or cleanup',
  },
  'adopt-lease': {
    type: 'boolean',
    describe:
      'Use an existing lease of the --lease-name if it fits the plan (never deleted by the run or cleanup)',
  },
  'adopt-anyway': {
    type: 'boolean',
    describe: 'Use the existing lease even if its dates or hosts do not fit the plan (implies --adopt-lease)',
  },
  'server-name': {
    type: 'string',
    describe: 'Server name, or <name>-<n> for several (default: the lease name)',
  },
  network: { type: 'string', describe: "Network for the servers (default: the site's, sharednet1)" },
  'floating-ip': {
    type: 'boolean',
    default: true,
    describe: 'Attach a floating IP to each server (--no-floating-ip: do not)',
  },
  'key-name': {
    type: 'string',
    describe: 'Key pair to use, imported from --public-key if it does not exist (never deleted by cleanup)',
  },
  'create-key': {
    type: 'boolean',
    describe: 'Create a new key pair; its private key is written with mode 0600, never printed',
  },
  'public-key': {
    type: 'string',
    alias: 'key-path',
    describe: 'Public key file to import (default ~/.ssh/id_ed25519.pub or id_rsa.pub)',
  },
  'skip-launch': {
    type: 'boolean',
    describe: 'Stop once the lease is ACTIVE; pipe into envboot launch to boot by hand',
  },
  'wait-ssh': {
    type: 'boolean',
    describe:
      'Wait until every server answers SSH and the key logs in, recording its host key (default; --no-wait-ssh: do not)',
  },
  'ssh-timeout': {
    type: 'string',
    describe:
      'How many seconds the servers are given to answer SSH (default 900); one that never does fails the run',
  },
  setup: {
    type: 'boolean',
    describe:
      'Set the repository up on the servers once SSH answers: check out, runtime, environment, GPU checks (default; --no-setup: do not)',
  },
  check: {
    type: 'string',
    describe: 'Your own check, run in the environment at the end of the set-up (e.g. "pytest -x tests/unit")',
  },
  'pip-index-url': {
    type: 'string',
    describe: 'The package index pip uses on the node (a mirror; default: PyPI)',
  },
  'pip-find-links': {
    type: 'string',
    describe: 'A folder or page of wheels on the node, or a URL it can read, where pip also looks',
  },
  'pip-no-index': {
    type: 'boolean',
    describe: 'pip looks only at --pip-find-links (no index at all)',
  },
  'setup-timeout': {
    type: 'string',
    describe: 'How many seconds the set-up may take (default 3600); one that does not finish fails the run',
  },
  'cleanup-on-failure': {
    type: 'boolean',
    describe:
      'Also delete what was created when the set-up fails (by default the servers are kept to look at)',
  },
  'keep-on-failure': { type: 'boolean', describe: 'Leave what was created in place when a step fails' },
  yes: {
    type: 'boolean',
    describe: 'Do not ask before reserving (the question is only asked on a terminal)',
  },
  resume: {
    type: 'string',
    describe: 'Continue an interrupted or failed run from its last completed step',
  },
  plugin: {
    type: 'string',
    array: true,
    describe: 'A JS module with selectPlan / preLaunch / postLaunch / postSetup hooks (repeatable)',
  },
  'env-file': {
    type: 'string',
    describe: 'Read OS_* and OPENAI_* settings from this file (what is set already wins)',
  },
  ai: {
    type: 'boolean',
    describe: 'Ask a language model to refine the plan (default: when OPENAI_API_KEY is set)',
  },
} as const;

/** What provision's input is built from: its flags and arguments as yargs parses them, and the shared flags. */
export type ProvisionArgs = StepArgs<typeof options>;

export const provisionCommand = defineStep({
  name: 'provision',
  kind: 'provision',
  summary:
    'From a repository to its environment, ready on the right bare-metal server: analyze, plan, reserve, launch, set up',
  description:
    "Analyses the repository while it reads the site's catalog, plans the node type, count, image and duration, " +
    'finds the earliest window in which the hosts are free, creates the key pair and the lease, waits until it is ' +
    'ACTIVE, boots the servers, waits until they are ACTIVE, attaches floating IPs, waits until each answers SSH and ' +
    'the key logs in (recording its host key), then sets the repository up there and checks it: the analysed ' +
    "commit checked out, the runtime, the environment from the repository's own manifests (the extras its README " +
    'installs included), the GPUs visible and the framework seeing them, and --check (docs/provision.md). The set-up ' +
    'script starts as user data while the server boots and is followed over SSH; the last line is the command into ' +
    'the ready environment. A set-up that fails keeps the servers for a look (SETUP_FAILED, exit 8) unless ' +
    '--cleanup-on-failure; envboot setup <run> runs it again, skipping the steps done. ' +
    'Every run has an id and a state file: --resume continues an interrupted run, `envboot cleanup <run>` deletes ' +
    'what it created. On failure it deletes what it created unless --keep-on-failure. On a terminal it asks before ' +
    'reserving anything (--yes does not ask). A lease you already have is used only when you say so (--lease, ' +
    '--adopt-lease), and is never deleted. Without an SSH key (--key-name, --public-key, --create-key or ' +
    '~/.ssh/id_ed25519.pub) it boots nothing.',
  options,
  changesCloud: true,
  examples: [
    [
      'envboot provision --repo https://github.com/pytorch/examples --site uc',
      'the whole chain, asking before it reserves',
    ],
    [
      'envboot analyze --repo owner/repo --site uc | envboot provision --yes',
      'provision the plan analyze made',
    ],
    [
      'envboot provision --repo owner/repo --site uc --skip-launch --yes | envboot launch --image CC-Ubuntu22.04 --wait',
      'reserve with provision, boot by hand',
    ],
    [
      'envboot provision --repo owner/repo --site uc --create-key',
      'with a new key pair, its private key kept in ~/.local/state/envboot/keys',
    ],
    [
      'envboot provision --repo owner/repo --site uc --lease my-lease',
      'boot on a lease you already have (cleanup will not delete it)',
    ],
    [
      'envboot provision --repo owner/repo --site uc --check "pytest -x tests/unit"',
      'and run your tests in the ready environment',
    ],
    ['envboot provision --resume prov-20261125-2041-3fa9c2', 'continue an interrupted run'],
  ],
  epilogue: 'Output: docs/provision.md. Runs are kept in $XDG_STATE_HOME/envboot/runs (see envboot runs).',
  toInput: async (args, upstream) => (await import('./input.js')).toInput(args, upstream),
  load: () => import('./run.js'),
  createContext: provisionContext,
  warm: async () => (await import('@envboot/openstack/context')).warmCloud(),
});
