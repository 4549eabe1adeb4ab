// `envboot runs` and `envboot cleanup <run>`: the runs recorded on this machine, and deleting what one created.
import { ConflictError, UsageError, type CleanupData, type RunsData } from '@envboot/core';
import type { StepContext } from '@envboot/core/cli';
import type { CloudStepContext } from '@envboot/openstack';
import { adoptedBy, cleanUp, createdBy } from './cleanup.js';
import { RunStore, alive, lockHolder, stateDir } from './state/store.js';
import { existsSync, readFileSync } from 'node:fs';

export interface RunsInput {
  stateDir: string;
}

function active(store: RunStore, runId: string): boolean {
  const lock = `${store.path(runId)}.lock`;
  if (!existsSync(lock)) return false;
  const holder = lockHolder(readFileSync(lock, 'utf8'));
  return holder !== null && alive(holder);
}

export async function listRuns(input: RunsInput, ctx?: Pick<StepContext, 'log'>): Promise<RunsData> {
  const store = new RunStore(input.stateDir);
  const runs = store.list((file, reason) =>
    ctx?.log.warn({ file }, `the run state ${file} cannot be read (${reason}): it is not listed`),
  );
  return {
    state_dir: store.dir,
    runs: runs.map((s) => ({
      run_id: s.run_id,
      status: s.status,
      created_at: s.created_at.replace(/\.\d{3}Z$/, 'Z'),
      updated_at: s.updated_at.replace(/\.\d{3}Z$/, 'Z'),
      site: s.options.site,
      repo: s.repo?.source ?? s.options.repo,
      lease: s.lease?.id ?? null,
      servers: s.servers.filter((x) => x.id).length,
      failed_step: s.failed_step,
      active: active(store, s.run_id),
    })),
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
  const unlock = store.lock(state.run_id);
  try {
    if (state.pid !== null && state.status === 'running') {
      throw new ConflictError(`run ${state.run_id} is still running`, { field: 'run' });
    }
    const result = await cleanUp(await ctx.cloud(), state, { log: ctx.log, signal: ctx.signal });
    state.removed = [...state.removed, ...result.removed];
    state.remaining = result.remaining;
    if (result.remaining.length === 0) {
      state.status = 'cleaned';
      if (state.lease && !state.lease.adopted) state.lease = { ...state.lease, id: null };
      state.servers = [];
      state.floating_ips = [];
      if (state.key?.created) state.key = { ...state.key, created: false };
    }
    store.save(state);
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
      kept: adoptedBy(state),
      dry_run: false,
    };
  } finally {
    unlock();
  }
}

export { stateDir };
