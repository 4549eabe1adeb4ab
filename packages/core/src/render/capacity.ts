// capacity at a terminal: the free hosts (or every node type) in a small table, and the answer in one sentence.
import type { CapacityData } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import {
  count,
  lines,
  minutes,
  siteName,
  span,
  style,
  table,
  when,
  wrap,
  type SiteNames,
  type Style,
} from './text.js';

const MAX_ROWS = 10;

/** What the hosts had to match: "compute_skylake", or the Blazar filter. */
function what(d: CapacityData): string | null {
  if (d.node_type) return d.node_type;
  if (d.resource_properties) return `matching ${d.resource_properties}`;
  return null;
}

/** "2 compute_skylake hosts", "1 host matching […]", "3 hosts". */
function hostsOf(d: CapacityData, n: number): string {
  const kind = what(d);
  if (!kind) return count(n, 'host');
  return kind.startsWith('matching ')
    ? `${count(n, 'host')} ${kind}`
    : `${n} ${kind} ${n === 1 ? 'host' : 'hosts'}`;
}

/** "2 of 23 compute_skylake hosts are free from … to …": the verb agrees with the free, the noun with the total. */
function freeOf(d: CapacityData, free: number, start: string, end: string): string {
  const total = d.total_nodes ?? free;
  const whole = hostsOf(d, total).replace(/^\d+ /, '');
  const of = d.total_nodes === undefined ? `${free}` : `${free} of ${total}`;
  return `${of} ${whole} ${free === 1 ? 'is' : 'are'} free from ${span(start, end)}`;
}

/** The answer, in one sentence. */
export function answer(d: CapacityData, names?: SiteNames): string {
  const asked = freeOf(d, d.available_nodes, d.start, d.end);
  const wanted = d.nodes_requested;
  if (!wanted) return `${asked}.`;
  const e = d.earliest;
  if (e) {
    const earliest = freeOf(d, e.available_nodes, e.start, e.end);
    return d.fits ? `${earliest}.` : `${asked}; ${wanted} are free together from ${span(e.start, e.end)}.`;
  }
  // capacity says why itself (more hosts than the site has, or none free within the horizon).
  if (d.reason) return `No window: ${d.reason.message}.`;
  if (d.total_nodes !== undefined && d.total_nodes < wanted)
    return `No window: ${siteName(d.site, names)} has ${hostsOf(d, d.total_nodes)}, ${wanted} asked for.`;
  return (
    `No window: ${hostsOf(d, wanted)} are not free together for ${minutes(d.duration_minutes)} ` +
    `before ${when(d.horizon_end)} (${asked}).`
  );
}

function hostTable(d: CapacityData, s: Style, columns: number): string[] {
  // The hosts of the window that will be reserved: the earliest one when it was looked for.
  const hosts = d.earliest?.nodes ?? d.nodes;
  if (hosts.length === 0) return [];
  const shown = hosts.slice(0, MAX_ROWS);
  const out = table(
    [{ header: 'HOST' }, { header: 'NODE TYPE' }, { header: 'UUID', shrink: true }],
    shown.map((h) => [h.hostname ?? '', h.node_type ?? '', h.uuid]),
    columns,
    { s },
  );
  if (hosts.length > shown.length) out.push(s.dim(`  … and ${hosts.length - shown.length} more`));
  return out;
}

function summaryTable(d: CapacityData, s: Style, columns: number): string[] {
  const rows = [...(d.summary ?? [])].sort(
    (a, b) => b.available - a.available || a.node_type.localeCompare(b.node_type),
  );
  return table(
    [
      { header: 'NODE TYPE', shrink: true },
      { header: 'FREE', align: 'right' },
      { header: 'TOTAL', align: 'right' },
    ],
    rows.map((r) => [r.node_type, String(r.available), String(r.total)]),
    columns,
    { s, paint: (text, row, col) => (col === 1 && rows[row]!.available === 0 ? s.dim(text) : text) },
  );
}

type SiteAnswer = NonNullable<CapacityData['sites']>[number];

