// Headers: what every answer carries (X-Openstack-Request-Id, X-Sim-Clock-Speed, a Date in virtual time), what
// each service adds (its API version, Vary on Keystone, X-Compute-Request-Id on Nova, WWW-Authenticate on a 401),
// and the body's type and length. Then the answer is sent.
import type { ServerResponse } from 'node:http';
import { httpDate } from '../dates.js';
import type { ServiceName } from '../http.js';
import { requestId } from '../ids.js';
import type { World } from '../world.js';
import type { Answer } from './types.js';

export function send(res: ServerResponse, world: World, service: ServiceName, answer: Answer): void {
  const { reply } = answer;
  const headers: Record<string, string> = {
    ...answer.serviceHeaders,
    ...reply.headers,
    'X-Openstack-Request-Id': requestId(),
    'X-Sim-Clock-Speed': String(world.clock.speed),
    Date: httpDate(world.clock.nowMs()),
  };
  if (service === 'identity') headers.Vary = 'X-Auth-Token';
  if (service === 'compute') headers['X-Compute-Request-Id'] = headers['X-Openstack-Request-Id']!;
  if (reply.status === 401 && service !== 'oidc')
    headers['WWW-Authenticate'] = `Keystone uri="${world.authUrl}"`;
  let payload: string | undefined;
  if (reply.body !== undefined) {
    payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    headers['Content-Type'] = reply.contentType ?? 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  } else if (reply.status !== 204 && reply.status !== 304) {
    headers['Content-Length'] = '0';
  }
  res.sendDate = false;
  res.writeHead(reply.status, headers);
  res.end(payload);
}
