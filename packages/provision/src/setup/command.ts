// `envboot setup <run>`: the set-up of a provision run's servers, (re)run over SSH. The steps the node finished are
// skipped; a set-up already ready with the same plan is left as it is (nothing runs). A run that failed at its set-up
// becomes completed once the set-up is ready.
import { ConflictError, EnvbootError, type SetupData } from '@envboot/core';
import type { StepContext } from '@envboot/core/cli';
import { plannedEnvironment, renderScript } from '@envboot/setup';
import type { RunState } from '../state/model.js';
import { RunStore } from '../state/store.js';
import { SETUP_TIMEOUT_SECONDS } from '../steps/setup.js';
import { loadPlugins, pluginFiles } from '../plugins.js';
import { followServers } from './follow.js';
import { runPostSetup } from './post-setup.js';
import { enterCommand, setupPlanFor } from './plan.js';

export interface SetupCommandInput {
  run: string;
  /** Replaces the run's --check for this set-up (and later ones). */
  check: string | null;
  timeoutSeconds: number | null;
  /** With --dry-run: the script itself in the envelope. */
  script: boolean;
  stateDir: string;
  env: NodeJS.ProcessEnv;
}

function plannable(state: RunState, check: string | null) {
  if (state.status === 'cleaned')
    throw new ConflictError(`run ${state.run_id} was cleaned up: it has no servers to set up`, {
      field: 'run',
    });
  const planned = setupPlanFor(state, check !== null ? { check } : {});
  if (!('plan' in planned))
    throw new ConflictError(`run ${state.run_id} cannot be set up: ${planned.skipped}`, { field: 'run' });
  return planned.plan;
}

export async function runSetup(
  input: SetupCommandInput,
  ctx: Pick<StepContext, 'log' | 'progress' | 'signal' | 'dryRun'>,
): Promise<SetupData> {
  const store = new RunStore(input.stateDir);
  const state = store.load(input.run);
  const plan = plannable(state, input.check);
  const servers = state.outputs.servers.filter((s) => s.server_id);
  const enter = enterCommand(state.run_id, servers[0]?.name ?? null, servers.length);
  if (ctx.dryRun)
    return {
      run_id: state.run_id,
      environment: plannedEnvironment(plan, enter),
      script: input.script ? renderScript(plan) : null,
    };
  if (!servers.some((s) => s.ssh_ready))
    throw new ConflictError(
      `run ${state.run_id} has no server that answered SSH: there is nothing to set up`,
      {
        field: 'run',
        hint: 'A run made with --skip-launch or --no-wait-ssh has none; envboot runs shows which runs are reachable.',
      },
    );
  const plugins = await loadPlugins(pluginFiles(state.options.plugins, input.env));
  const unlock = store.lock(state.run_id);
  try {
    if (input.check !== null) state.options.check = input.check;
    let environment = await followServers(
      servers,
      {
        plan,
        runId: state.run_id,
        privateKeyPath: state.key?.private_key_path ?? null,
        env: input.env,
        timeoutSeconds: input.timeoutSeconds ?? state.options.setupTimeoutSeconds ?? SETUP_TIMEOUT_SECONDS,
        userData: false,
        rerun: true,
      },
      ctx,
    );
    if (environment.status === 'ready') environment = await runPostSetup(plugins, state, environment);
    state.environment = environment;
    state.steps.setup.status = environment.status === 'ready' ? 'done' : 'failed';
    if (environment.status === 'ready' && state.status === 'failed' && state.failed_step === 'setup') {
      state.status = 'completed';
      state.failed_step = null;
      state.error = null;
      state.remaining = [];
    }
    store.save(state);
    const data: SetupData = { run_id: state.run_id, environment };
    if (environment.status === 'failed')
      throw new EnvbootError('SETUP_FAILED', environment.reason ?? 'the set-up failed', {
        hint: `Look with: ${enter}   Fix the cause, then run envboot setup ${state.run_id} again (the steps done are skipped).`,
        data: data as unknown as Record<string, unknown>,
      });
    return data;
  } finally {
    unlock();
  }
}
