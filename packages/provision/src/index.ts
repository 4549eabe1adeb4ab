// @envboot/provision: the whole chain in one process, with run state, resume, rollback and clean-up.
export { run, contextFrom } from './run.js';
export { toInput, optionsFrom, type ProvisionInput } from './input.js';
export { provisionCommand, type ProvisionArgs } from './cli.js';
export { runsCommand, cleanupCommand } from './tools-cli.js';
export { setupCommand } from './setup-cli.js';
export { listRuns, cleanupRun } from './runs.js';
export { cleanUp, createdBy, type Resource } from './cleanup.js';
export { RunStore, newRunId, stateDir } from './state/store.js';
export { STEP_NAMES, type RunState, type RunOptions, type StepName } from './state/model.js';
export type { ProvisionContext } from './context.js';
export { sshLogin, shellQuote, type SshLogin, type SshLoginInput } from './ssh-login.js';
