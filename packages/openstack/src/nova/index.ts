// Nova, the compute service: callers write nova.servers.create(cloud.nova, …).
export * as servers from './servers.js';
export * as flavors from './flavors.js';
export * as keypairs from './keypairs.js';
export { classify } from './errors.js';
export type {
  Server,
  ServerCreate,
  ServerAddress,
  ServerStatus,
  CreatedServer,
  ServerNetwork,
} from './servers.js';
export type { Flavor } from './flavors.js';
export type { Keypair, CreatedKeypair } from './keypairs.js';

/** The microversion envboot speaks (what python-chi pins). */
export const MICROVERSION = '2.61';
