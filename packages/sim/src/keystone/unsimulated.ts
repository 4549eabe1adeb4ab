// Keystone routes that exist on a real Keystone but are deliberately left out of the simulator: they answer 501 in
// Keystone's error body, naming the route, so that a client learns the simulator lacks it (a 404 would read as "no
// such resource"). docs/simulator.md lists them with the clients that send them.
import { ReplyError, type Route } from '../http.js';
import { keystoneError } from './errors.js';

/** Method and path pattern of each route left out. */
export const UNSIMULATED: ReadonlyArray<readonly [method: string, path: string]> = [
  ['GET', '/v3/users'],
  ['GET', '/v3/users/{user_id}'],
  ['GET', '/v3/users/{user_id}/groups'],
  ['POST', '/v3/users/{user_id}/password'],
  ['GET', '/v3/domains'],
  ['GET', '/v3/domains/{domain_id}'],
  ['GET', '/v3/roles'],
  ['GET', '/v3/role_assignments'],
  ['GET', '/v3/groups'],
  ['GET', '/v3/services'],
  ['GET', '/v3/endpoints'],
  ['GET', '/v3/regions'],
  ['GET', '/v3/credentials'],
  ['GET', '/v3/limits'],
  ['GET', '/v3/auth/system'],
  ['GET', '/v3/OS-TRUST/trusts'],
  ['POST', '/v3/OS-TRUST/trusts'],
];

export const routes: Route[] = UNSIMULATED.map(([method, path]) => ({
  method,
  path,
  service: 'identity',
  handler: () => {
    throw new ReplyError(
      keystoneError(
        501,
        `The action you have requested has not been implemented: ${method} ${path} is not simulated by envboot sim (docs/simulator.md lists the Keystone routes it answers).`,
      ),
    );
  },
}));
