export { run, contextFrom } from './run.js';
export { toInput, type LeaseStatusInput } from './input.js';
export { leaseStatusCommand, type LeaseStatusArgs } from './cli.js';
