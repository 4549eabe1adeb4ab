// One entry of provision's step table: a name (and the names of its phases) recorded in the run state, how to tell
// from the state that it is done or not to be run, and its work, which returns what it changes in the state.
import type { Cloud } from '@envboot/openstack';
import type { RawCatalog, RepositoryAnalysis } from '@envboot/analyze';
import type { ProvisionContext } from '../context.js';
import type { ProvisionInput } from '../input.js';
import type { Plugin } from '../plugins.js';
import type { RunState, StepName } from '../state/model.js';
import type { RunStore } from '../state/store.js';

/** What a step works with: the run's state and store, its input and context, and what earlier steps found. */
export interface RunScope {
  state: RunState;
  store: RunStore;
  input: ProvisionInput;
  ctx: ProvisionContext;
  plugins: Plugin[];
  /** Kept in memory between the steps of one process, never in the state. */
  found: {
    cloud?: Cloud;
    /** The site's hosts, allocations, hardware and images, as read once by connect. */
    site?: RawCatalog;
    analysis?: RepositoryAnalysis | null;
  };
  /** Records the state now (a step that must not lose what it did so far if the process dies next). */
  save(): void;
  /** The step's next phase begins: its own record is done, the phase's runs (launch → server_active → …). */
  phase(name: StepName): void;
  /** Records steps as skipped (those done stay done). */
  skip(...names: StepName[]): void;
}

/** A step ends the run here (a question answered no, a dry run that has its plan and window). */
export const STOP = Symbol('stop');

export type StepResult = Partial<RunState> | typeof STOP | void;

export interface ChainStep {
  name: StepName;
  /** Records of the run state this step keeps after its own, entered with scope.phase() (those it never enters are skipped). */
  phases?: StepName[];
  /** Nothing to do in this run (recorded as skipped). */
  skipped?(run: RunScope): boolean;
  /** Done by an earlier attempt of the run (resumed): left as it is. */
  done?(run: RunScope): boolean;
  /** Plugin hooks called before and after the step's work. */
  hooks?: { before?: 'preLaunch'; after?: 'postLaunch' };
  /** `again`: an earlier attempt of the run had started this step (it is being resumed). */
  run(run: RunScope, attempt: { again: boolean }): Promise<StepResult>;
}

/** The table: steps in order; steps in an inner list run together. */
export type StepTable = ReadonlyArray<ChainStep | readonly ChainStep[]>;

/** The connection and the site's records, which connect (always the first step) provides. */
export function connected(run: RunScope): { cloud: Cloud; site: RawCatalog } {
  const { cloud, site } = run.found;
  if (!cloud || !site) throw new Error('the step ran before connect');
  return { cloud, site };
}
