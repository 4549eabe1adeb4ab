// The site's calendar from Blazar: hosts with their capabilities, and the intervals their reservations hold.
import type { CalendarHost } from '@envboot/availability';
import { blazar, type Cloud } from '@envboot/openstack';

type Host = blazar.Host;
type Allocation = blazar.Allocation;

/** Hosts joined with their allocations (pure: for callers that already hold both lists). */
export function calendarHosts(hosts: readonly Host[], allocations: readonly Allocation[]): CalendarHost[] {
  const busy = new Map(allocations.map((a) => [a.resource_id, a.reservations]));
  return hosts.map((h) => ({
    id: h.id,
    uuid: h.hypervisor_hostname,
    hostname: h.node_name,
    node_type: h.node_type,
    // Blazar matches filters against host columns first, then extra capabilities. (Object.assign: a third
    // quicker than a spread for ~130 hosts of ~80 keys, on the way to the first lease.)
    capabilities: Object.assign({}, h.capabilities, {
      hypervisor_hostname: h.hypervisor_hostname,
      vcpus: h.vcpus,
      memory_mb: h.memory_mb,
      local_gb: h.local_gb,
    }),
    reservable: h.reservable && !h.disabled,
    busy: (busy.get(h.id) ?? []).map((r) => ({ start: Date.parse(r.start), end: Date.parse(r.end) })),
  }));
}

/** Hosts and allocations, fetched in parallel, joined into calendar hosts. */
export async function loadCalendar(cloud: Cloud): Promise<CalendarHost[]> {
  const [hosts, allocations] = await Promise.all([
    blazar.hosts.list(cloud.blazar),
    blazar.allocations.list(cloud.blazar),
  ]);
  return calendarHosts(hosts, allocations);
}
