// provision at a terminal: the plan with its reasons, the lease, what the run created (and what of the user's it
// used, which it never deletes), the servers, how to clean up, and the ssh command line last (where the eye lands,
// ready to copy).
import type { ProvisionData } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import { planLines } from './plan.js';
import { resources } from './resources.js';
import { serverTable, sshLines } from './servers.js';
import { enterLines, environmentLines } from './setup.js';
import {
  command,
  elapsed,
  field,
  lines,
  padEnd,
  siteName,
  span,
  shellWord,
  style,
  wrap,
  type SiteNames,
  type Style,
} from './text.js';

function headline(d: ProvisionData, s: Style, names: SiteNames | undefined): string {
  const at = `at ${siteName(d.site, names)}`;
  switch (d.status) {
    case 'dry_run':
      return `${s.bold(`Dry run ${d.run_id}`)} ${at}: nothing was created`;
    case 'planned':
      return `${s.bold(`Run ${d.run_id}`)} ${at}: ${s.status('planned')}, nothing was reserved`;
    default:
      return `${s.bold(`Run ${d.run_id}`)} ${s.status(d.status)} ${at}`;
  }
}

export const render: Renderer<'provision'> = ({ data: d, metrics }, { columns, color, siteName: names }) => {
  const s = style(color);
  const servers = d.servers ?? [];
  const ssh = sshLines(servers, d.ssh);
  const lease = d.lease;
  const w = d.window;
  const leaseLine = lease
    ? field(
        'lease',
        `${lease.name} ${s.status(lease.status)}, ${span(lease.start ?? w?.start, lease.end ?? w?.end)}`,
        columns,
        8,
        '',
      )
    : w
      ? field(
          d.status === 'dry_run' || d.status === 'planned' ? 'window' : 'lease',
          `would be ${span(w.start, w.end)}`,
          columns,
          8,
          '',
        )
      : null;
  const launchHint =
    d.status === 'completed' && servers.length === 0 && lease
      ? command(
          'No servers were booted (--skip-launch); boot them with:',
          `envboot launch ${shellWord(lease.name)} --image ${shellWord(d.plan?.image ?? 'IMAGE')} --wait`,
          columns,
        ).map(s.dim)
      : null;
  const took =
    d.status === 'dry_run' ? null : `took ${elapsed(metrics.elapsed_ms)}, ${metrics.requests} requests`;
  return lines(
    wrap(headline(d, s, names), columns),
    '',
    d.repo
      ? field(
          'repo',
          `${d.repo.source}${d.repo.commit ? ` at ${d.repo.commit.slice(0, 7)}` : ''}`,
          columns,
          8,
          '',
        )
      : null,
    d.plan ? planLines(d.plan, s, columns, { head: padEnd('plan', 8) + ' ' }) : null,
    leaseLine,
    d.created.length ? field('created', resources(d.created), columns, 8, '') : null,
    d.adopted?.length ? field('yours', `${resources(d.adopted)} (kept)`, columns, 8, '') : null,
    d.removed.length ? field('removed', resources(d.removed), columns, 8, '') : null,
    d.remaining.length ? field('remains', resources(d.remaining), columns, 8, '').map(s.yellow) : null,
    took ? s.dim(took) : null,
    servers.length ? ['', ...serverTable(servers, s, columns)] : null,
    d.environment ? ['', ...environmentLines(d.environment, s, columns)] : null,
    launchHint ? ['', ...launchHint] : null,
    // Said no to the reservation (a window was found), not to using a lease the user already had.
    d.status === 'planned' && w
      ? ['', ...wrap('Run it again with --yes to reserve without asking.', columns).map(s.dim)]
      : null,
    d.resume ? ['', ...command('Continue with:', d.resume, columns)] : null,
    d.cleanup ? ['', ...command('Delete it all with:', d.cleanup, columns).map(s.dim)] : null,
    ssh.length ? ['', 'Connect with:', ...ssh] : null,
    // Where the eye lands last: the command that logs in to the ready environment.
    d.environment?.enter ? ['', ...enterLines(d.environment, columns)] : null,
  );
};
