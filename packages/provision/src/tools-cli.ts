// The runs and cleanup commands: flags and help. Their work is loaded only when they run.
import { cloudSelection, defineStep, type StepArgs, type StepContext } from '@envboot/core/cli';
import type { CloudStepContext } from '@envboot/openstack';

const dirOf = async () => (await import('./state/store.js')).stateDir(process.env);

export const runsCommand = defineStep({
  name: 'runs',
  kind: 'runs',
  summary: 'The provision runs recorded on this machine, newest first',
  description:
    'Lists the runs in $XDG_STATE_HOME/envboot/runs with their status (completed, failed, interrupted, cleaned, …), ' +
    'site, repository, lease, number of servers, the step that failed, whether a process is working on them, and ' +
    'which have a reachable server (user@address of one that let the key log in over SSH: envboot ssh <run>). ' +
    'A run is running only while its process lives: one whose process was killed, or whose terminal closed, is ' +
    'interrupted (resume it, or clean it up).',
  usesCloud: false,
  readsStdin: false,
  examples: [
    ['envboot runs', 'every run'],
    [
      'envboot runs | jq -r \'.data.runs[] | select(.status == "interrupted") | .run_id\'',
      'runs to resume or clean up',
    ],
  ],
  toInput: async () => ({ stateDir: await dirOf() }),
  load: async () => ({ run: (await import('./runs.js')).listRuns }),
});

const cleanupPositionals = {
  run: { type: 'string', describe: 'The run id (envboot runs lists them)' },
} as const;
const cleanupOptions = {
  yes: { type: 'boolean', describe: 'Really delete (required unless --dry-run)' },
} as const;

async function cleanupContext(
  args: StepArgs<typeof cleanupOptions, typeof cleanupPositionals>,
  base: StepContext,
): Promise<CloudStepContext> {
  const [{ createCloudContext }, { RunStore, stateDir }] = await Promise.all([
    import('@envboot/openstack/context'),
    import('./state/store.js'),
  ]);
  // Clean up at the site the run used.
  const site = new RunStore(stateDir(process.env)).load(String(args.run)).options.site;
  return createCloudContext({ ...cloudSelection(args, base.upstream), site }, base);
}

export const cleanupCommand = defineStep({
  name: 'cleanup',
  kind: 'cleanup',
  positional: '<run>',
  positionals: cleanupPositionals,
  summary: 'Delete what a provision run created: servers, floating IPs, lease, key pair',
  description:
    'Deletes the servers of a run (those it recorded and any booted on its own lease), the floating IPs it ' +
    'allocated, the lease it created and a key pair it created, in that order, and records the run as cleaned. ' +
    'What the run adopted (a lease you had, a key pair you named) is never deleted. Idempotent: what is already ' +
    'gone counts as removed. Asks for --yes. A run whose process is gone is cleaned up like any interrupted run.',
  changesCloud: true,
  readsStdin: false,
  options: cleanupOptions,
  examples: [
    ['envboot cleanup prov-20261125-2041-3fa9c2 --yes', 'delete what the run created'],
    [
      'envboot runs | jq -r \'.data.runs[] | select(.status == "failed") | .run_id\' | xargs -n1 envboot cleanup --yes',
      'clean up every failed run',
    ],
  ],
  toInput: async (args) => ({ run: String(args.run), confirmed: args.yes === true, stateDir: await dirOf() }),
  load: async () => ({ run: (await import('./runs.js')).cleanupRun }),
  createContext: cleanupContext,
});
