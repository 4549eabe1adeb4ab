// The setup command: flags and help. Its work is loaded only when it runs.
import { defineStep } from '@envboot/core/cli';
import { optionalSeconds } from '@envboot/core';

const positionals = {
  run: { type: 'string', describe: 'The run id (envboot runs lists them)' },
} as const;

const options = {
  check: {
    type: 'string',
    describe: "Your own check, run in the environment at the end (replaces the run's --check)",
  },
  timeout: {
    type: 'string',
    describe: 'How many seconds the set-up may take (default: the run’s --setup-timeout, else 3600)',
  },
  script: {
    type: 'boolean',
    describe: 'With --dry-run: also print the script the node runs',
  },
} as const;

export const setupCommand = defineStep({
  name: 'setup',
  kind: 'setup',
  positional: '<run>',
  positionals,
  summary: "Set a run's repository up on its servers (again): runtime, environment, GPU and framework checks",
  description:
    "Runs the set-up of a provision run on its servers over SSH, with the run's key and the host key it recorded: " +
    'the analysed commit checked out, the runtime, the environment from the repository’s manifests, the GPU and ' +
    'framework checks, and --check. Steps the node already finished are skipped; a set-up that is ready with the ' +
    'same plan is left as it is. Each step’s progress goes to stderr; a failed step gives its exit status and the ' +
    'end of its log (SETUP_FAILED, exit 8), and the servers are kept. --dry-run shows the plan (and --script the ' +
    'script) without connecting. Set-up steps per ecosystem, and how to read a failure: docs/provision.md.',
  usesCloud: false,
  // It changes the servers (not the cloud): --dry-run shows the plan without connecting.
  changesCloud: true,
  readsStdin: false,
  options,
  examples: [
    ['envboot setup prov-20261125-2041-3fa9c2', 'set up (or finish setting up) the run’s servers'],
    [
      'envboot setup prov-20261125-2041-3fa9c2 --check "pytest -x tests/unit"',
      'with your tests as the last check',
    ],
    ['envboot setup prov-20261125-2041-3fa9c2 --dry-run --script', 'the steps and the script, nothing run'],
    [
      'envboot runs | jq -r \'.data.runs[] | select(.failed_step == "setup") | .run_id\' | xargs -n1 envboot setup',
      'try again every run whose set-up failed',
    ],
    ['envboot ssh prov-20261125-2041-3fa9c2 --env', 'then log in inside the environment'],
  ],
  toInput: async (args) => ({
    run: String(args.run),
    check: typeof args.check === 'string' && args.check.trim() ? args.check.trim() : null,
    timeoutSeconds: optionalSeconds(args.timeout, 'timeout', null),
    script: args.script === true,
    stateDir: (await import('./state/store.js')).stateDir(process.env),
    env: process.env,
  }),
  load: async () => ({ run: (await import('./setup/command.js')).runSetup }),
});
