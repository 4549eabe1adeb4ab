// POST/GET/HEAD/DELETE /v3/auth/tokens and /v3/auth/catalog (the project reads are in projects.ts).
// Request checks follow Keystone's order and wording (docs/simulator.md lists what was compared with a real one).
import { header, isObject, json, empty, ReplyError, type Route, type SimRequest } from '../http.js';
import { auditId } from '../ids.js';
import type { World } from '../world.js';
import { badRequest, forbidden, keystoneError, notFound, unauthorized } from './errors.js';
import { hashSecret, type AppCredential, type User } from './identity.js';
import { renderToken, type TokenInfo } from './tokens.js';

const METHODS = ['external', 'password', 'token', 'oauth1', 'mapped', 'application_credential'];

/** The token in X-Auth-Token, or a 401. */
export async function requireToken(req: SimRequest, world: World): Promise<TokenInfo> {
  const info = await world.authenticate(header(req, 'x-auth-token'));
  if (!info) throw unauthorized();
  return info;
}

function parseBody(req: SimRequest): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(req.body);
  } catch {
    throw badRequest('Expecting to find valid JSON in request body');
  }
  if (!isObject(body) || !isObject(body.auth)) throw badRequest('Expecting to find auth in request body');
  return body.auth;
}

function passwordUser(world: World, password: unknown): User {
  const user = isObject(password) && isObject(password.user) ? password.user : undefined;
  if (!user) throw badRequest('Expecting to find user in password');
  let found: User | undefined;
  if (typeof user.id === 'string') {
    found = world.directory.users.get(user.id);
  } else {
    if (typeof user.name !== 'string') throw badRequest('Expecting to find id or name in user');
    if (!isObject(user.domain)) throw badRequest('Expecting to find domain in user');
    const domain = world.directory.domain(user.domain);
    found = domain ? world.directory.userByName(user.name, domain) : undefined;
  }
  if (!found || typeof user.password !== 'string' || user.password !== found.password) throw unauthorized();
  return found;
}

function appCredential(world: World, ref: unknown): AppCredential {
  if (!isObject(ref)) throw badRequest('Expecting to find application_credential in identity');
  let cred: AppCredential | undefined;
  if (typeof ref.id === 'string') {
    cred = world.directory.appCredentials.get(ref.id);
    if (!cred) throw notFound(`Could not find Application Credential: ${ref.id}.`);
  } else if (typeof ref.name === 'string' && isObject(ref.user)) {
    const u = ref.user;
    const domain = isObject(u.domain) ? world.directory.domain(u.domain) : undefined;
    const user =
      typeof u.id === 'string'
        ? world.directory.users.get(u.id)
        : typeof u.name === 'string' && domain
          ? world.directory.userByName(u.name, domain)
          : undefined;
    cred = [...world.directory.appCredentials.values()].find(
      (c) => c.name === ref.name && c.userId === user?.id,
    );
    if (!cred) throw notFound(`Could not find Application Credential: ${ref.name}.`);
  } else {
    throw badRequest('Expecting to find id or name and user in application_credential');
  }
  const expired = cred.expiresAt !== null && world.clock.wallMs() >= cred.expiresAt;
  if (typeof ref.secret !== 'string' || hashSecret(ref.secret) !== cred.secretHash || expired)
    throw unauthorized();
  return cred;
}

/** The project a scope names (by id, or by name and domain), if the user has a role on it. */
function scopedProject(world: World, scope: unknown, userId: string): string | null | undefined {
  if (scope === undefined) return undefined;
  if (!isObject(scope) || !isObject(scope.project)) throw unauthorized(); // domain and system scopes: no role here
  const p = scope.project;
  let project;
  if (typeof p.id === 'string') project = world.directory.projects.get(p.id);
  else if (typeof p.name === 'string') {
    if (!isObject(p.domain)) throw badRequest('Expecting to find domain in project');
    const domain = world.directory.domain(p.domain);
    project = domain ? world.directory.projectByName(p.name, domain) : undefined;
  }
  if (!project || world.directory.rolesOn(userId, project.id).length === 0) throw unauthorized();
  return project.id;
}

function defaultProject(world: World, userId: string): string | null {
  const user = world.directory.users.get(userId);
  return user?.defaultProjectId && world.directory.rolesOn(userId, user.defaultProjectId).length
    ? user.defaultProjectId
    : null;
}

