// `envboot runs` and `envboot cleanup <run>`: the runs recorded on this machine, and deleting what one created.
// A run recorded as running whose process is gone (killed, or its terminal closed) is shown as interrupted, and
// clean-up and --resume take it like any interrupted run; a run a live process holds is left to that process.
import { UsageError, type CleanupData, type RunsData } from '@envboot/core';
import type { StepContext } from '@envboot/core/cli';
import type { CloudStepContext } from '@envboot/openstack';
import { adoptedBy, cleanUp, createdBy } from './cleanup.js';
import type { RunState } from './state/model.js';
import { RunStore, stateDir } from './state/store.js';

export interface RunsInput {
  stateDir: string;
}

/** The status to show: "running" only while a live process holds the run. */
function shownStatus(state: RunState, active: boolean): RunState['status'] {
  return state.status === 'running' && !active ? 'interrupted' : state.status;
}

/** user@address of the run's first server that let the key log in over SSH, while its servers are there. */
function reachable(state: RunState): string | null {
  if (state.status === 'cleaned') return null;
  const ready = state.outputs.servers.find((s) => s.server_id && s.ssh_ready)?.ssh_ready;
  return ready ? `${ready.user}@${ready.address}` : null;
}

export async function listRuns(input: RunsInput, ctx?: Pick<StepContext, 'log'>): Promise<RunsData> {
  const store = new RunStore(input.stateDir);
  const runs = store.list((file, reason) =>
    ctx?.log.warn({ file }, `the run state ${file} cannot be read (${reason}): it is not listed`),
  );
  return {
    state_dir: store.dir,
    runs: runs.map((s) => {
      const active = store.holder(s.run_id) !== null;
      return {
        run_id: s.run_id,
        status: shownStatus(s, active),
        created_at: s.created_at.replace(/\.\d{3}Z$/, 'Z'),
        updated_at: s.updated_at.replace(/\.\d{3}Z$/, 'Z'),
        site: s.options.site,
        repo: s.repo?.source ?? s.options.repo,
        lease: s.lease?.id ?? null,
        servers: s.servers.filter((x) => x.id).length,
        failed_step: s.failed_step,
        active,
        reachable: reachable(s),
      };
    }),
  };
}

export interface CleanupInput {
  run: string;
  confirmed: boolean;
  stateDir: string;
}

export async function cleanupRun(input: CleanupInput, ctx: CloudStepContext): Promise<CleanupData> {
  const store = new RunStore(input.stateDir);
  const state = store.load(input.run);
  const created = createdBy(state);
  if (ctx.dryRun)
    return {
      run_id: state.run_id,
      status: 'simulated',
      removed: [],
      remaining: created,
      kept: adoptedBy(state),
      dry_run: true,
    };
  if (!input.confirmed) {
    throw new UsageError(`refusing to delete what run ${state.run_id} created without --yes`, {
      field: 'yes',
      hint: `It created: ${created.map((r) => `${r.type} ${r.name ?? r.id}`).join(', ') || 'nothing recorded'}. Add --yes, or --dry-run to list it.`,
    });
  }
  if (state.status === 'cleaned' && created.length === 0) {
    return {
      run_id: state.run_id,
      status: 'nothing_to_do',
      removed: [],
      remaining: [],
      kept: adoptedBy(state),
      dry_run: false,
    };
  }
  // The lock is refused while a live process works on the run; once held, a run still recorded as running was
  // left so by a process that died, and is cleaned up as the interrupted run it is.
  const unlock = store.lock(input.run);
  try {
    const held = store.load(input.run);
    if (held.status === 'running') {
      held.status = 'interrupted';
      held.pid = null;
    }
    const result = await cleanUp(await ctx.cloud(), held, { log: ctx.log, signal: ctx.signal });
    held.removed = [...held.removed, ...result.removed];
    held.remaining = result.remaining;
    if (result.remaining.length === 0) {
      held.status = 'cleaned';
      if (held.lease && !held.lease.adopted) held.lease = { ...held.lease, id: null };
      held.servers = [];
      held.floating_ips = [];
      if (held.key?.created) held.key = { ...held.key, created: false };
    }
    store.save(held);
    return {
      run_id: state.run_id,
      status:
        result.remaining.length === 0
          ? result.removed.length === 0
            ? 'nothing_to_do'
            : 'cleaned'
          : 'partial',
      removed: result.removed,
      remaining: result.remaining,
      kept: adoptedBy(held),
      dry_run: false,
    };
  } finally {
    unlock();
  }
}

export { stateDir };
