// lease-create and lease-status at a terminal: the lease, its window and its reservations, and what to do next.
import type { LeaseData } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import {
  command,
  count,
  field,
  lines,
  minutes,
  shellWord,
  shortId,
  siteName,
  span,
  style,
  when,
  wrap,
} from './text.js';

function reservations(d: LeaseData): string[] {
  return (d.reservations ?? []).map((r) => {
    const what =
      r.resource_type === 'virtual:floatingip'
        ? count(r.amount ?? 1, 'floating IP')
        : r.resource_type === 'physical:host'
          ? `${r.min === r.max || r.max === undefined ? (r.min ?? '?') : `${r.min}–${r.max}`} × ${d.node_type ?? 'host'}`
          : `${r.min ?? r.amount ?? '?'} × ${r.resource_type}`;
    return `${what}: ${r.status} (reservation ${shortId(r.id)})`;
  });
}

/** "36 SU (24h × 1.5 SU/h), estimated": an estimate, never the balance (no API gives it). */
function suText(c: NonNullable<LeaseData['su_cost']>): string {
  const assumed = c.basis === 'assumed' ? ', 1.0 a host assumed' : '';
  return `${c.su} SU (${minutes(c.hours * 60)} × ${c.su_per_hour} SU/h${assumed}), estimated`;
}

export const render: Renderer<'lease'> = ({ data: d }, { columns, color, siteName: names }) => {
  const s = style(color);
  const start = d.start ?? d.start_date;
  const end = d.end ?? d.end_date;
  const length = d.duration_minutes ? ` (${minutes(d.duration_minutes)})` : '';
  const ext = d.extension;
  const head = wrap(
    ext && !ext.sent
      ? `${s.bold(`Lease ${d.name}`)} ${s.status(d.status)}: dry run, not extended`
      : d.dry_run
        ? `${s.bold(`Lease ${d.name}`)}: dry run, nothing was created`
        : `${s.bold(`Lease ${d.name}`)} ${s.status(d.status)}${d.reused ? ' (an existing lease of this name, reused)' : ''}`,
    columns,
  );
  // A dry run's reservations are what it would ask for (lease-extend's dry run reads a real lease).
  const asked = d.dry_run && !ext;
  const hosts = asked
    ? [`${d.nodes_requested ?? '?'} × ${d.node_type ?? d.resource_type ?? 'host'}`]
    : reservations(d);
  const next =
    d.dry_run || !d.lease_id
      ? null
      : /^(PENDING|STARTING)$/.test(d.status)
        ? command('Wait until it is ACTIVE:', `envboot lease-status ${shellWord(d.name)} --wait`, columns)
        : d.status === 'ACTIVE'
          ? command(
              'Boot servers on it:',
              `envboot launch ${shellWord(d.name)} --image IMAGE --wait`,
              columns,
            )
          : null;
  return lines(
    head,
    d.lease_id ? field('id', d.dry_run ? `${d.lease_id} (placeholder)` : d.lease_id, columns) : null,
    field('site', siteName(d.site, names), columns),
    field('window', `${span(start, end)}${length}`, columns),
    hosts.flatMap((h, i) => field(i === 0 ? (asked ? 'asks for' : 'reserves') : '', h, columns)),
    ext
      ? field(
          ext.sent ? 'extended' : 'would extend',
          `by ${minutes(ext.added_minutes)}, from ${when(ext.previous_end)} to ${when(ext.requested_end)}`,
          columns,
        )
      : null,
    ext
      ? field('cost', suText(ext.su_cost), columns)
      : d.su_cost
        ? field('cost', suText(d.su_cost), columns)
        : null,
    d.degraded
      ? wrap('Blazar marks the lease degraded: some of its resources are unavailable.', columns, '  ').map(
          s.yellow,
        )
      : null,
    repaired(d, columns),
    failedHosts(d, columns, s),
    next ? ['', ...next.map(s.dim)] : null,
  );
};

/** The hosts the site took out of service, and how to replace them. */
function failedHosts(d: LeaseData, columns: number, s: ReturnType<typeof style>): string[] | null {
  const failed = d.failed_hosts ?? [];
  if (failed.length === 0) return null;
  const names = failed.map((h) => h.node_name ?? h.id).join(', ');
  return [
    ...wrap(`Failed: ${names}.`, columns, '  ').map(s.yellow),
    '',
    ...command('Replace them:', `envboot lease-repair ${shellWord(d.name)}`, columns).map(s.dim),
  ];
}

/** What lease-repair did. */
function repaired(d: LeaseData, columns: number): string[] | null {
  if (!d.repair) return null;
  const out = [
    ...d.repair.replaced.map(
      (r) => `${r.host.node_name ?? r.host.id} → ${r.replacement.node_name ?? r.replacement.id}`,
    ),
    ...d.repair.removed.map((h) => `${h.node_name ?? h.id} removed, no free host to replace it`),
  ];
  return out.flatMap((line, i) => field(i === 0 ? 'replaced' : '', line, columns));
}
