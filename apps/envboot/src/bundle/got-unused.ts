// Stand-ins for the three packages got imports for options envboot never turns on: HTTP/2 (http2-wrapper),
// the response cache (cacheable-request) and the DNS cache (cacheable-lookup). The bundle uses these instead,
// so a command neither loads node:http2 nor the cache libraries at start-up. Turning one of those options on
// throws here rather than quietly doing something else.

function notBundled(feature: string): never {
  throw new Error(`got's ${feature} is not part of the envboot bundle`);
}

/** http2-wrapper: read only when a request has `http2: true`. */
export default {
  get globalAgent(): never {
    return notBundled('http2 option');
  },
  get auto(): never {
    return notBundled('http2 option');
  },
};
