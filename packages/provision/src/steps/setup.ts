// The setup step: the repository's environment on the servers, from its analysis. The script started as user data
// at launch (launch.ts) while SSH was awaited; here it is followed over SSH (or started, when it had not), and the
// environment recorded. A failed step or check fails the run with SETUP_FAILED, and the servers are kept for a
// look unless --cleanup-on-failure (run.ts).
import { EnvbootError } from '@envboot/core';
import { runPostSetup } from '../setup/post-setup.js';
import { renderUserData } from '@envboot/setup';
import { followServers } from '../setup/follow.js';
import { setupPlanFor } from '../setup/plan.js';
import type { RunState } from '../state/model.js';
import type { ChainStep } from './types.js';

/** An hour: most environments build in minutes; a large conda one may take most of it. */
export const SETUP_TIMEOUT_SECONDS = 3600;

/** The user data that starts the set-up at boot, when the run will set up (null: none). */
export function setupUserData(state: RunState): string | null {
  if (state.options.skipLaunch || state.options.waitSsh === false) return null;
  const planned = setupPlanFor(state);
  return 'plan' in planned ? renderUserData(planned.plan) : null;
}

export const setup: ChainStep = {
  name: 'setup',
  skipped: (run) => {
    const o = run.state.options;
    return o.skipLaunch || o.setup === false || o.skipRepoClone || !run.state.repo;
  },
  done: (run) => run.state.environment?.status === 'ready',
  async run(run, { again }) {
    const { state, ctx, input } = run;
    const o = state.options;
    const planned = setupPlanFor(state);
    if (!('plan' in planned)) {
      ctx.log.warn(`the repository was not set up: ${planned.skipped}`);
      return {
        environment: { status: 'skipped', reason: planned.skipped, steps: [], checks: [], activate: null },
      };
    }
    const timeoutSeconds = o.setupTimeoutSeconds ?? SETUP_TIMEOUT_SECONDS;
    let environment = await followServers(
      state.outputs.servers,
      {
        plan: planned.plan,
        runId: state.run_id,
        privateKeyPath: state.key?.private_key_path ?? null,
        env: input.env,
        timeoutSeconds,
        userData: o.waitSsh !== false,
        rerun: again,
      },
      ctx,
    );
    if (environment.status === 'ready') environment = await runPostSetup(run.plugins, state, environment);
    if (environment.status === 'failed') {
      // Recorded before the failure is thrown: the envelope and envboot setup show what the node did.
      state.environment = environment;
      run.save();
      throw new EnvbootError('SETUP_FAILED', environment.reason ?? 'the set-up failed', {
        hint: `Look with: ${environment.enter ?? `envboot ssh ${state.run_id}`}   Run the set-up again with: envboot setup ${state.run_id}`,
        details: {
          step: environment.steps.find((s) => s.state === 'failed')?.id ?? null,
          log_tail: environment.steps.find((s) => s.state === 'failed')?.log_tail ?? null,
        },
      });
    }
    return { environment };
  },
};
