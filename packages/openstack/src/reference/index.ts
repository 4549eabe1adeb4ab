// Chameleon's reference API (resource discovery): sites, clusters, nodes. No token needed.
export * as sites from './sites.js';
export * as clusters from './clusters.js';
export * as nodes from './nodes.js';
export * as flavors from './flavors.js';
export { classify } from './errors.js';
export type { Site } from './sites.js';
export type { Cluster } from './clusters.js';
export type { Node, Gpu } from './nodes.js';
export type { FlavorAvailability } from './flavors.js';
