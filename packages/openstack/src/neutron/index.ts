// Neutron, the network service: callers write neutron.floatingips.create(cloud.neutron, …).
export * as networks from './networks.js';
export * as ports from './ports.js';
export * as floatingips from './floatingips.js';
export { classify } from './errors.js';
export type { Network } from './networks.js';
export type { Port } from './ports.js';
export type { FloatingIp, FloatingIpCreate, FloatingIpFilter } from './floatingips.js';

/** Neutron's API version path, appended to the catalog URL when it lacks it. */
export const API_PATH = 'v2.0';
