// GET /reservation/v1/leases/{lease_id}/devices (Chameleon's fork): the devices a lease holds, their columns.
import { json, type Route } from '../http.js';
import { notFoundObject } from '../blazar/errors.js';
import { edgeDevices } from './devices.js';

export const routes: Route[] = [
  {
    method: 'GET',
    path: '/reservation/v1/leases/{lease_id}/devices',
    service: 'reservation',
    auth: true,
    handler: (req, world) => {
      const lease = world.blazar.leases.get(req.params.lease_id!);
      if (!lease) throw notFoundObject('lease_id', req.params.lease_id!);
      const ids = lease.reservations.flatMap((r) => (r.resource_type === 'device' ? r.deviceIds : []));
      const devices = ids
        .map((id) => edgeDevices().find((d) => d.id === id)!)
        .map((d) => ({ id: d.id, ...d.columns }));
      return json(200, { devices });
    },
  },
];
