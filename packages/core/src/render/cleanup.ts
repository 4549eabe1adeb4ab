// cleanup at a terminal: what was deleted of what the run had created, what remains, and what of the user's the
// run had used and left in place.
import type { Resource } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import { RESOURCE_TYPES, resources } from './resources.js';
import { command, count, lines, shortId, style, table, wrap, type Style } from './text.js';

function resourceTable(list: Resource[], s: Style, columns: number): string[] {
  return table(
    [{ header: 'TYPE' }, { header: 'NAME', shrink: true }, { header: 'ID' }],
    list.map((r) => [
      RESOURCE_TYPES[r.type] ?? r.type,
      r.name ?? r.id,
      r.name && r.name !== r.id ? shortId(r.id) : '',
    ]),
    columns,
    { s },
  );
}

export const render: Renderer<'cleanup'> = ({ data: d }, { columns, color }) => {
  const s = style(color);
  const run = s.bold(`Run ${d.run_id}`);
  const text = body(d, run, s, columns);
  if (!d.kept?.length) return text;
  return text + lines('', ...wrap(`Yours, left in place: ${resources(d.kept)}.`, columns).map(s.dim));
};

function body(d: Parameters<Renderer<'cleanup'>>[0]['data'], run: string, s: Style, columns: number) {
  switch (d.status) {
    case 'nothing_to_do':
      return lines(wrap(`${run}: nothing to clean up; what it created is gone.`, columns));
    case 'simulated':
      return lines(
        wrap(`${run}: dry run, would delete ${count(d.remaining.length, 'resource')}`, columns),
        d.remaining.length ? ['', ...resourceTable(d.remaining, s, columns)] : null,
      );
    default:
      return lines(
        wrap(
          d.status === 'cleaned'
            ? `${run} ${s.status('cleaned')}: deleted ${count(d.removed.length, 'resource')}`
            : `${run}: deleted ${d.removed.length}, ${s.yellow(`${d.remaining.length} remain`)}`,
          columns,
        ),
        d.removed.length ? ['', ...resourceTable(d.removed, s, columns)] : null,
        d.remaining.length
          ? [
              '',
              s.yellow('Still there:'),
              ...resourceTable(d.remaining, s, columns),
              '',
              ...command('Try again with:', `envboot cleanup ${d.run_id} --yes`, columns).map(s.dim),
            ]
          : null,
      );
  }
}
