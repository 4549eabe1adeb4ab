// The admin API of the Keycloak stand-in, standing in for the person at the browser and the realm's administrator:
// GET /_sim/oidc/device (pending device logins), POST /_sim/oidc/device (approve or deny one by its user code),
// POST /_sim/oidc/revoke (end a user's login sessions), GET|POST /_sim/oidc/settings (polling interval,
// approve every device login at once).
import { isObject, json, ReplyError, type Reply, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import type { RealmUser } from './oidc-realm.js';

const adminError = (status: number, message: string): Reply => ({
  status,
  body: { error: { code: status, message } },
});

function bodyOf(req: SimRequest, known: string[]): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(req.body || '{}');
  } catch {
    throw new ReplyError(adminError(400, 'the body must be a JSON object'));
  }
  if (!isObject(body)) throw new ReplyError(adminError(400, 'the body must be a JSON object'));
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length) {
    throw new ReplyError(adminError(400, `unknown key ${unknown[0]} (known: ${known.join(', ')})`));
  }
  return body;
}

/** A user of the site by name (default: the simulator's default identity), as the realm knows them. */
function realmUser(world: World, username: unknown): RealmUser {
  const name = username === undefined ? world.directory.identity.username : username;
  if (typeof name !== 'string') throw new ReplyError(adminError(400, '"username" must be a string'));
  const user = [...world.directory.users.values()].find((u) => u.name === name);
  if (!user) throw new ReplyError(adminError(404, `no user named ${name}`));
  return { id: user.id, username: user.name };
}

const settingsDocument = (world: World) => ({
  poll_interval_s: world.oidc.pollIntervalS,
  auto_approve: world.oidc.autoApprove?.username ?? null,
});

export const oidcAdminRoutes: Route[] = [
  {
    method: 'GET',
    path: '/_sim/oidc/device',
    service: 'admin',
    handler: (_req, world) =>
      json(200, {
        device_logins: world.oidc.pendingDeviceLogins(world.clock.wallMs()).map((d) => ({
          user_code: d.userCode,
          client_id: d.clientId,
          scope: d.scope,
          expires_at: new Date(d.expiresAt).toISOString(),
          status: d.denied ? 'denied' : d.approvedBy ? 'approved' : 'pending',
        })),
      }),
  },
  {
    method: 'POST',
    path: '/_sim/oidc/device',
    service: 'admin',
    handler: (req, world) => {
      const body = bodyOf(req, ['user_code', 'username', 'deny']);
      if (typeof body.user_code !== 'string') {
        throw new ReplyError(adminError(400, '"user_code" (the code shown to the user) is required'));
      }
      const approver = body.deny === true ? null : realmUser(world, body.username);
      const answer = approver ? { approve: approver } : { deny: true as const };
      if (!world.oidc.answerDeviceLogin(body.user_code, answer, world.clock.wallMs())) {
        throw new ReplyError(adminError(404, `no pending device login has the code ${body.user_code}`));
      }
      return json(200, {
        user_code: body.user_code,
        status: approver ? 'approved' : 'denied',
        username: approver?.username ?? null,
      });
    },
  },
  {
    method: 'POST',
    path: '/_sim/oidc/revoke',
    service: 'admin',
    handler: (req, world) => {
      const body = bodyOf(req, ['username']);
      const user = realmUser(world, body.username);
      return json(200, { username: user.username, sessions_ended: world.oidc.revoke(user.username) });
    },
  },
  {
    method: 'GET',
    path: '/_sim/oidc/settings',
    service: 'admin',
    handler: (_req, world) => json(200, settingsDocument(world)),
  },
  {
    method: 'POST',
    path: '/_sim/oidc/settings',
    service: 'admin',
    handler: (req, world) => {
      const body = bodyOf(req, ['poll_interval_s', 'auto_approve']);
      if (body.poll_interval_s !== undefined) {
        const n = body.poll_interval_s;
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 60) {
          throw new ReplyError(
            adminError(400, '"poll_interval_s" must be a whole number of seconds from 1 to 60'),
          );
        }
        world.oidc.pollIntervalS = n;
      }
      if (body.auto_approve !== undefined) {
        world.oidc.autoApprove = body.auto_approve === null ? null : realmUser(world, body.auto_approve);
      }
      return json(200, settingsDocument(world));
    },
  },
];
