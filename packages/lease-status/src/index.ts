export { run, contextFrom } from './run.js';
export { toInput, type LeaseStatusInput } from './input.js';
export { leaseStatusCommand } from './cli.js';
