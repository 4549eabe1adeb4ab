// Nova servers: bare-metal instances booted into a Blazar reservation with the scheduler hint
// reservation=<reservation id> (the reservation's id, not the lease's).
import { ConflictError, UsageError, registerSecret } from '@envboot/core';
import { createOnce } from '../create.js';
import { isoDate, list as listOf, num, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'servers',
  detail: () => 'servers/detail',
  one: (id: string) => `servers/${encodeURIComponent(id)}`,
};

// ---- wire types
interface WireAddress {
  addr?: string;
  version?: number;
  'OS-EXT-IPS:type'?: string;
  'OS-EXT-IPS-MAC:mac_addr'?: string;
}
export interface WireServer {
  id?: string;
  name?: string;
  status?: string;
  'OS-EXT-STS:task_state'?: string | null;
  'OS-EXT-STS:vm_state'?: string | null;
  'OS-EXT-STS:power_state'?: number | null;
  addresses?: Record<string, WireAddress[]>;
  image?: { id?: string } | string | null;
  flavor?: { id?: string; original_name?: string } | null;
  key_name?: string | null;
  metadata?: Record<string, string>;
  created?: string;
  updated?: string;
  fault?: { code?: number; message?: string; details?: string; created?: string };
  user_id?: string;
  tenant_id?: string;
  hostId?: string;
  'OS-EXT-AZ:availability_zone'?: string;
  'OS-SRV-USG:launched_at'?: string | null;
  adminPass?: string;
  /** The simulator's live node behind this server (docs/simulator.md, Live nodes): where SSH really answers. */
  'envboot:ssh'?: { host?: string; port?: number; user?: string; state?: string } | null;
}

// ---- public types
export type ServerStatus = 'BUILD' | 'ACTIVE' | 'ERROR' | 'SHUTOFF' | 'DELETED' | 'REBOOT' | (string & {});

export interface ServerAddress {
  network: string;
  addr: string;
  version: 4 | 6;
  type: 'fixed' | 'floating';
  mac: string | null;
}

export interface Server {
  id: string;
  name: string;
  status: ServerStatus;
  task_state: string | null;
  vm_state: string | null;
  addresses: ServerAddress[];
  image_id: string | null;
  flavor: { id: string | null; name: string | null };
  key_name: string | null;
  metadata: Record<string, string>;
  created: string | null;
  updated: string | null;
  launched_at: string | null;
  fault: { code: number | null; message: string; details: string | null; created: string | null } | null;
  user_id: string | null;
  project_id: string | null;
  availability_zone: string | null;
  /**
   * Where SSH to this server really answers, when that is not its address: the simulator's live nodes listen on
   * loopback (the `envboot:ssh` extension) while the server shows a simulated floating IP.
   */
  ssh_endpoint?: { host: string; port: number };
}

export type ServerNetwork = { uuid: string; fixed_ip?: string } | { port: string };

export interface ServerCreate {
  name: string;
  imageRef: string;
  flavorRef: string;
  /** Required by Nova: networks to attach, or "auto"/"none". */
  networks: ServerNetwork[] | 'auto' | 'none';
  key_name?: string;
  /** Plain text; encoded to base64 here (64 KiB at most once decoded). */
  user_data?: string;
  min_count?: number;
  max_count?: number;
  metadata?: Record<string, string>;
  /** The Blazar reservation id the server must run in (scheduler hint). */
  reservation?: string;
  security_groups?: string[];
}

export interface CreatedServer {
  id: string;
  name: string;
  /** A live server of the same name already existed and is returned instead of a new one. */
  reused: boolean;
}

// ---- body builders
const USER_DATA_MAX = 65_535;

export function toCreateBody(i: ServerCreate): Record<string, unknown> {
  if (!i.name?.trim()) throw new UsageError('a server needs a name', { field: 'name' });
  if (!i.imageRef) throw new UsageError('a server needs an image', { field: 'image' });
  if (!i.flavorRef) throw new UsageError('a server needs a flavor', { field: 'flavor' });
  const server: Record<string, unknown> = {
    name: i.name,
    imageRef: i.imageRef,
    flavorRef: i.flavorRef,
    networks: i.networks,
    min_count: i.min_count ?? 1,
    max_count: i.max_count ?? i.min_count ?? 1,
  };
  if (i.key_name) server.key_name = i.key_name;
  if (i.user_data !== undefined) {
    const bytes = Buffer.from(i.user_data, 'utf8');
    if (bytes.length > USER_DATA_MAX) {
      throw new UsageError(`user data is ${bytes.length} bytes; Nova takes at most ${USER_DATA_MAX}`, {
        field: 'user_data',
      });
    }
    server.user_data = bytes.toString('base64');
  }
  if (i.metadata) server.metadata = i.metadata;
  if (i.security_groups?.length) server.security_groups = i.security_groups.map((name) => ({ name }));
  return {
    server,
    ...(i.reservation ? { 'os:scheduler_hints': { reservation: i.reservation } } : {}),
  };
}

