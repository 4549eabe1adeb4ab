// Application credentials: POST/GET/DELETE /v3/users/{user_id}/application_credentials[/{id}]. New credentials
// are restricted unless asked otherwise, as in Keystone (and Blazar refuses leases from restricted ones).
import { randomBytes } from 'node:crypto';
import { empty, isObject, json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { requireToken } from './auth.js';
import { badRequest, forbidden, keystoneError, notFound } from './errors.js';
import { hashSecret, ROLES, type AppCredential } from './identity.js';
import { ReplyError } from '../http.js';

function render(world: World, c: AppCredential, secret?: string) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    user_id: c.userId,
    project_id: c.projectId,
    system: null,
    expires_at:
      c.expiresAt === null ? null : new Date(c.expiresAt).toISOString().replace('Z', '000').slice(0, 26),
    unrestricted: c.unrestricted,
    roles: ROLES.map((r) => ({
      id: r.id,
      name: r.name,
      domain_id: null,
      description: null,
      options: { immutable: true },
    })),
    ...(secret ? { secret } : {}),
    links: { self: `${world.authUrl}/application_credentials/${c.id}` },
  };
}

async function owner(req: SimRequest, world: World, action: string) {
  const caller = await requireToken(req, world);
  if (caller.userId !== req.params.user_id) throw forbidden(`identity:${action}`);
  if (
    caller.appCredential &&
    action !== 'get_application_credential' &&
    action !== 'list_application_credentials'
  ) {
    const cred = world.directory.appCredentials.get(caller.appCredential.id);
    if (cred?.unrestricted !== true) {
      throw forbidden(
        "Using method 'application_credential' is not allowed for managing additional application credentials.",
      );
    }
  }
  return caller;
}

export const routes: Route[] = [
  {
    method: 'POST',
    path: '/v3/users/{user_id}/application_credentials',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await owner(req, world, 'create_application_credential');
      let body: unknown;
      try {
        body = JSON.parse(req.body);
      } catch {
        throw badRequest('Expecting to find valid JSON in request body');
      }
      const ac = isObject(body) ? body.application_credential : undefined;
      if (!isObject(ac) || typeof ac.name !== 'string' || ac.name === '') {
        throw badRequest("Invalid input for field 'application_credential': 'name' is a required property");
      }
      if (!caller.projectId) throw forbidden('identity:create_application_credential');
      for (const c of world.directory.appCredentials.values()) {
        if (c.userId === caller.userId && c.name === ac.name) {
          throw new ReplyError(
            keystoneError(
              409,
              `Conflict occurred attempting to store application_credential - Duplicate entry found with name ${ac.name}.`,
            ),
          );
        }
      }
      let expiresAt: number | null = null;
      if (ac.expires_at !== undefined && ac.expires_at !== null) {
        const text = String(ac.expires_at);
        expiresAt = Date.parse(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text}Z`);
        if (Number.isNaN(expiresAt))
          throw badRequest(`Invalid input for field 'expires_at': '${text}' is not a 'date-time'`);
      }
      const secret =
        typeof ac.secret === 'string' && ac.secret ? ac.secret : randomBytes(64).toString('base64url');
      const cred = world.directory.createAppCredential({
        name: ac.name,
        secretHash: hashSecret(secret),
        description: typeof ac.description === 'string' ? ac.description : null,
        userId: caller.userId,
        projectId: caller.projectId,
        unrestricted: typeof ac.unrestricted === 'boolean' ? ac.unrestricted : null,
        expiresAt,
      });
      world.changed();
      return json(201, { application_credential: render(world, cred, secret) });
    },
  },
  {
    method: 'GET',
    path: '/v3/users/{user_id}/application_credentials',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await owner(req, world, 'list_application_credentials');
      const items = [...world.directory.appCredentials.values()]
        .filter((c) => c.userId === caller.userId)
        .filter((c) => !req.query.has('name') || c.name === req.query.get('name'))
        .map((c) => render(world, c));
      return json(200, {
        application_credentials: items,
        links: {
          next: null,
          self: `${world.authUrl}/users/${caller.userId}/application_credentials`,
          previous: null,
        },
      });
    },
  },
  {
    method: 'GET',
    path: '/v3/users/{user_id}/application_credentials/{id}',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await owner(req, world, 'get_application_credential');
      const cred = world.directory.appCredentials.get(req.params.id!);
      if (!cred || cred.userId !== caller.userId)
        throw notFound(`Could not find Application Credential: ${req.params.id}.`);
      return json(200, { application_credential: render(world, cred) });
    },
  },
  {
    method: 'DELETE',
    path: '/v3/users/{user_id}/application_credentials/{id}',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await owner(req, world, 'delete_application_credential');
      const cred = world.directory.appCredentials.get(req.params.id!);
      if (!cred || cred.userId !== caller.userId)
        throw notFound(`Could not find Application Credential: ${req.params.id}.`);
      world.directory.appCredentials.delete(cred.id);
      world.changed();
      return empty(204);
    },
  },
];
