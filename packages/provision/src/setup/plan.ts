// The set-up plan of a run: from the analysis it recorded (requirements, the repository's URL and commit) and the
// run's set-up options; or why there is none.
import type { Requirements } from '@envboot/core';
import { planSetup, type SetupPlan } from '@envboot/setup';
import type { RunState } from '../state/model.js';

export type SetupPlanOrReason = { plan: SetupPlan } | { skipped: string };

export function setupPlanFor(state: RunState, override: { check?: string | null } = {}): SetupPlanOrReason {
  const o = state.options;
  if (o.setup === false) return { skipped: 'the run was made with --no-setup' };
  if (!state.repo || !state.requirements)
    return { skipped: 'no repository was analysed (--skip-repo-clone, or a plan from a pipe)' };
  if (!state.repo.url)
    return {
      skipped: `the repository is a local directory (${state.repo.source}): a node cannot fetch it; give --repo its URL`,
    };
  const requirements = state.requirements as unknown as Requirements;
  return {
    plan: planSetup({
      repo: { url: state.repo.url, commit: state.repo.commit },
      requirements: {
        gpu: requirements.gpu,
        runtimes: requirements.runtimes,
        runtime_constraints: requirements.runtime_constraints,
        frameworks: requirements.frameworks ?? [],
        environment_files: requirements.environment_files ?? [],
        install_extras: requirements.install_extras ?? [],
      },
      check: override.check !== undefined ? override.check : (o.check ?? null),
      pip: o.pip ?? null,
    }),
  };
}

/** The command, here, that logs in to a run's server inside its environment. */
export function enterCommand(runId: string, server: string | null, servers: number): string {
  return `envboot ssh ${servers > 1 && server ? server : runId} --env`;
}
