// allocate at a terminal: the hosts the lease received with their hardware, its floating IPs, and the checkout.
import type { Hardware } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import { count, field, lines, shortId, style, table, wrap } from './text.js';

/** "Intel Xeon Gold 6126": the CPU's name without trademarks, "CPU" and the clock. */
function cpu(model: string | null | undefined): string {
  if (!model) return '';
  return model
    .replace(/\((R|TM|C)\)/gi, '')
    .replace(/\bCPU\b/g, '')
    .replace(/@.*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function gpus(h: Hardware | null | undefined): string {
  const list = h?.gpus ?? [];
  if (list.length === 0) return '-';
  return list.map((g) => `${g.count}× ${g.model}`).join(', ');
}

function disks(h: Hardware | null | undefined): string {
  return (h?.disks ?? [])
    .map((d) => [d.size_gb ? `${d.size_gb} GB` : null, d.media_type].filter(Boolean).join(' '))
    .filter(Boolean)
    .join(', ');
}

export const render: Renderer<'allocation'> = ({ data: d }, { columns, color }) => {
  const s = style(color);
  const lease = d.lease_id ?? d.reservation_id;
  const head = wrap(
    d.dry_run
      ? `${s.bold(`Lease ${shortId(lease)}`)}: dry run, nothing was changed`
      : `${s.bold(`Lease ${shortId(lease)}`)}${d.status ? ` ${s.status(d.status)}` : ''}: ${count(d.hosts.length, 'host')}, ${count(d.floating_ips.length, 'floating IP')}`,
    columns,
  );
  const anyGpu = d.hosts.some((h) => (h.hardware?.gpus ?? []).length > 0);
  const hosts = d.hosts.length
    ? table(
        [
          { header: 'HOST' },
          { header: 'NODE TYPE' },
          { header: 'CPU', shrink: true },
          { header: 'THREADS', align: 'right', drop: 1 },
          { header: 'RAM', align: 'right' },
          ...(anyGpu ? [{ header: 'GPUS', shrink: true }] : []),
          { header: 'DISK', shrink: true },
        ],
        d.hosts.map((h) => [
          h.hostname ?? shortId(h.uuid),
          h.node_type ?? '',
          cpu(h.hardware?.cpu_model),
          h.hardware?.threads ? String(h.hardware.threads) : '',
          h.hardware?.ram_gib ? `${h.hardware.ram_gib} GiB` : '',
          ...(anyGpu ? [gpus(h.hardware)] : []),
          disks(h.hardware),
        ]),
        columns,
        { s },
      )
    : wrap(
        'No hosts yet: the lease has not started (envboot lease-status --wait waits for it).',
        columns,
        '  ',
      ).map(s.yellow);
  const ips = d.floating_ips.map(
    (ip) =>
      `${ip.address}${ip.reserved ? ' (reserved with the lease)' : ''}${ip.port_id ? ', attached' : ''}`,
  );
  const c = d.checkout;
  const checkout = c
    ? [
        '',
        ...field(
          'code',
          `${c.repo}${c.branch ? ` (${c.branch})` : ''}${c.commit ? ` at ${c.commit.slice(0, 7)}` : ''}`,
          columns,
        ),
        ...field(
          'in',
          `${c.workdir}${c.copied ? '' : d.dry_run ? ' (dry run: not written)' : ' (used where it is)'}`,
          columns,
        ),
      ]
    : null;
  return lines(
    head,
    '',
    hosts,
    ips.length ? ['', ...ips.flatMap((ip, i) => field(i === 0 ? 'floating IP' : '', ip, columns, 11))] : null,
    checkout,
  );
};
