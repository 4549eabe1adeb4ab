// The admin route that takes a machine down under its server: POST /_sim/servers/{id}/crash. The server becomes
// SHUTOFF (vm_state stopped, power_state 4) and its live node ends with everything on it, SSH sessions included:
// what a client sees when a node crashes or loses power in the middle of its work.
import { json, ReplyError, type Route } from '../http.js';

const adminError = (status: number, message: string) =>
  new ReplyError({ status, body: { error: { code: status, message } } });

export const serverAdminRoutes: Route[] = [
  {
    method: 'POST',
    path: '/_sim/servers/{server}/crash',
    service: 'admin',
    handler: (req, world) => {
      world.scheduler.tick();
      const server = world.nova.servers.get(req.params.server!);
      if (!server) throw adminError(404, `no server with id "${req.params.server}"`);
      if (server.status !== 'ACTIVE' || server.deleteAt !== undefined)
        throw adminError(409, `server ${server.id} is not ACTIVE: only a running machine can go down`);
      world.nova.crash(server, req.now);
      return json(200, { id: server.id, name: server.name, status: server.status });
    },
  },
];
