// analyze at a terminal: what the repository needs, each need with the evidence for it (file:line and what was
// seen there), then the plan and its reasons, then the warnings.
import type { AnalysisData, Evidence, Requirements } from '../generated/schema-types.js';
import type { Renderer } from './index.js';
import { planLines } from './plan.js';
import { lines, list, minutes, padEnd, style, width, wrap, type Style } from './text.js';

/** Evidence lines shown under one need; the rest are counted. */
const MAX_EVIDENCE = 3;
const LABEL = 12;
/** Locations longer than this push their own text along instead of the column. */
const MAX_LOCATION = 24;

interface Need {
  label: string;
  value: string;
  /** Which evidence supports it: `about` equal to one of these, or under one of them ("gpu" takes "gpu.cuda"). */
  about: string[];
}

function gpuValue(r: Requirements): string {
  const g = r.gpu;
  if (!g.needed) return g.requirement === 'optional' ? 'optional: runs on CPU too' : 'not needed';
  const vendor = g.vendor
    ? `${g.vendor === 'nvidia' ? 'NVIDIA' : g.vendor === 'amd' ? 'AMD' : 'Intel'} `
    : '';
  const what = `${g.count ?? 1} ${vendor}${g.model ?? 'GPU'}${(g.count ?? 1) > 1 && !g.model ? 's' : ''}`;
  return [
    `${g.requirement}: ${what}`,
    g.min_memory_gb ? `${g.min_memory_gb} GB each` : null,
    g.cuda ? `CUDA ${g.cuda}` : null,
    g.rocm ? `ROCm ${g.rocm}` : null,
    g.min_compute_capability ? `compute capability ${g.min_compute_capability}+` : null,
    g.nvcc ? 'nvcc' : null,
  ]
    .filter(Boolean)
    .join(', ');
}

export function needs(r: Requirements): Need[] {
  const out: Need[] = [{ label: 'GPU', value: gpuValue(r), about: ['gpu'] }];
  for (const [name, version] of Object.entries(r.runtimes)) {
    const range = r.runtime_constraints?.[name];
    out.push({
      label: name,
      value: `${version ?? 'any version'}${range && range !== version ? ` (declared ${range})` : ''}`,
      about: [`runtimes.${name}`],
    });
  }
  // What runs is listed; extras by group; development and test tools are left to the JSON.
  const main = r.frameworks.filter((f) => (f.scope ?? 'main') === 'main');
  const extras = r.frameworks.filter((f) => f.scope === 'optional');
  if (main.length > 0) {
    out.push({
      label: 'frameworks',
      value: main
        .map((f) => {
          // What the project declared, where it differs (fbprophet for prophet), then whether it is a GPU build.
          const notes = [
            ...(f.declared_as?.length ? [`as ${f.declared_as.join(', ')}`] : []),
            ...(f.gpu ? ['GPU build'] : []),
          ];
          return `${f.name}${f.version ? ` ${f.version}` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}`;
        })
        .join(', '),
      about: main.map((f) => `frameworks.${f.name}`),
    });
  }
  if (extras.length > 0) {
    out.push({
      label: 'extras',
      value: extras.map((f) => `${f.name}${f.group ? ` [${f.group}]` : ''}`).join(', '),
      about: extras.map((f) => `frameworks.${f.name}`),
    });
  }
  if (r.memory_gb !== null)
    out.push({ label: 'memory', value: `${r.memory_gb} GB RAM`, about: ['memory_gb'] });
  if (r.disk_gb !== null) out.push({ label: 'disk', value: `${r.disk_gb} GB`, about: ['disk_gb'] });
  if (r.run_minutes)
    out.push({ label: 'run time', value: `about ${minutes(r.run_minutes)}`, about: ['run_minutes'] });
  if (r.nodes) out.push({ label: 'nodes', value: String(r.nodes), about: ['nodes'] });
  if (r.architecture) out.push({ label: 'arch', value: r.architecture, about: ['architecture'] });
  if (r.os) out.push({ label: 'OS', value: r.os, about: ['os'] });
  if (r.system_packages?.length)
    out.push({ label: 'packages', value: r.system_packages.join(', '), about: ['system_packages'] });
  if (r.container)
    out.push({
      label: 'container',
      value: `${r.container.file}${r.container.base_images.length ? ` (FROM ${r.container.base_images.join(', ')})` : ''}`,
      about: ['container'],
    });
  if (r.languages.length > 0)
    out.push({ label: 'languages', value: r.languages.join(', '), about: ['languages'] });
  return out;
}

