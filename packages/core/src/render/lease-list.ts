// leases at a terminal: the project's leases in a table (site, name, status, end and time left, hosts, servers,
// SU), then what stands out: degraded hosts, leases that can be extended now, sites that could not be asked.
import type { Renderer } from './index.js';
import { command, count, lines, minutes, siteName, style, table, when, wrap } from './text.js';

export const render: Renderer<'lease-list'> = ({ data: d }, { columns, color, siteName: names }) => {
  const s = style(color);
  const failed = d.sites.filter((x) => x.status === 'error');
  const failures = failed.flatMap((x) =>
    wrap(`${x.name}: could not be asked: ${x.error?.message ?? 'unknown error'}`, columns).map(s.red),
  );
  const where = d.sites.map((x) => siteName(x.site, names)).join(', ');
  if (d.leases.length === 0) return lines(wrap(`No leases at ${where}.`, columns), ...failures);
  const left = (l: (typeof d.leases)[number]) =>
    l.starts_in_minutes !== null && l.starts_in_minutes !== undefined
      ? `starts in ${minutes(l.starts_in_minutes)}`
      : l.time_left_minutes === null
        ? 'ended'
        : minutes(l.time_left_minutes);
  const hosts = (l: (typeof d.leases)[number]) => {
    const bad = l.hosts.filter((h) => h.degraded).length;
    return `${l.nodes}${l.node_type ? ` ${l.node_type}` : ''}${bad ? ` (${bad} degraded)` : ''}`;
  };
  const extend = (l: (typeof d.leases)[number]) =>
    l.extension.allowed_now
      ? 'now'
      : l.extension.reason === 'window' && l.extension.allowed_from
        ? when(l.extension.allowed_from).replace(/ UTC$/, '')
        : l.extension.reason === 'blocked'
          ? 'no (hosts taken)'
          : '-';
  const several = d.sites.length > 1;
  const out = table(
    [
      ...(several ? [{ header: 'SITE', drop: 3 }] : []),
      { header: 'NAME', shrink: true },
      { header: 'STATUS' },
      { header: 'END (UTC)', drop: 6 },
      { header: 'TIME LEFT' },
      { header: 'HOSTS', shrink: true, drop: 2 },
      { header: 'SERVERS', align: 'right' as const, drop: 5 },
      { header: 'EXTEND FROM', drop: 1 },
      { header: 'SU SO FAR/TOTAL', align: 'right' as const, drop: 4 },
    ],
    d.leases.map((l) => [
      ...(several ? [l.site] : []),
      l.name,
      l.degraded ? `${l.status} (degraded)` : l.status,
      when(l.end).replace(/ UTC$/, ''),
      left(l),
      hosts(l),
      String(l.servers.length),
      extend(l),
      `${l.su_cost.so_far.su}/${l.su_cost.total.su}`,
    ]),
    columns,
    {
      s,
      indent: '',
      paint: (text, row, col) => {
        if (col !== (several ? 2 : 1)) return text;
        const word = d.leases[row]!.status;
        return s.status(word) + text.slice(word.length);
      },
    },
  );
  const degraded = d.leases.flatMap((l) =>
    l.hosts
      .filter((h) => h.degraded)
      .map((h) => `${l.name}: host ${h.hostname ?? h.uuid} (${h.host_id}) is no longer offered by Blazar`),
  );
  return lines(
    out,
    '',
    degraded.flatMap((t) => wrap(t, columns).map(s.yellow)),
    failures,
    wrap(
      `${count(d.leases.length, 'lease')} at ${where}. SU: estimated as hours × Σ su_factor of the hosts; no API gives the project's balance.`,
      columns,
    ).map(s.dim),
    command('Extend one:', 'envboot lease-extend NAME --by 1d', columns).map(s.dim),
  );
};
