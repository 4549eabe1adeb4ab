export { run, contextFrom } from './run.js';
export { toInput, type LeaseDeleteInput } from './input.js';
export { leaseDeleteCommand, type LeaseDeleteArgs } from './cli.js';