/** "requirements.txt:1", or "(estimate)" and "(tree)" for what was not read in a file. */
function where(e: Evidence): string {
  return e.line ? `${e.file}:${e.line}` : e.file;
}

function supports(e: Evidence, about: string[]): boolean {
  const a = e.about ?? '';
  return about.some((x) => a === x || a.startsWith(`${x}.`));
}

/** The evidence for one need, without repeats (the same line seen for two conclusions). */
function evidenceFor(r: Requirements, need: Need): Evidence[] {
  const seen = new Set<string>();
  return r.evidence.filter((e) => {
    if (!supports(e, need.about)) return false;
    const key = `${where(e)}\u0000${e.seen}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Evidence under a need: "file:line  what was seen", the locations aligned over the whole list (`at` wide). */
function evidenceLines(picked: Evidence[], at: number, s: Style, columns: number): string[] {
  const shown = picked.slice(0, MAX_EVIDENCE);
  const indent = ' '.repeat(2 + LABEL + 1);
  const out = shown.flatMap((e) => {
    const loc = where(e);
    const head = `${indent}${padEnd(loc, at)}  `;
    return wrap(e.seen, columns, head, ' '.repeat(width(head))).map(s.dim);
  });
  if (picked.length > shown.length) out.push(s.dim(`${indent}… ${picked.length - shown.length} more`));
  return out;
}

function repoLine(d: AnalysisData): string {
  const r = d.repo;
  const at = r.commit ? ` at ${r.commit.slice(0, 7)}` : '';
  const ref = r.ref ? ` (${r.ref})` : '';
  const files = r.files !== undefined ? `, ${r.files} ${r.files === 1 ? 'file' : 'files'}` : '';
  return `${r.url ?? r.source}${ref}${at}${files}${r.cached ? ', cached' : ''}`;
}

function aiLines(d: AnalysisData, s: Style, columns: number): string[] {
  const ai = d.ai;
  if (ai.status === 'off') return [];
  const model = ai.model ? ` (${ai.model})` : '';
  if (ai.status === 'used') {
    const changed = ai.changed?.length ? `: changed ${list(ai.changed)}` : ': kept the plan';
    return wrap(`Language model${model}${changed}`, columns);
  }
  return wrap(
    `Language model${model} ${ai.status}${ai.reason ? `: ${ai.reason}` : ''}; the rules' plan stands`,
    columns,
  ).map(s.yellow);
}

export const render: Renderer<'analysis'> = ({ data: d }, { columns, color, siteName: names }) => {
  const s = style(color);
  const r = d.requirements;
  const listed = needs(r).map((need) => ({ need, evidence: evidenceFor(r, need) }));
  const locations = listed.flatMap((n) => n.evidence.slice(0, MAX_EVIDENCE).map((e) => width(where(e))));
  const at = Math.min(MAX_LOCATION, Math.max(0, ...locations));
  const needLines = listed.flatMap(({ need, evidence }) => [
    ...wrap(need.value, columns, `  ${padEnd(need.label, LABEL)} `, ' '.repeat(2 + LABEL + 1)),
    ...evidenceLines(evidence, at, s, columns),
  ]);
  const warnings = (d.warnings ?? []).flatMap((w) =>
    wrap(`${w.file} (${w.detector}): ${w.reason}`, columns, '  ! ', '    ').map(s.yellow),
  );
  const notes = (d.notes ?? []).flatMap((n) => wrap(n, columns, '  - ', '    '));
  return lines(
    wrap(`${s.bold('Repository')} ${repoLine(d)}`, columns),
    '',
    s.bold('Needs'),
    needLines,
    // Without a plan (--no-plan) the notes say so.
    d.plan ? ['', ...planLines(d.plan, s, columns, { siteName: names })] : null,
    aiLines(d, s, columns),
    notes.length ? ['', s.bold('Notes'), ...notes] : null,
    warnings.length
      ? [
          '',
          ...wrap(
            `${s.bold(s.yellow('Warnings'))} ${s.dim('(these files were left out: the needs may be incomplete)')}`,
            columns,
          ),
          ...warnings,
        ]
      : null,
  );
};
