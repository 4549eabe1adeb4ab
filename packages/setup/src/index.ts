export type { Arg, Command, DirName, SetupPlan, SetupStep, StepKind, StepStatus } from './model.js';
export { planSetup, publicUrl, repoName, type SetupInput } from './plan.js';
export { pythonBounds, type PythonBounds } from './python-range.js';
export { renderScript, renderUserData } from './script.js';
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
