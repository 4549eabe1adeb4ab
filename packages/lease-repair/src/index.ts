export { run, contextFrom } from './run.js';
export { toInput, type LeaseRepairInput } from './input.js';
export { leaseRepairCommand, type LeaseRepairArgs } from './cli.js';
