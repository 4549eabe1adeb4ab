// Blazar routes that exist on the real service but are left out of the simulation: they answer 501 in Blazar's
// error body, rather than a 404 that reads as "no such host".
import { ReplyError, type Route } from '../http.js';
import { blazarError } from './errors.js';

/** Blazar's host administration (admin-only at Chameleon, and not simulated for admins either). */
const BLAZAR_ROUTES: Array<[string, string]> = [
  ['POST', '/reservation/v1/os-hosts'],
  ['PUT', '/reservation/v1/os-hosts/{host_id}'],
  ['DELETE', '/reservation/v1/os-hosts/{host_id}'],
  ['PATCH', '/reservation/v1/os-hosts/properties/{property_name}'],
];

export const routes: Route[] = BLAZAR_ROUTES.map(([method, path]) => ({
  method,
  path,
  service: 'reservation',
  auth: true,
  handler: () => {
    throw new ReplyError(
      blazarError(501, `${method} ${path} exists in Blazar but is not simulated by envboot sim.`),
    );
  },
}));
