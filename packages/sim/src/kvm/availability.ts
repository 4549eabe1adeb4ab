// KVM@TACC's flavors as the reference API lists them, each with how many instances can be reserved over a window
// (?start=&end=, ISO times; default the next hour). Chameleon's reference API announces flavors under
// /sites/{site}/flavors for KVM, but their shape is not documented: this one is the simulator's (docs/simulator.md).
import { json, type Route } from '../http.js';
import { referenceFail } from '../reference/sites.js';
import { gpusOf, kvmFlavors } from './catalogue.js';
import { countSlots } from './reservations.js';

const HOUR = 3_600_000;

function instant(value: string | null, fallback: number, name: string): number {
  if (value === null || value === '') return fallback;
  const t = Date.parse(value);
  if (!Number.isFinite(t)) throw referenceFail(400, `${name} must be an ISO 8601 time`);
  return t;
}

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reference/sites/{site}/flavors',
    service: 'reference',
    handler: (req, world) => {
      const site = req.params.site!;
      if (!world.kvm || site !== 'kvm') throw referenceFail(404, `Site ${site} has no flavors`);
      const start = instant(req.query.get('start'), req.now, 'start');
      const end = instant(req.query.get('end'), start + HOUR, 'end');
      if (end <= start) throw referenceFail(400, 'end must be later than start');
      const leases = [...world.blazar.leases.values()];
      const items = kvmFlavors().map((f) => ({
        uid: f.id,
        name: f.name,
        vcpus: f.vcpus,
        ram: f.ram,
        disk: f.disk,
        gpus: gpusOf(f),
        availability: {
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          available: countSlots(leases, f, start, end),
        },
      }));
      return json(200, {
        total: items.length,
        offset: 0,
        items,
        links: [{ rel: 'self', href: `/sites/${site}/flavors` }],
      });
    },
  },
];
