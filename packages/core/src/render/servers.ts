// Servers as launch and provision show them: a table with status and addresses, faults under it, and the ssh
// command lines (printed last by both, whole, never wrapped or cut, so that they can be copied).
import type { Servers } from '../generated/schema-types.js';
import { table, wrap, type Style } from './text.js';

export function serverTable(servers: Servers, s: Style, columns: number): string[] {
  const out = table(
    [
      { header: 'NAME', shrink: true },
      { header: 'STATUS' },
      { header: 'FIXED IP', drop: 1 },
      { header: 'FLOATING IP' },
      { header: 'USER', drop: 2 },
    ],
    servers.map((v) => [v.name, v.status, v.fixed_ip ?? '-', v.floating_ip ?? '-', v.ssh_user ?? '-']),
    columns,
    { s, paint: (text, _row, col) => (col === 1 ? s.status(text) : text) },
  );
  for (const v of servers) {
    if (v.fault) out.push(...wrap(`${v.name}: ${v.fault}`, columns, '  fault: ', '         ').map(s.red));
  }
  // Servers that let the key log in over SSH, with the host key now recorded (and whether the console vouched for it).
  for (const v of servers) {
    const r = v.ssh_ready;
    if (!r) continue;
    const checked =
      r.host_key.source === 'console' ? 'matches the console' : 'first seen: the console shows none';
    out.push(
      ...wrap(
        `${v.name}: logged in as ${r.user}; host key ${r.host_key.fingerprint} (${checked})`,
        columns,
        '  ssh: ',
        '       ',
      ),
    );
  }
  return out;
}

/** One ssh command line per server that has one (several servers often share none: then nothing). */
export function sshLines(servers: Servers, extra?: string | null): string[] {
  const all = [...servers.map((v) => v.ssh), extra].filter(
    (l): l is string => typeof l === 'string' && l !== '',
  );
  return [...new Set(all)];
}
