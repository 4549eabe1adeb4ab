// The provision envelope's data, from the run's state: the same shape after success, failure or interruption.
import type { ProvisionData } from '@envboot/core';
import { adoptedBy, createdBy } from './cleanup.js';
import { STEP_NAMES, type RunState } from './state/model.js';

export function toData(state: RunState, dryRun = false): ProvisionData {
  const open = state.status !== 'completed' && state.status !== 'cleaned' && state.status !== 'dry_run';
  const created = createdBy(state);
  return {
    run_id: state.run_id,
    status: dryRun
      ? 'dry_run'
      : state.status === 'running' || state.status === 'cleaned'
        ? 'failed'
        : state.status,
    site: state.options.site,
    repo: state.repo,
    requirements: state.requirements,
    plan: state.plan,
    window: state.window,
    key: state.key,
    lease: state.outputs.lease,
    hosts: state.outputs.hosts,
    servers: state.outputs.servers,
    ssh: state.ssh[0] ?? null,
    environment: state.environment ?? null,
    steps: STEP_NAMES.map((name) => ({
      name,
      status: state.steps[name].status,
      elapsed_ms: state.steps[name].elapsed_ms,
      requests: state.steps[name].requests,
    })),
    failed_step: state.failed_step,
    created,
    adopted: adoptedBy(state),
    removed: state.removed,
    remaining: state.remaining,
    resume:
      open && state.status !== 'planned' && !dryRun ? `envboot provision --resume ${state.run_id}` : null,
    cleanup:
      created.length > 0 && state.status !== 'cleaned' ? `envboot cleanup ${state.run_id} --yes` : null,
    dry_run: dryRun,
  };
}
