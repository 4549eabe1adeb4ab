// The project reads a member makes: GET /v3/users/{user_id}/projects (`openstack project list --my-projects`,
// python-chi's check_credentials), GET /v3/projects/{project_id}, GET /v3/projects, and /v3/auth/projects and
// /v3/auth/domains. Answers follow Keystone's default policy: a user may list its own projects and read the project
// its token is scoped to; listing every project, or another user's, needs the admin role (the simulated user is
// member and reader only), and writes need it too.
import { json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { requireToken } from './auth.js';
import { forbidden } from './errors.js';
import type { Project } from './identity.js';
import type { TokenInfo } from './tokens.js';

/** A project as Keystone renders it. */
export function renderProject(world: World, p: Project) {
  return {
    id: p.id,
    name: p.name,
    domain_id: p.domain.id,
    description: p.description,
    enabled: true,
    parent_id: p.domain.id,
    is_domain: false,
    tags: [],
    options: {},
    links: { self: `${world.authUrl}/projects/${p.id}` },
  };
}

const isAdmin = (caller: TokenInfo) => caller.roles.some((r) => r.name === 'admin');

/** The list filters Keystone applies to project lists (name, domain_id, enabled). */
function filtered(req: SimRequest, projects: Project[]): Project[] {
  const name = req.query.get('name');
  const domainId = req.query.get('domain_id');
  const enabled = req.query.get('enabled');
  return projects.filter(
    (p) =>
      (name === null || p.name === name) &&
      (domainId === null || p.domain.id === domainId) &&
      (enabled === null || !['0', 'false', 'f', 'no', 'n', 'off'].includes(enabled.toLowerCase())),
  );
}

function projectList(world: World, projects: Project[], selfPath: string) {
  return json(200, {
    projects: projects.map((p) => renderProject(world, p)),
    links: { next: null, self: `${world.authUrl}${selfPath}`, previous: null },
  });
}

/** Writes to projects: an admin's job in Keystone's policy, and nobody here is admin. */
const adminOnly = (method: string, path: string, action: string): Route => ({
  method,
  path,
  service: 'identity',
  handler: async (req, world) => {
    await requireToken(req, world);
    throw forbidden(`identity:${action}`);
  },
});

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/v3/users/{user_id}/projects',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await requireToken(req, world);
      const userId = req.params.user_id!;
      if (userId !== caller.userId && !isAdmin(caller)) throw forbidden('identity:list_user_projects');
      return projectList(
        world,
        filtered(req, world.directory.projectsOf(userId)),
        `/users/${userId}/projects`,
      );
    },
  },
  {
    method: 'GET',
    path: '/v3/projects',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await requireToken(req, world);
      if (!isAdmin(caller)) throw forbidden('identity:list_projects');
      return projectList(world, filtered(req, [...world.directory.projects.values()]), '/projects');
    },
  },
  {
    method: 'GET',
    path: '/v3/projects/{project_id}',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await requireToken(req, world);
      // An unknown project fails the same policy check (Keystone defers the existence check to after it).
      const project = world.directory.projects.get(req.params.project_id!);
      if (!project || (project.id !== caller.projectId && !isAdmin(caller)))
        throw forbidden('identity:get_project');
      return json(200, { project: renderProject(world, project) });
    },
  },
  adminOnly('POST', '/v3/projects', 'create_project'),
  adminOnly('PATCH', '/v3/projects/{project_id}', 'update_project'),
  adminOnly('DELETE', '/v3/projects/{project_id}', 'delete_project'),
  {
    method: 'GET',
    path: '/v3/auth/projects',
    service: 'identity',
    handler: async (req, world) => {
      const caller = await requireToken(req, world);
      // The projects a token may be scoped to, unfiltered (Keystone takes no filters here).
      return projectList(world, world.directory.projectsOf(caller.userId), '/auth/projects');
    },
  },
  {
    method: 'GET',
    path: '/v3/auth/domains',
    service: 'identity',
    handler: async (req, world) => {
      await requireToken(req, world);
      // Only roles held on a domain itself count; the simulated user's roles are all on its project.
      return json(200, {
        domains: [],
        links: { next: null, self: `${world.authUrl}/auth/domains`, previous: null },
      });
    },
  },
];
