// Glance, the image service: callers write glance.images.list(cloud.glance, …).
export * as images from './images.js';
export { classify } from './errors.js';
export type { Image, ImageFilter } from './images.js';
