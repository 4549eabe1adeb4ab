import base from '../../jest.base.js';
// Scenarios mostly wait (retries, Retry-After, virtual time): several run at once, each against its own simulator.
export default { ...base, testTimeout: 300000, maxConcurrency: 6 };
