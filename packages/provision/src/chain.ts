// A provision run: the step table (steps/index.ts) walked in order. Each step is recorded in the run's state before
// and after it works (with its time and request count), so that a run can be resumed from the last completed step
// or its creations deleted; the loop, not the steps, does the recording, the progress line and the plugin hooks.
import { callHook, hookContext, type Plugin } from './plugins.js';
import type { ProvisionContext } from './context.js';
import type { ProvisionInput } from './input.js';
import { STEP_NAMES, type RunState, type StepName } from './state/model.js';
import type { RunStore } from './state/store.js';
import { STEP_TABLE, STOP, type ChainStep, type RunScope, type StepTable } from './steps/index.js';

export { defaultLeaseName } from './steps/index.js';

export interface Chain {
  state: RunState;
  store: RunStore;
  input: ProvisionInput;
  ctx: ProvisionContext;
  plugins: Plugin[];
}

export async function runChain(chain: Chain, table: StepTable = STEP_TABLE): Promise<void> {
  const scope = scopeOf(chain);
  for (const entry of table) {
    const group: readonly ChainStep[] = Array.isArray(entry) ? entry : [entry as ChainStep];
    const results = await Promise.all(group.map((step) => runStep(scope, step)));
    if (results.includes(STOP)) return;
  }
}

function scopeOf(chain: Chain): RunScope {
  const { state, store } = chain;
  const save = () => store.save(state);
  return {
    ...chain,
    found: {},
    save,
    // Replaced for each step by one that knows the step's open record (runStep).
    phase: () => {},
    skip: (...names) => {
      for (const name of names) if (state.steps[name].status !== 'done') state.steps[name].status = 'skipped';
      save();
    },
  };
}

/** Runs one step of the table, unless it is done or not for this run; its result is applied to the state. */
async function runStep(scope: RunScope, step: ChainStep): Promise<typeof STOP | void> {
  const names = [step.name, ...(step.phases ?? [])];
  if (step.skipped?.(scope)) return scope.skip(...names);
  if (step.done?.(scope)) return;
  const again = scope.state.steps[step.name].started_at !== null;
  if (step.hooks?.before) await pluginHooks(scope, step.hooks.before);
  const records = new StepRecords(scope, names);
  let result;
  try {
    result = await step.run({ ...scope, phase: (name) => records.enter(name) }, { again });
    if (result !== STOP && result) Object.assign(scope.state, result);
    records.finish();
  } catch (err) {
    records.fail();
    throw err;
  }
  if (step.hooks?.after) await pluginHooks(scope, step.hooks.after);
  return result === STOP ? STOP : undefined;
}

async function pluginHooks(scope: RunScope, hook: 'preLaunch' | 'postLaunch'): Promise<void> {
  for (const plugin of scope.plugins) {
    const fn = plugin[hook];
    if (fn) await callHook(plugin, hook, () => fn(hookContext(scope.state)));
  }
}

/**
 * The records a step keeps: its own first, then its phases as it enters them. Each is recorded as running, then
 * done (with its time and request count) or failed; a phase never entered is skipped.
 */
class StepRecords {
  private current: { name: StepName; started: number; requests: number } | null = null;
  private readonly pending: StepName[];

  constructor(
    private readonly scope: RunScope,
    names: StepName[],
  ) {
    this.pending = [...names];
    this.enter(names[0]!);
  }

  /** The next record begins; those of the step passed over on the way were not needed: skipped. */
  enter(name: StepName): void {
    const { state, ctx } = this.scope;
    this.close('done');
    while (this.pending.length > 0 && this.pending[0] !== name) this.skipRecord(this.pending.shift()!);
    this.pending.shift();
    const record = state.steps[name];
    const started = Date.now();
    record.status = 'running';
    record.started_at = new Date(started).toISOString();
    this.current = { name, started, requests: ctx.metrics.requests };
    this.scope.save();
    ctx.progress.update(
      `[${STEP_NAMES.indexOf(name) + 1}/${STEP_NAMES.length}] ${name.replace('_', ' ')}`,
      name,
    );
  }

  finish(): void {
    this.close('done');
    for (const name of this.pending.splice(0)) this.skipRecord(name);
    this.scope.save();
  }

  fail(): void {
    if (this.current) this.scope.state.failed_step = this.current.name;
    this.close('failed');
    this.scope.save();
  }

  private close(status: 'done' | 'failed'): void {
    if (!this.current) return;
    const { name, started, requests } = this.current;
    const record = this.scope.state.steps[name];
    record.status = status;
    record.finished_at = new Date().toISOString();
    record.elapsed_ms = Date.now() - started;
    record.requests = this.scope.ctx.metrics.requests - requests;
    this.current = null;
  }

  private skipRecord(name: StepName): void {
    const record = this.scope.state.steps[name];
    if (record.status !== 'done') record.status = 'skipped';
  }
}