// ---- parsers
export function parseServer(w: WireServer): Server {
  const addresses: ServerAddress[] = [];
  for (const [network, list] of Object.entries(w.addresses ?? {})) {
    for (const a of list ?? []) {
      if (!a?.addr) continue;
      addresses.push({
        network,
        addr: a.addr,
        version: a.version === 6 ? 6 : 4,
        type: a['OS-EXT-IPS:type'] === 'floating' ? 'floating' : 'fixed',
        mac: a['OS-EXT-IPS-MAC:mac_addr'] ?? null,
      });
    }
  }
  const image = typeof w.image === 'object' && w.image ? (str(w.image.id) ?? null) : null;
  return {
    id: str(w.id) ?? '',
    name: str(w.name) ?? '',
    status: (str(w.status) ?? 'UNKNOWN').toUpperCase(),
    task_state: str(w['OS-EXT-STS:task_state']),
    vm_state: str(w['OS-EXT-STS:vm_state']),
    addresses,
    image_id: image,
    flavor: { id: str(w.flavor?.id), name: str(w.flavor?.original_name) },
    key_name: str(w.key_name),
    metadata: w.metadata ?? {},
    created: isoDate(w.created),
    updated: isoDate(w.updated),
    launched_at: isoDate(w['OS-SRV-USG:launched_at']),
    fault: w.fault
      ? {
          code: num(w.fault.code),
          message: str(w.fault.message) ?? '',
          details: str(w.fault.details),
          created: isoDate(w.fault.created),
        }
      : null,
    user_id: str(w.user_id),
    project_id: str(w.tenant_id),
    availability_zone: str(w['OS-EXT-AZ:availability_zone']),
    ...sshEndpoint(w['envboot:ssh']),
  };
}

/** The simulator's extension: a loopback host and port standing in for the server's floating IP. */
function sshEndpoint(w: WireServer['envboot:ssh']): Pick<Server, 'ssh_endpoint'> {
  const host = str(w?.host);
  const port = num(w?.port);
  return host && port ? { ssh_endpoint: { host, port } } : {};
}

// ---- operations
function exactName(name: string): string {
  return `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;
}

/** Servers with details; `name` is matched exactly (Nova filters by regular expression). */
export async function list(
  c: ServiceClient,
  filter: { name?: string; status?: string } = {},
): Promise<Server[]> {
  const body = await c.request({
    op: 'nova.servers.list',
    method: 'GET',
    path: path.detail(),
    query: { name: filter.name === undefined ? undefined : exactName(filter.name), status: filter.status },
  });
  const servers = listOf<WireServer>(body, 'servers').map(parseServer);
  return filter.name === undefined ? servers : servers.filter((s) => s.name === filter.name);
}

export async function get(c: ServiceClient, id: string): Promise<Server> {
  const body = await c.request({ op: 'nova.servers.get', method: 'GET', path: path.one(id) });
  return parseServer(unwrap<WireServer>(body, 'server', c.service));
}

const DEAD: ReadonlySet<string> = new Set(['ERROR', 'DELETED', 'SOFT_DELETED']);

/**
 * A server, created at most once: a live server of the same name is returned (`reused`), and a create call that
 * fails without a clear answer is followed by a lookup by name before anything is resent.
 */
export async function create(
  c: ServiceClient,
  input: ServerCreate,
  options: { existing?: 'reuse' | 'fail' | 'create' } = {},
): Promise<CreatedServer> {
  const body = toCreateBody(input);
  const existing = await list(c, { name: input.name });
  const live = existing.filter((s) => !DEAD.has(s.status));
  const mode = options.existing ?? 'reuse';
  if (live.length > 0 && mode === 'reuse') return { id: live[0]!.id, name: live[0]!.name, reused: true };
  if (live.length > 0 && mode === 'fail') {
    throw new ConflictError(
      `a server named "${input.name}" already exists (${live[0]!.id}, ${live[0]!.status})`,
      {
        field: 'name',
      },
    );
  }
  const created = await createOnce<{ id: string; name: string }>(c, {
    what: `server ${input.name}`,
    post: async () => {
      const server = unwrap<WireServer>(
        await c.request({
          op: 'nova.servers.create',
          method: 'POST',
          path: path.all(),
          json: body,
          ok: [200, 202],
        }),
        'server',
        c.service,
      );
      registerSecret(server.adminPass);
      return { id: str(server.id) ?? '', name: input.name };
    },
    lookup: async () => (await list(c, { name: input.name })).map((s) => ({ id: s.id, name: s.name })),
    before: new Set(existing.map((s) => s.id)),
    idOf: (s) => s.id,
  });
  return { ...created, reused: false };
}

/** The server's console log (os-getConsoleOutput): the last `length` lines, or all of it. */
export async function consoleOutput(c: ServiceClient, id: string, length?: number): Promise<string> {
  const body = await c.request({
    op: 'nova.servers.consoleOutput',
    method: 'POST',
    path: `${path.one(id)}/action`,
    json: { 'os-getConsoleOutput': { length: length ?? null } },
    // A read, though Nova takes it as an action: safe to send again after a reset connection or a 503.
    idempotent: true,
  });
  const output = (body as { output?: unknown } | null)?.output;
  return typeof output === 'string' ? output : '';
}

export async function remove(c: ServiceClient, id: string): Promise<void> {
  await c.request({ op: 'nova.servers.remove', method: 'DELETE', path: path.one(id), ok: [202, 204] });
}
