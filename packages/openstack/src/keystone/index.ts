// Keystone, the identity service, for calls made with a token (authentication itself lives in methods/).
export * as projects from './projects.js';
export { classify } from './errors.js';
export type { Project } from './projects.js';
export type { Token, Principal } from './tokens.js';
export type { Catalog, CatalogEntry, Endpoint } from './catalog.js';
