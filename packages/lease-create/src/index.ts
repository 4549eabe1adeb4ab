export { run, contextFrom } from './run.js';
export { toInput, defaultName, type LeaseCreateInput } from './input.js';
export { leaseCreateCommand, type LeaseCreateArgs } from './cli.js';
