// @envboot/sim: local Chameleon sites (each with Keystone, Blazar, Nova, Neutron, Glance and the reference API on
// a port of its own), seeded from the CHI@UC snapshot and the other sites' inventories, with a virtual clock and faults on demand. docs/simulator.md.
export {
  startSim,
  SIM_DEFAULT_PORT,
  type AnsweredRequest,
  type Sim,
  type SimSite,
  type SimClock,
  type SimOptions,
} from './server.js';
export { DEFAULT_IDENTITY, type SimIdentity } from './keystone/identity.js';
export {
  parseFaultSpec,
  normalizeFaultSpec,
  type FaultRule,
  type FaultSpec,
  type LatencyRule,
} from './faults.js';
export { MAX_SPEED } from './clock.js';
export { SIM_SITES, parseSites } from './sites.js';
