// Stand-in for cacheable-request (see got-unused.ts): constructed only when a request has a `cache` option.

export class CacheError extends Error {}

export default class CacheableRequest {
  constructor() {
    throw new Error("got's cache option is not part of the envboot bundle");
  }
}
