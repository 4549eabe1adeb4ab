export type { Arg, Command, DirName, SetupPlan, SetupStep, StepKind, StepStatus } from './model.js';
export { planSetup, publicUrl, repoName, type SetupInput } from './plan.js';
export { pythonBounds, type PythonBounds } from './python-range.js';
export { planDigest, renderScript, renderUserData } from './script.js';
export { readProgress, type SetupProgress } from './status.js';
export { shellQuote } from './quote.js';
export {
  followSetup,
  startSetup,
  type FollowOptions,
  type NodeShell,
  type SetupResult,
  type StepResult,
} from './follow.js';
export { connectNodeShell, type Login, type NodeAddress, type SshNodeShell } from './ssh-shell.js';
export { NodeShellError, type NodeShellFailure } from './shell-error.js';
export { environmentOf, plannedEnvironment, skippedEnvironment, type Environment } from './environment.js';
