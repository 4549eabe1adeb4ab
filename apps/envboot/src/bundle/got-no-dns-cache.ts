// Stand-in for cacheable-lookup (see got-unused.ts): constructed only when a request has `dnsCache: true`.

export default class CacheableLookup {
  constructor() {
    throw new Error("got's dnsCache option is not part of the envboot bundle");
  }
}
