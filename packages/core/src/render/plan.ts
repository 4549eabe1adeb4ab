// A plan at a terminal (kind plan, and the plan inside analyze's and provision's output): what to reserve, the
// reasons for each choice, when it is free, and what else would do.
import type { PlanData } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import { lines, minutes, siteName, style, when, width, wrap, type SiteNames, type Style } from './text.js';

/** "1 × gpu_rtx_6000, image CC-Ubuntu22.04-CUDA, 3h". */
export function planSummary(p: PlanData): string {
  return `${p.count} × ${p.node_type}, image ${p.image}, ${p.duration || minutes(p.duration_minutes)}`;
}

const SOURCES: Record<string, string> = {
  ai: 'refined by the language model',
  plugin: 'chosen by a plugin',
  flags: 'as the flags said',
};

/**
 * The plan's lines. With `head` ("plan     ") the summary follows it on the first line; without, a bold
 * "Plan for CHI@UC" line comes first and the summary under it.
 */
export function planLines(
  p: PlanData,
  s: Style,
  columns: number,
  at: { head?: string; siteName?: SiteNames } = {},
): string[] {
  const { head } = at;
  const source = p.source && SOURCES[p.source] ? ` (${SOURCES[p.source]})` : '';
  const out = head === undefined ? [s.bold(`Plan for ${siteName(p.site, at.siteName)}`)] : [];
  out.push(...wrap(`${planSummary(p)}${source}`, columns, head ?? '  ', ' '.repeat(head ? width(head) : 2)));
  for (const reason of p.reasons) out.push(...wrap(reason, columns, '  • ', '    '));
  if (p.free_at) out.push(...wrap(`Free from ${when(p.free_at)}`, columns, '  '));
  const fits = (p.alternatives ?? []).filter((a) => a.fits);
  if (fits.length > 0) {
    // All times here are UTC, as the line above says.
    const others = fits.map(
      (a) => `${a.node_type}${a.free_at ? ` (free ${when(a.free_at).replace(/ UTC$/, '')})` : ''}`,
    );
    out.push(...wrap(`Would also fit: ${others.join(', ')}`, columns, '  ', '    ').map(s.dim));
  }
  return out;
}

export const render: Renderer<'plan'> = ({ data: p }, { columns, color, siteName: names }) =>
  lines(planLines(p, style(color), columns, { siteName: names }));