async function issueToken(req: SimRequest, world: World) {
  const auth = parseBody(req);
  const identity = auth.identity;
  if (!isObject(identity)) throw badRequest("'identity' is a required property");
  const methods = identity.methods;
  if (!Array.isArray(methods) || methods.some((m) => typeof m !== 'string')) {
    throw badRequest("Invalid input for field 'identity': 'methods' is a required property");
  }
  const supported = ['password', 'token', 'application_credential'];
  if (methods.length === 0 || methods.some((m) => !supported.includes(m))) {
    throw new ReplyError(
      keystoneError(401, 'Attempted to authenticate with an unsupported method.', {
        identity: { methods: METHODS },
      }),
    );
  }
  let info: TokenInfo;
  if (methods.includes('application_credential')) {
    if (auth.scope !== undefined) {
      throw new ReplyError(
        keystoneError(
          401,
          'Error authenticating with application credential: Application credentials cannot request a scope.',
          { identity: {} },
        ),
      );
    }
    const cred = appCredential(world, identity.application_credential);
    info = world.tokens.issue(cred.userId, {
      methods: ['application_credential'],
      projectId: cred.projectId,
      expiresAt: cred.expiresAt ?? undefined,
      appCredential: { id: cred.id, name: cred.name, restricted: cred.unrestricted !== true },
    });
  } else if (methods.includes('token')) {
    const ref = isObject(identity.token) ? identity.token.id : undefined;
    if (typeof ref !== 'string')
      throw badRequest("Invalid input for field 'identity/token': 'id' is a required property");
    const original = await world.authenticate(ref);
    if (!original) {
      throw notFound(
        ref.startsWith('gAAAAAB') ? 'Failed to validate token' : 'Could not recognize Fernet token',
      );
    }
    if (original.appCredential) throw forbidden('identity:rescope_token');
    const scoped = scopedProject(world, auth.scope, original.userId);
    info = world.tokens.issue(original.userId, {
      methods: [...new Set(['token', ...original.methods])],
      projectId:
        scoped === undefined ? (original.federated ? null : defaultProject(world, original.userId)) : scoped,
      expiresAt: original.expiresAt,
      auditIds: [auditId(), original.auditIds[0] ?? auditId()],
      federated: original.federated,
    });
  } else {
    const user = passwordUser(world, identity.password);
    const scoped = scopedProject(world, auth.scope, user.id);
    info = world.tokens.issue(user.id, {
      methods: ['password'],
      projectId: scoped === undefined ? defaultProject(world, user.id) : scoped,
    });
  }
  world.log.debug({ user: info.userName, project: info.projectName, methods: info.methods }, 'token issued');
  const withCatalog = !req.query.has('nocatalog');
  return json(201, renderToken(info, withCatalog ? world.catalog : null), { 'X-Subject-Token': info.id });
}

async function subject(req: SimRequest, world: World): Promise<TokenInfo> {
  const caller = await requireToken(req, world);
  const id = header(req, 'x-subject-token');
  if (!id) throw forbidden('identity:validate_token');
  const info = id === caller.id ? caller : await world.authenticate(id);
  if (!info)
    throw notFound(
      id.startsWith('gAAAAAB') ? 'Failed to validate token' : 'Could not recognize Fernet token',
    );
  return info;
}

export const routes: Route[] = [
  { method: 'POST', path: '/v3/auth/tokens', service: 'identity', handler: issueToken },
  {
    method: 'GET',
    path: '/v3/auth/tokens',
    service: 'identity',
    handler: async (req, world) => {
      const info = await subject(req, world);
      const withCatalog = !req.query.has('nocatalog');
      return json(200, renderToken(info, withCatalog && !info.external ? world.catalog : null), {
        'X-Subject-Token': info.id,
      });
    },
  },
  {
    method: 'DELETE',
    path: '/v3/auth/tokens',
    service: 'identity',
    handler: async (req, world) => {
      const info = await subject(req, world);
      world.tokens.revoke(info.id);
      world.changed();
      return empty(204);
    },
  },
  {
    method: 'GET',
    path: '/v3/auth/catalog',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await requireToken(req, world);
      if (!caller.projectId) throw forbidden('identity:get_auth_catalog');
      return json(200, { catalog: world.catalog, links: { self: `${world.authUrl}/auth/catalog` } });
    },
  },
];
