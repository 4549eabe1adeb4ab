export { run, contextFrom, leaseFipDescription } from './run.js';
export { toInput, type AllocateInput, type CheckoutRequest, type KnownSite } from './input.js';
export { hardwareOf } from './hardware.js';
export { allocateCommand, type AllocateArgs } from './cli.js';
