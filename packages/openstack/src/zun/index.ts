// Zun, the container service of CHI@Edge: callers write zun.containers.create(cloud.zun, …).
export * as containers from './containers.js';
export { classify } from './errors.js';
export type { Container, ContainerCreate } from './containers.js';
