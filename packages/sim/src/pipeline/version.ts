// The API version a request asks for (OpenStack-API-Version and the services' older headers): Nova's microversion,
// which its handlers read, and the headers the service answers with at that version. A version the service does not
// serve is thrown as its 400 or 406.
import type { ServiceName, SimRequest } from '../http.js';
import { reservationHeaders } from '../blazar/versions.js';
import { computeVersion } from '../nova/versions.js';

export function negotiateVersion(service: ServiceName, request: SimRequest): Record<string, string> {
  if (service === 'reservation') return reservationHeaders(request);
  if (service === 'compute') {
    const v = computeVersion(request);
    request.microversion = v.version;
    return v.headers;
  }
  return {};
}
