export { run } from './run.js';
export { toInput, type LeaseListInput } from './input.js';
export { leaseListCommand, type LeaseListArgs } from './cli.js';
