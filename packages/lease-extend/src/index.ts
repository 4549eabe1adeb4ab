export { run, contextFrom } from './run.js';
export { toInput, type LeaseExtendInput } from './input.js';
export { leaseExtendCommand, type LeaseExtendArgs } from './cli.js';
