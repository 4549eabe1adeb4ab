// Python requirement strings (PEP 508) and version specifiers (PEP 440), as far as the analysis needs them.

export interface Requirement {
  name: string;
  extras: string[];
  /** The specifier as written (">=2.0,<3"), or null. */
  spec: string | null;
  /** The local version label of an exact pin ("cu121" in ==2.1.0+cu121). */
  local: string | null;
  marker: string | null;
}

const NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(\[[^\]]*\])?\s*(.*)$/;

export function parseRequirement(text: string): Requirement | null {
  let body = text.trim();
  if (!body) return null;
  let marker: string | null = null;
  const semi = body.indexOf(';');
  if (semi >= 0) {
    marker = body.slice(semi + 1).trim() || null;
    body = body.slice(0, semi).trim();
  }
  // "name @ https://…" direct references.
  const at = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(body);
  if (at) return { name: at[1]!, extras: extrasOf(at[2]), spec: null, local: localOf(at[3]!), marker };
  const m = NAME.exec(body);
  if (!m) return null;
  let spec = m[3]!
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (spec && !/^(===?|~=|!=|<=?|>=?|\^|~)/.test(spec)) {
    // Conda-style "name 1.2" or Poetry "name = 1.2" never reach here; anything else is not a specifier.
    if (/^\d/.test(spec)) spec = `==${spec}`;
    else return null;
  }
  const local = /===?\s*[^,\s+]+\+([A-Za-z0-9.]+)/.exec(spec)?.[1] ?? null;
  return { name: m[1]!, extras: extrasOf(m[2]), spec: spec || null, local, marker };
}

function extrasOf(group: string | undefined): string[] {
  if (!group) return [];
  return group
    .slice(1, -1)
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
}

function localOf(url: string): string | null {
  // Wheel URLs carry the local version in the file name: torch-2.1.0%2Bcu121-cp310-…whl
  return /(?:\+|%2B)(cu\d+|cpu|rocm[\d.]+)/i.exec(url)?.[1] ?? null;
}

/** "==2.1.0+cu121" → "2.1.0"; ">=2.0,<3" stays as written; null stays null. */
export function versionOf(spec: string | null): string | null {
  if (!spec) return null;
  const exact = /^===?\s*([^,\s+]+)(\+[A-Za-z0-9.]+)?$/.exec(spec.trim());
  if (exact) return exact[1]!;
  return spec.replace(/\s+/g, '');
}

/** Whether a marker restricts the platform (sys_platform, platform_machine, …) or an extra. */
export function platformMarker(marker: string | null): boolean {
  return marker !== null && /\b(sys_platform|platform_system|platform_machine|os_name|extra)\b/.test(marker);
}

/**
 * The lowest version a specifier allows: "==3.10.4" → "3.10.4", ">=3.9,<3.12" → "3.9", "^3.11" → "3.11",
 * "~=3.8" → "3.8", "3.8.*" → "3.8", "<3.12" → null (no lower bound).
 */
export function lowestVersion(spec: string | null): string | null {
  if (!spec) return null;
  const parts = spec
    .split(/[,|]|\s+(?=[<>=!~^])/)
    .map((p) => p.trim())
    .filter(Boolean);
  let best: string | null = null;
  for (const part of parts) {
    const m = /^(===?|~=|>=|>|\^|~|=)?\s*v?(\d+(?:\.\d+)*)(\.\*)?/.exec(part);
    if (!m) continue;
    const op = m[1] ?? '==';
    if (op === '>') continue; // an open bound has no lowest member worth naming
    const v = m[2]!;
    if (best === null || compare(v, best) > 0) best = v; // the tightest lower bound
  }
  return best;
}

function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Whether a specifier is an exact pin (one version) rather than a range. */
export function isPin(spec: string | null): boolean {
  return spec !== null && /^(===?|=)?\s*\d+(\.\d+)*$/.test(spec.trim());
}
