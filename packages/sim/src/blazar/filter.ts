// Blazar's requirement language for resource_properties and hypervisor_properties: a JSON-encoded string holding
// [op, "$key", "value"] or ["and", [...], ...]; ops ==, = (same as ==), !=, <, <=, >, >=; values must be strings.
// Host columns compare as SQL would (numbers as numbers); extra capabilities are text, compared as strings.
import { blazarFail } from './errors.js';

export type Requirement = { op: 'and'; all: Requirement[] } | { op: Comparison; key: string; value: string };
type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';

const OPS = new Set(['==', '=', '!=', '<', '<=', '>', '>=']);

/** What a host offers to a filter: its columns and its extra capabilities. */
export interface Filterable {
  columns: Record<string, unknown>;
  caps: Record<string, string>;
}

/** Parses a requirement string; "" (or "[]") means no constraint (null). */
export function parseRequirements(text: string): Requirement | null {
  const malformed = () => blazarFail(400, `Malformed requirements ${text}`);
  if (text.trim() === '') return null;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw malformed();
  }
  if (Array.isArray(doc) && doc.length === 0) return null;
  const walk = (node: unknown): Requirement => {
    if (!Array.isArray(node) || node.length === 0 || typeof node[0] !== 'string') throw malformed();
    if (node[0] === 'and') {
      if (node.length < 2) throw malformed();
      return { op: 'and', all: node.slice(1).map(walk) };
    }
    const [op, key, value] = node as [string, unknown, unknown];
    if (!OPS.has(op) || node.length !== 3) throw malformed();
    if (typeof key !== 'string' || !key.startsWith('$') || key.length < 2) throw malformed();
    if (typeof value !== 'string') throw malformed();
    return { op: op === '=' ? '==' : (op as Comparison), key: key.slice(1), value };
  };
  return walk(doc);
}

/** Every key a requirement names. */
export function keysOf(req: Requirement | null): string[] {
  if (!req) return [];
  return req.op === 'and' ? req.all.flatMap(keysOf) : [req.key];
}

export function matches(req: Requirement | null, host: Filterable): boolean {
  if (!req) return true;
  if (req.op === 'and') return req.all.every((r) => matches(r, host));
  if (req.key in host.columns) {
    const column = host.columns[req.key];
    if (column === null || column === undefined) return false;
    if (typeof column === 'number') return compare(column, Number(req.value), req.op);
    return compare(String(column), req.value, req.op);
  }
  const cap = host.caps[req.key];
  return cap !== undefined && compare(cap, req.value, req.op);
}

function compare<T extends string | number>(a: T, b: T, op: Comparison): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
