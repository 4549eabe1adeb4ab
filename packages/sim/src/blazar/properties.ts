// os-hosts/properties: the extra-capability names; with ?detail=… (any non-empty value) their distinct values.
import { json, type Route } from '../http.js';

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reservation/v1/os-hosts/properties',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      const detail = Boolean(req.query.get('detail'));
      const values = new Map<string, string[]>();
      for (const h of world.blazar.hostList) {
        for (const [k, v] of Object.entries(h.caps)) {
          const list = values.get(k) ?? [];
          list.push(v);
          values.set(k, list);
        }
      }
      const names = [...values.keys()].sort();
      const resource_properties = names.map((property) => {
        if (!detail) return { property };
        const all = values.get(property)!;
        const distinct = [...new Set(all)].sort();
        return {
          property,
          private: false,
          values: distinct,
          is_unique: distinct.length === all.length && all.length > 1,
        };
      });
      return json(200, { resource_properties });
    },
  },
];
