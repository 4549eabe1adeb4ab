// Blazar's resource_properties language: a JSON-encoded string such as ["==", "$node_type", "gpu_rtx_6000"] or
// ["and", [...], [...]]. Values are strings and capabilities compare as strings, as Blazar compares them.
import { UsageError } from '@envboot/core';

export type Comparison = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type Filter =
  { op: Comparison; key: string; value: string } | { op: 'and'; terms: Filter[] } | { op: 'all' };

const COMPARISONS = new Set(['==', '=', '!=', '<', '<=', '>', '>=']);

/** The filter for one node type, as envboot sends it. */
export function nodeTypeFilter(nodeType: string): string {
  return JSON.stringify(['==', '$node_type', nodeType]);
}

/** Parse a resource_properties string; "" (or "[]") means no constraint. */
export function parseFilter(text: string, field = 'resource-properties'): Filter {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '[]') return { op: 'all' };
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch {
    throw malformed(text, field, 'it is not JSON');
  }
  return toFilter(doc, text, field);
}

/** Real filters nest two or three "and"s; thousands would exhaust the stack of every function that walks them. */
const MAX_NESTING = 32;

function toFilter(doc: unknown, text: string, field: string, depth = 0): Filter {
  if (depth > MAX_NESTING) throw malformed(text, field, `it nests more than ${MAX_NESTING} "and"s`);
  if (!Array.isArray(doc) || doc.length === 0 || typeof doc[0] !== 'string') {
    throw malformed(text, field, 'expected ["op", "$key", "value"] or ["and", …]');
  }
  const [op, ...rest] = doc as [string, ...unknown[]];
  if (op === 'and') {
    if (rest.length === 0) throw malformed(text, field, '"and" needs at least one term');
    return { op: 'and', terms: rest.map((t) => toFilter(t, text, field, depth + 1)) };
  }
  if (!COMPARISONS.has(op))
    throw malformed(text, field, `unknown operator "${op}" (no "or" in Blazar's language)`);
  const [key, value] = rest;
  if (rest.length !== 2 || typeof key !== 'string' || !key.startsWith('$') || key.length < 2) {
    throw malformed(text, field, `"${op}" needs a "$key" and a value`);
  }
  if (typeof value !== 'string')
    throw malformed(text, field, 'values must be JSON strings, as Blazar requires');
  return { op: op === '=' ? '==' : (op as Comparison), key: key.slice(1), value };
}

function malformed(text: string, field: string, why: string): UsageError {
  return new UsageError(`--${field} ${JSON.stringify(text)} is not a Blazar filter: ${why}`, {
    field,
    hint: 'Example: \'["==", "$node_type", "compute_skylake"]\' or \'["and", ["==", "$gpu.gpu", "True"], [">=", "$architecture.smt_size", "48"]]\'',
  });
}

/** The capability keys a filter reads (to check them against what the site knows). */
export function filterKeys(filter: Filter): string[] {
  if (filter.op === 'all') return [];
  if (filter.op === 'and') return [...new Set(filter.terms.flatMap(filterKeys))];
  return [filter.key];
}

/** Whether a host's capabilities satisfy the filter. A host without the key never matches (as in Blazar). */
export function matches(filter: Filter, capabilities: Readonly<Record<string, unknown>>): boolean {
  switch (filter.op) {
    case 'all':
      return true;
    case 'and':
      return filter.terms.every((t) => matches(t, capabilities));
    default: {
      const raw = capabilities[filter.key];
      if (raw === undefined || raw === null) return false;
      const have = String(raw);
      switch (filter.op) {
        case '==':
          return have === filter.value;
        case '!=':
          return have !== filter.value;
        case '<':
          return have < filter.value;
        case '<=':
          return have <= filter.value;
        case '>':
          return have > filter.value;
        case '>=':
          return have >= filter.value;
      }
    }
  }
}

/** The node type a filter pins, if it pins exactly one with ==. */
export function pinnedNodeType(filter: Filter): string | null {
  if (filter.op === 'all') return null;
  if (filter.op === 'and') {
    for (const t of filter.terms) {
      const found = pinnedNodeType(t);
      if (found) return found;
    }
    return null;
  }
  return filter.op === '==' && filter.key === 'node_type' ? filter.value : null;
}

/** How node types are spelled (schemas/defs.json, node_type). */
const NODE_TYPE = /^[A-Za-z0-9_.-]{1,64}$/;

export interface HostFilter {
  nodeType: string | null;
  /** The Blazar filter, a JSON-encoded string ("" for any host). */
  resourceProperties: string;
}

/**
 * The hosts a command is about: --node-type or --resource-properties (not both), else the node type or filter
 * that came down the pipe, else any host. The filter is checked here, before any request.
 */
export function hostFilter(
  flags: { nodeType?: unknown; resourceProperties?: unknown },
  piped?: { node_type?: string | null; resource_properties?: string | null } | null,
): HostFilter {
  const nodeType = typeof flags.nodeType === 'string' && flags.nodeType.trim() ? flags.nodeType.trim() : null;
  if (nodeType !== null && !NODE_TYPE.test(nodeType)) {
    throw new UsageError(
      `--node-type ${JSON.stringify(nodeType)} is not a node type: letters, digits, "_", "." and "-", at most 64`,
      { field: 'node-type', hint: 'envboot capacity --site <site> lists the node types.' },
    );
  }
  const filter = typeof flags.resourceProperties === 'string' ? flags.resourceProperties : null;
  if (nodeType && filter !== null) {
    throw new UsageError('give --node-type or --resource-properties, not both', {
      field: 'resource-properties',
    });
  }
  const resourceProperties =
    filter ??
    (nodeType ? nodeTypeFilter(nodeType) : null) ??
    piped?.resource_properties ??
    (piped?.node_type ? nodeTypeFilter(piped.node_type) : '');
  // A filter may pin any text as the node type; only a real node type name is reported as one.
  const pinned = nodeType ?? pinnedNodeType(parseFilter(resourceProperties));
  return { nodeType: pinned !== null && NODE_TYPE.test(pinned) ? pinned : null, resourceProperties };
}
