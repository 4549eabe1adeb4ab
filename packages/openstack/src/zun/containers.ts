// Zun containers (CHI@Edge): create on a device reservation, show, delete. Statuses are title-case (Creating,
// Running, Error); with platform_version 2 a container goes straight from Creating to Running.
import { list as listOf, str } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'containers',
  one: (id: string) => `containers/${encodeURIComponent(id)}`,
};

// ---- wire types
type WireContainer = Record<string, unknown>;

// ---- public types
export interface Container {
  id: string;
  name: string;
  image: string;
  status: string;
  status_reason: string | null;
  /** The device it runs on. */
  host: string | null;
  addresses: string[];
}

export interface ContainerCreate {
  name: string;
  image: string;
  /** The device reservation id: Chameleon's Zun schedules nothing without it. */
  reservation: string;
  environment?: Record<string, string>;
  command?: string[];
}

// ---- parsers
export function parseContainer(w: WireContainer): Container {
  const nets = (w.addresses ?? {}) as Record<string, Array<{ addr?: unknown }>>;
  return {
    id: str(w.uuid) ?? '',
    name: str(w.name) ?? '',
    image: str(w.image) ?? '',
    status: str(w.status) ?? '',
    status_reason: str(w.status_reason),
    host: str(w.host),
    addresses: Object.values(nets).flatMap((list) =>
      (Array.isArray(list) ? list : []).flatMap((a) => str(a.addr) ?? []),
    ),
  };
}

// ---- operations
export async function create(c: ServiceClient, i: ContainerCreate): Promise<Container> {
  const body = await c.request({
    op: 'zun.containers.create',
    method: 'POST',
    path: path.all(),
    json: {
      name: i.name,
      image: i.image,
      hints: { reservation: i.reservation, platform_version: 2 },
      ...(i.environment ? { environment: i.environment } : {}),
      ...(i.command ? { command: i.command } : {}),
    },
    ok: [200, 201, 202],
  });
  return parseContainer(body as WireContainer);
}

export async function get(c: ServiceClient, id: string): Promise<Container> {
  return parseContainer(
    (await c.request({ op: 'zun.containers.get', method: 'GET', path: path.one(id) })) as WireContainer,
  );
}

export async function list(c: ServiceClient): Promise<Container[]> {
  const body = await c.request({ op: 'zun.containers.list', method: 'GET', path: path.all() });
  return listOf<WireContainer>(body, 'containers').map(parseContainer);
}

/** Deletes a container, stopping it first if it runs (stop=true, as a non-admin must). */
export async function remove(c: ServiceClient, id: string): Promise<void> {
  await c.request({
    op: 'zun.containers.remove',
    method: 'DELETE',
    path: path.one(id),
    query: { stop: 'true' },
    ok: [202, 204],
  });
}
