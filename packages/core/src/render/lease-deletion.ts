// lease-delete at a terminal: one sentence on what happened to the lease (and its servers and their addresses).
import type { LeaseDeletionData } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import { count, lines, shortId, style, wrap } from './text.js';

function leaseName(d: LeaseDeletionData): string {
  const id = d.lease_id ?? d.reservation_id;
  if (d.name && id) return `${d.name} (${shortId(id)})`;
  return d.name ?? id ?? '(unknown)';
}

/** ", after deleting its 2 servers": what went before the lease. */
function before(d: LeaseDeletionData): string {
  const servers = d.servers_deleted?.length ?? 0;
  return servers > 0 ? `, after deleting its ${count(servers, 'server')}` : '';
}

/** "; released 1 floating IP (192.5.87.10)": the addresses that went with it. */
function addresses(d: LeaseDeletionData): string {
  const released = d.floating_ips_released ?? [];
  if (released.length === 0) return '';
  return `; released ${count(released.length, 'floating IP')} (${released.map((a) => a.address).join(', ')})`;
}

export function sentence(d: LeaseDeletionData): string {
  const lease = `lease ${leaseName(d)}`;
  const was = d.lease_status ? `, which was ${d.lease_status}` : '';
  const first = before(d) + addresses(d);
  switch (d.status) {
    case 'simulated':
      return `Dry run: would delete ${lease}${was}. Nothing was sent.`;
    case 'already_deleted':
      return `The ${lease} was already gone.`;
    case 'requested':
      return `Asked Blazar to delete ${lease}${was}${first}; not waited for (--wait waits until it is gone).`;
    case 'deleted':
      return `Deleted ${lease}${was}${first}.`;
  }
}

export const render: Renderer<'lease-deletion'> = ({ data: d }, { columns, color }) => {
  const s = style(color);
  const text = sentence(d);
  return lines(wrap(text, columns).map((l) => (d.status === 'deleted' ? s.green(l) : l)));
};
