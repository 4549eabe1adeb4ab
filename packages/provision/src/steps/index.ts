// provision's step table: what a run does, in order. Adding a step is adding an entry here (and its name to
// state/model.ts's STEP_NAMES, in the same order).
import { analyze, connect, plan } from './site.js';
import { allocate, keypair, lease, leaseActive } from './reserve.js';
import { launch } from './launch.js';
import { sshReady } from './ssh-ready.js';
import { setup } from './setup.js';
import { window } from './window.js';
import type { StepTable } from './types.js';

export const STEP_TABLE: StepTable = [
  // The repository is fetched and analysed while the site is read.
  [connect, analyze],
  plan,
  window,
  keypair,
  lease,
  leaseActive,
  allocate,
  launch,
  sshReady,
  setup,
];

export { defaultLeaseName } from './reserve.js';
export { STOP, type ChainStep, type RunScope, type StepResult, type StepTable } from './types.js';
