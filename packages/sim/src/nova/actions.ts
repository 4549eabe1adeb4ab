// Server actions (POST /servers/{id}/action): addFloatingIp and removeFloatingIp attach and detach a Neutron
// floating IP (the actions exist up to microversion 2.43); os-getConsoleOutput gives the boot log (a live node's
// own log); the other actions of the real API answer 501.
import { empty, isObject, json, type Route, type SimRequest } from '../http.js';
import { tail } from '../live/console.js';
import { recordConsole } from '../live/nodes.js';
import type { FloatingIp } from '../neutron/state.js';
import type { World } from '../world.js';
import { novaFail } from './errors.js';
import { findServer } from './servers.js';
import type { Server } from './state.js';
import { mv } from './versions.js';

const LAST_FLOATING_IP_VERSION = mv('2.43');

/** Actions of the real API that the simulator does not simulate. */
const NOT_SIMULATED = new Set([
  'reboot',
  'rebuild',
  'resize',
  'confirmResize',
  'revertResize',
  'createImage',
  'changePassword',
  'os-start',
  'os-stop',
  'pause',
  'unpause',
  'suspend',
  'resume',
  'lock',
  'unlock',
  'rescue',
  'unrescue',
  'shelve',
  'shelveOffload',
  'unshelve',
  'addSecurityGroup',
  'removeSecurityGroup',
  'os-getVNCConsole',
  'os-getSerialConsole',
  'createBackup',
  'evacuate',
  'forceDelete',
  'restore',
  'migrate',
  'os-migrateLive',
  'os-resetState',
  'resetNetwork',
  'injectNetworkInfo',
  'trigger_crash_dump',
]);

function fipByAddress(req: SimRequest, world: World, address: unknown): FloatingIp {
  if (typeof address !== 'string')
    throw novaFail(400, "Invalid input for field/attribute address. 'address' is a required property");
  for (const f of world.neutron.floatingIps.values())
    if (f.address === address && f.projectId === req.auth!.projectId) return f;
  throw novaFail(404, `Floating IP not found for address ${address}.`);
}

function addFloatingIp(req: SimRequest, world: World, server: Server, args: Record<string, unknown>): void {
  const fip = fipByAddress(req, world, args.address);
  const port = server.portId ? world.neutron.ports.get(server.portId) : undefined;
  if (!port) throw novaFail(400, 'No fixed IPs associated to instance');
  if (args.fixed_address !== undefined && args.fixed_address !== port.ip)
    throw novaFail(400, 'Specified fixed address not assigned to instance');
  for (const other of world.neutron.floatingIps.values()) {
    if (other.id !== fip.id && other.portId === port.id) {
      throw novaFail(
        400,
        `Unable to associate floating IP ${fip.address} to fixed IP ${port.ip} for instance ${server.id}. Error: the fixed IP already has floating IP ${other.address}.`,
      );
    }
  }
  Object.assign(fip, { portId: port.id, updated: req.now, revision: fip.revision + 1 });
}

function removeFloatingIp(
  req: SimRequest,
  world: World,
  server: Server,
  args: Record<string, unknown>,
): void {
  const fip = fipByAddress(req, world, args.address);
  if (!server.portId || fip.portId !== server.portId)
    throw novaFail(409, `Floating IP ${fip.address} is not associated with instance ${server.id}.`);
  Object.assign(fip, { portId: null, updated: req.now, revision: fip.revision + 1 });
}

/** os-getConsoleOutput: the last `length` lines of the console (all of it when length is absent or null). */
function consoleOutput(world: World, server: Server, args: Record<string, unknown>): string {
  const raw = args.length ?? null;
  const length = raw === null ? null : Number(raw);
  if (length !== null && (!Number.isInteger(length) || length < -1))
    throw novaFail(400, `Invalid input for field/attribute length. Value: ${String(raw)}.`);
  if (server.status !== 'ACTIVE')
    throw novaFail(
      409,
      `Cannot 'get_console_output' instance ${server.id} while it is in vm_state ${{ BUILD: 'building', ERROR: 'error', SHUTOFF: 'stopped' }[server.status]}`,
    );
  return tail(world.live ? world.live.consoleText(server) : recordConsole(server), length);
}

const FLOATING_IP_ACTIONS = { addFloatingIp, removeFloatingIp };

function parse(req: SimRequest): [string, Record<string, unknown>] {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body);
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    throw novaFail(400, 'Malformed request body');
  }
  const entries = isObject(doc) ? Object.entries(doc) : [];
  if (entries.length !== 1) throw novaFail(400, 'Malformed request body');
  const [name, args] = entries[0]!;
  return [name, isObject(args) ? args : {}];
}

export const routes: Route[] = [
  {
    method: 'POST',
    path: '/compute/v2.1/servers/{server_id}/action',
    service: 'compute',
    auth: true,
    handler: (req, world) => {
      const server = findServer(req, world);
      const [name, args] = parse(req);
      if (name === 'addFloatingIp' || name === 'removeFloatingIp') {
        if (req.microversion! > LAST_FLOATING_IP_VERSION)
          throw novaFail(404, `There is no such action: ${name}`);
        FLOATING_IP_ACTIONS[name](req, world, server, args);
        world.changed();
        return empty(202);
      }
      if (name === 'os-getConsoleOutput') return json(200, { output: consoleOutput(world, server, args) });
      if (NOT_SIMULATED.has(name))
        throw novaFail(501, `The server action ${name} exists in Nova but is not simulated by envboot sim.`);
      throw novaFail(404, `There is no such action: ${name}`);
    },
  },
];
