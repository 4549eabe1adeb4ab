// Flavors: a Chameleon bare-metal site has one, "baremetal" (the node's own hardware decides the rest).
import { json, type Route, type SimRequest } from '../http.js';
import type { World } from '../world.js';
import { novaFail } from './errors.js';
import { mv } from './versions.js';
import { kvmFlavorById, kvmVisibleFlavors } from '../kvm/nova.js';

export interface Flavor {
  id: string;
  name: string;
  ram: number;
  disk: number;
  vcpus: number;
  extra_specs: Record<string, string>;
}

export const FLAVORS: Flavor[] = [
  {
    id: 'ce2bd1a4-58e0-4c4b-9e5e-4d4b8c0a9f01',
    name: 'baremetal',
    ram: 196608,
    disk: 240,
    vcpus: 48,
    extra_specs: {
      'resources:CUSTOM_BAREMETAL': '1',
      'resources:VCPU': '0',
      'resources:MEMORY_MB': '0',
      'resources:DISK_GB': '0',
    },
  },
];

export const flavorById = (id: string): Flavor | undefined => FLAVORS.find((f) => f.id === id);

/** The flavors the caller sees at this site (KVM@TACC: kvm/nova.ts). */
const visible = (
  world: World,
  projectId: string | null | undefined,
): Array<Flavor & { isPublic?: boolean }> => (world.kvm ? kvmVisibleFlavors(world, projectId) : FLAVORS);

/** A flavor of this site by id, whoever may see it (a server shows its own). */
export const siteFlavor = (world: World, id: string): Flavor | undefined =>
  world.kvm ? kvmFlavorById(world, id) : flavorById(id);

const links = (world: World, id: string) => [
  { rel: 'self', href: `${world.base}/compute/v2.1/flavors/${id}` },
  { rel: 'bookmark', href: `${world.base}/compute/flavors/${id}` },
];

function detail(world: World, req: SimRequest, f: Flavor & { isPublic?: boolean }) {
  const v = req.microversion ?? mv('2.1');
  return {
    id: f.id,
    name: f.name,
    ram: f.ram,
    disk: f.disk,
    swap: v >= mv('2.75') ? 0 : '',
    'OS-FLV-EXT-DATA:ephemeral': 0,
    'OS-FLV-DISABLED:disabled': false,
    vcpus: f.vcpus,
    'os-flavor-access:is_public': f.isPublic ?? true,
    rxtx_factor: 1.0,
    links: links(world, f.id),
    ...(v >= mv('2.55') ? { description: null } : {}),
    ...(v >= mv('2.61') ? { extra_specs: f.extra_specs } : {}),
  };
}

function find(world: World, req: SimRequest, id: string): Flavor {
  const f = visible(world, req.auth?.projectId).find((x) => x.id === id);
  if (!f) throw novaFail(404, `Flavor ${id} could not be found.`);
  return f;
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/compute/v2.1/flavors',
    service: 'compute',
    auth: true,
    handler: (req, world) =>
      json(200, {
        flavors: visible(world, req.auth?.projectId).map((f) => ({
          id: f.id,
          name: f.name,
          links: links(world, f.id),
          ...((req.microversion ?? 0) >= mv('2.55') ? { description: null } : {}),
        })),
      }),
  },
  {
    method: 'GET',
    path: '/compute/v2.1/flavors/detail',
    service: 'compute',
    auth: true,
    handler: (req, world) =>
      json(200, { flavors: visible(world, req.auth?.projectId).map((f) => detail(world, req, f)) }),
  },
  {
    method: 'GET',
    path: '/compute/v2.1/flavors/{flavor_id}',
    service: 'compute',
    auth: true,
    handler: (req, world) =>
      json(200, { flavor: detail(world, req, find(world, req, req.params.flavor_id!)) }),
  },
  {
    method: 'GET',
    path: '/compute/v2.1/flavors/{flavor_id}/os-extra_specs',
    service: 'compute',
    auth: true,
    handler: (req, world) => json(200, { extra_specs: find(world, req, req.params.flavor_id!).extra_specs }),
  },
];
