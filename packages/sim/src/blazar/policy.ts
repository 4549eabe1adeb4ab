// Blazar resources a non-admin user may not touch at Chameleon: its policy answers 403 before any lookup, with
// the oslo.policy message (final period included).
import { type Route } from '../http.js';
import { blazarFail } from './errors.js';

const denied = (rule: string) => () => {
  throw blazarFail(403, `Policy doesn't allow blazar:${rule} to be performed.`);
};

/** Reservable floating IPs, networks and devices are admin-only: users reserve them, never list them. */
const ADMIN_ONLY: Array<[method: string, path: string, rule: string]> = [
  ['GET', '/reservation/v1/floatingips', 'floatingips:get'],
  ['GET', '/reservation/v1/floatingips/{fip_id}', 'floatingips:get'],
  ['POST', '/reservation/v1/floatingips', 'floatingips:post'],
  ['DELETE', '/reservation/v1/floatingips/{fip_id}', 'floatingips:delete'],
  ['GET', '/reservation/v1/networks', 'networks:get'],
  ['GET', '/reservation/v1/networks/{network_id}', 'networks:get'],
  ['GET', '/reservation/v1/devices', 'devices:get'],
  ['GET', '/reservation/v1/devices/{device_id}', 'devices:get'],
];

export const routes: Route[] = ADMIN_ONLY.map(([method, path, rule]) => ({
  method,
  path,
  service: 'reservation',
  auth: true,
  handler: denied(rule),
}));
