// runs at a terminal: the recorded provision runs in a table, newest first, and where they are kept.
import type { Renderer } from './index.js';
import { command, lines, shortId, style, table, when, wrap } from './text.js';

/** "http://git.example.org/gpu-train.git" → "git.example.org/gpu-train": the repository, briefly. */
function repoName(repo: string | null | undefined): string {
  if (!repo) return '-';
  return repo.replace(/^https?:\/\//, '').replace(/\.git$/, '');
}

export const render: Renderer<'runs'> = ({ data: d }, { columns, color }) => {
  const s = style(color);
  const where = d.state_dir ? ` in ${d.state_dir}` : '';
  if (d.runs.length === 0) return lines(wrap(`No provision runs recorded${where}.`, columns));
  const ssh = d.runs.some((r) => r.reachable);
  const status = (r: (typeof d.runs)[number]) =>
    `${r.status}${r.failed_step ? ` (${r.failed_step})` : ''}${r.active ? ', now' : ''}`;
  return lines(
    table(
      [
        { header: 'RUN' },
        { header: 'STATUS' },
        { header: 'UPDATED (UTC)', drop: 1 },
        { header: 'SITE', drop: 3 },
        { header: 'SERVERS', align: 'right', drop: 2 },
        // Which runs have a server that let the key log in; only when some run has one.
        ...(ssh ? [{ header: 'SSH', drop: 0.5 }] : []),
        { header: 'LEASE', drop: 4 },
        { header: 'REPOSITORY', shrink: true, cut: 'start' },
      ],
      d.runs.map((r) => [
        r.run_id,
        status(r),
        when(r.updated_at ?? r.created_at).replace(/ UTC$/, ''),
        r.site ?? '-',
        String(r.servers ?? 0),
        ...(ssh ? [r.reachable ?? '-'] : []),
        shortId(r.lease) || '-',
        repoName(r.repo),
      ]),
      columns,
      {
        s,
        indent: '',
        paint: (text, row, col) => {
          if (col !== 1) return text;
          const word = d.runs[row]!.status;
          return s.status(word) + text.slice(word.length);
        },
      },
    ),
    '',
    wrap(`${d.runs.length} ${d.runs.length === 1 ? 'run' : 'runs'}${where}.`, columns).map(s.dim),
    ...(ssh ? command('Log in to a run with an SSH address:', 'envboot ssh RUN', columns).map(s.dim) : []),
    command('Delete what a run created:', 'envboot cleanup RUN --yes', columns).map(s.dim),
  );
};
