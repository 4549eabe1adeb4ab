// Auth: keystonemiddleware's job in front of each service. On a route that requires a token, the request gets the
// token's details, or Keystone's 401 is thrown.
import { header, ReplyError, type Route, type SimRequest } from '../http.js';
import { keystoneError, UNAUTHORIZED_MESSAGE } from '../keystone/errors.js';
import type { World } from '../world.js';

export async function authenticate(world: World, route: Route, request: SimRequest): Promise<void> {
  if (!route.auth) return;
  const info = await world.authenticate(header(request, 'x-auth-token'));
  if (!info || !info.projectId) throw new ReplyError(keystoneError(401, UNAUTHORIZED_MESSAGE));
  request.auth = info;
}