/** What the hosts had to be, for the heading of a search over sites: "a GPU with ≥ 40 GB per GPU, aarch64". */
function hardwareWords(d: CapacityData): string | null {
  const h = d.hardware;
  if (!h) return null;
  const gpu: string[] = [];
  if (h.gpus !== null) gpu.push(`${h.gpus}+ GPU${h.gpus === 1 ? '' : 's'}`);
  if (h.gpu_vendor !== null) gpu.push(`vendor "${h.gpu_vendor}"`);
  if (h.gpu_model !== null) gpu.push(`model "${h.gpu_model}"`);
  if (h.gpu_memory_gb !== null) gpu.push(`≥ ${h.gpu_memory_gb} GB per GPU`);
  const parts = gpu.length ? [`GPU ${gpu.join(', ')}`] : [];
  if (h.architecture !== null) parts.push(h.architecture);
  if (h.min_ram_gb !== null) parts.push(`≥ ${h.min_ram_gb} GB RAM`);
  if (h.min_threads !== null) parts.push(`≥ ${h.min_threads} threads`);
  return parts.join(', ');
}

/** "CHI@TACC: 1 × compute_liqid (A100 40 GB) free now until 2026-12-06 16:21 UTC". */
export function siteLine(a: SiteAnswer, wanted: number, names?: SiteNames): string {
  const name = a.name || siteName(a.site, names);
  if (a.status === 'error')
    return `${name}: not asked — ${a.error?.code ?? 'ERROR'}: ${a.error?.message ?? ''}`;
  const e = a.earliest;
  if (a.status !== 'ok' || !e) return `${name}: no window — ${a.reason?.message ?? 'none found'}`;
  const type = a.node_types.find((t) => t.resource_properties === a.resource_properties);
  const gpu = type?.gpu ? ` (${type.gpu.count > 1 ? `${type.gpu.count} × ` : ''}${type.gpu.label})` : '';
  const hosts = `${wanted} × ${a.node_type ?? 'host'}${gpu}`;
  const free = e.available_nodes > wanted ? ` (${e.available_nodes} free)` : '';
  return a.free_now
    ? `${name}: ${hosts} free now until ${when(e.end)}${free}`
    : `${name}: ${hosts} free from ${span(e.start, e.end)}${free}`;
}

function renderSites(d: CapacityData, s: Style, columns: number, names?: SiteNames): string {
  const sites = d.sites ?? [];
  const wanted = d.nodes_requested ?? 1;
  const filter = hardwareWords(d) ?? what(d) ?? 'any node type';
  const head = `Where ${count(wanted, 'host')} (${filter}) ${wanted === 1 ? 'is' : 'are'} free for ${minutes(d.duration_minutes)}: ${count(sites.length, 'site')}, best first`;
  const body = sites.flatMap((a) => {
    const paint = a.status === 'ok' ? s.green : a.status === 'error' ? s.red : s.yellow;
    return wrap(siteLine(a, wanted, names), columns, '', '    ').map(paint);
  });
  return lines(wrap(head, columns).map(s.bold), '', body);
}

export const render: Renderer<'capacity'> = ({ data: d }, { columns, color, siteName: names }) => {
  const s = style(color);
  if (d.sites) return renderSites(d, s, columns, names);
  const kind = what(d);
  const subject = !kind
    ? 'Every node type'
    : kind.startsWith('matching ')
      ? `${d.nodes_requested ? count(d.nodes_requested, 'host') : 'Hosts'} ${kind}`
      : d.nodes_requested
        ? `${d.nodes_requested} × ${kind}`
        : kind;
  const head =
    `${subject} for ${minutes(d.duration_minutes)} at ${siteName(d.site, names)}` +
    (d.dry_run ? ': dry run, the cloud was not asked (placeholder hosts)' : '');
  const found = d.nodes_requested ? d.earliest !== null && d.earliest !== undefined : d.available_nodes > 0;
  const sentence = wrap(answer(d, names), columns).map((l) => (found ? s.green(l) : s.yellow(l)));
  return lines(
    wrap(head, columns).map(s.bold),
    '',
    d.summary ? summaryTable(d, s, columns) : hostTable(d, s, columns),
    d.summary || (d.earliest?.nodes ?? d.nodes).length > 0 ? '' : null,
    sentence,
  );
};
