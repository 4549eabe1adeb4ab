// launch at a terminal: the servers with their status and addresses, and the ssh command lines last.
import type { Renderer } from './index.js';
import { serverTable, sshLines } from './servers.js';
import { count, lines, shortId, style, wrap } from './text.js';

export const render: Renderer<'launch'> = ({ data: d }, { columns, color }) => {
  const s = style(color);
  const lease = d.lease_id ?? d.reservation_id;
  const on = [
    lease
      ? `lease ${shortId(lease)}`
      : d.host_reservation_id
        ? `reservation ${shortId(d.host_reservation_id)}`
        : null,
    d.image ? `image ${d.image}` : null,
    d.flavor ? `flavor ${d.flavor}` : null,
    d.network ? `network ${d.network}` : null,
  ].filter(Boolean);
  const n = d.servers.length;
  const head = d.dry_run
    ? `${s.bold('Dry run')}: would boot ${count(n, 'server')}; nothing was created`
    : s.bold(count(n, 'server'));
  const ssh = sshLines(d.servers);
  const notReady = d.servers.filter((v) => v.status !== 'ACTIVE').length;
  return lines(
    wrap(`${head}${on.length ? ` on ${on.join(', ')}` : ''}`, columns),
    n ? ['', ...serverTable(d.servers, s, columns)] : null,
    !d.dry_run && notReady > 0 && ssh.length === 0
      ? [
          '',
          ...wrap(
            'Not ACTIVE yet: add --wait to wait for them (and for their ssh command lines).',
            columns,
          ).map(s.dim),
        ]
      : null,
    ssh.length
      ? ['', ssh.length === 1 ? 'Connect with:' : 'Connect with (one line per server):', ...ssh]
      : null,
  );
};
