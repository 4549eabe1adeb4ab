// provision: the whole chain in one process. Every run has an id and a state file; on failure it deletes what it
// created (unless --keep-on-failure) and says what failed, what was removed and what remains; on Ctrl-C it stops
// waiting, records where it was, and says how to resume or clean up.
import {
  ConflictError,
  EnvbootError,
  InterruptedError,
  toErrorObject,
  withChanges,
  type ContextChange,
  type ProvisionData,
} from '@envboot/core';
import { leaseContext } from '@envboot/leases';
import { requireKey, serversContext } from '@envboot/launch';
import { runChain, type Chain } from './chain.js';
import { flavorTable, reservesFlavors } from './kvm/steps.js';
import { STEP_TABLE } from './steps/index.js';
import { cleanUp, createdBy } from './cleanup.js';
import type { ProvisionContext } from './context.js';
import { toData } from './data.js';
import { analyzeInputFor, type ProvisionInput } from './input.js';
import { loadPlugins, pluginFiles } from './plugins.js';
import { newState, type RunState } from './state/model.js';
import { RunStore, newRunId } from './state/store.js';

function interrupted(err: unknown, ctx: ProvisionContext): boolean {
  return ctx.signal.aborted || (err instanceof EnvbootError && err.code === 'INTERRUPTED');
}

function openRun(store: RunStore, input: ProvisionInput, site: string): RunState {
  if (!input.resume) return newState(newRunId(), { ...input.options, site });
  const state = store.load(input.resume);
  if (state.status === 'completed' || state.status === 'cleaned') {
    throw new ConflictError(`run ${state.run_id} is ${state.status}: there is nothing to resume`, {
      field: 'resume',
      hint:
        state.status === 'completed'
          ? `Delete what it created with: envboot cleanup ${state.run_id} --yes`
          : undefined,
    });
  }
  return state;
}

export async function run(input: ProvisionInput, ctx: ProvisionContext): Promise<ProvisionData> {
  try {
    return await provision(input, ctx);
  } finally {
    // A run that ended before its analysis did (a failure, a refusal) leaves no clone behind in the cache.
    await ctx.analysis?.stop();
  }
}

/** The steps of a run at its site: KVM@TACC reserves flavors, not hosts (kvm/steps.ts). */
const tableFor = (ctx: ProvisionContext) =>
  reservesFlavors(ctx.site) ? flavorTable(STEP_TABLE) : STEP_TABLE;

async function provision(input: ProvisionInput, ctx: ProvisionContext): Promise<ProvisionData> {
  const store = new RunStore(input.stateDir);
  const state = openRun(store, input, ctx.site.id);
  const plugins = await loadPlugins(pluginFiles(state.options.plugins, input.env));
  const chain: Chain = {
    state,
    store,
    ctx,
    plugins,
    input: {
      ...input,
      analyze: input.analyze ?? (input.resume ? analyzeInputFor(state.options, input.env, input.home) : null),
    },
  };
  if (ctx.dryRun) {
    // Read-only: the plan and the window, nothing created, nothing recorded.
    const quiet = { ...store, save: () => {} } as unknown as RunStore;
    await runChain({ ...chain, store: quiet }, tableFor(ctx));
    state.status = 'dry_run';
    return toData(state, true);
  }

  // Nothing is reserved for servers nobody could log in to: without a key the run stops before it starts.
  const o = state.options;
  if (!state.key && !o.skipLaunch) {
    await requireKey({
      keyName: o.keyName,
      publicKeyFile: o.keyPath,
      createKey: o.createKey,
      home: input.home,
    });
  }

  const unlock = store.lock(state.run_id);
  state.pid = process.pid;
  state.status = 'running';
  state.failed_step = null;
  state.error = null;
  store.save(state);
  try {
    await runChain(chain, tableFor(ctx));
    if (state.status === 'running') state.status = 'completed';
    return toData(state);
  } catch (err) {
    if (interrupted(err, ctx)) {
      state.status = 'interrupted';
      throw new InterruptedError(`provision interrupted during ${state.failed_step ?? 'the run'}`, {
        hint: `Continue with: envboot provision --resume ${state.run_id}   Or delete what it made: envboot cleanup ${state.run_id} --yes`,
        data: toData(state) as unknown as Record<string, unknown>,
      });
    }
    state.status = 'failed';
    state.error = toErrorObject(err);
    // A set-up that failed, or whose node stopped answering, leaves servers worth a look (its log, the half-built
    // environment, the console): kept unless asked.
    const setupFailed = state.failed_step === 'setup';
    const keep = state.options.keepOnFailure || (setupFailed && !state.options.cleanupOnFailure);
    if (!keep) {
      try {
        const cloud = await ctx.cloud();
        const result = await cleanUp(cloud, state, { log: ctx.log });
        state.removed = result.removed;
        state.remaining = result.remaining;
      } catch (cleanupError) {
        // The run's own failure is the one reported; what it had created is still there, as far as it knows.
        ctx.log.warn({ err: cleanupError }, 'could not clean up after the failure');
        state.remaining = createdBy(state);
      }
    }
    if (setupFailed && keep) state.remaining = createdBy(state);
    const left = state.remaining.length > 0 || keep;
    const known = err instanceof EnvbootError ? err : null;
    throw withChanges(err, {
      message: `${state.failed_step ?? 'provision'}: ${known?.message ?? String((err as Error)?.message ?? err)}`,
      hint: [
        known?.hint,
        left
          ? `Delete what remains with: envboot cleanup ${state.run_id} --yes`
          : 'What the run had created was removed.',
      ]
        .filter(Boolean)
        .join(' '),
      data: toData(state) as unknown as Record<string, unknown>,
    });
  } finally {
    state.pid = null;
    store.save(state);
    unlock();
  }
}

/** What a run adds to the chain context: what `envboot launch` needs after --skip-launch, and the servers. */
export function contextFrom(data: ProvisionData): ContextChange {
  return {
    ...(data.lease ? leaseContext(data.lease) : {}),
    site: data.site,
    run_id: data.run_id,
    plan: data.plan ?? undefined,
    image: data.plan?.image,
    key_name: data.key?.name,
    ...(data.servers?.length ? { servers: serversContext(data.servers) } : {}),
  };
}
