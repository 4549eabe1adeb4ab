// Schema validation with validators precompiled at build time (scripts/gen-validators.mjs): no ajv compile at start-up.
import type { ErrorObject as AjvError, ValidateFunction } from 'ajv';
import * as validators from './generated/validators.js';

export interface SchemaProblem {
  /** JSON path of the offending field, e.g. "/data/available_nodes" (empty for the document itself). */
  path: string;
  message: string;
}

export type ValidationResult = { valid: true } | { valid: false; problems: SchemaProblem[] };

const bySchema: Record<string, ValidateFunction> = validators.validatorsByName;

export function schemaNames(): string[] {
  return Object.keys(bySchema);
}

/** Validate a document against schemas/<name>.json. */
export function validateAgainst(name: string, doc: unknown): ValidationResult {
  const validate = bySchema[name];
  if (!validate) throw new Error(`no schema named ${name}`);
  if (validate(doc)) return { valid: true };
  return { valid: false, problems: describeProblems(validate.errors ?? []) };
}

export function validateEnvelope(doc: unknown): ValidationResult {
  return validateAgainst('envelope', doc);
}

/** ajv's errors, most specific first, without the wrappers that only say "a branch failed". */
function describeProblems(errors: AjvError[]): SchemaProblem[] {
  const wrappers = new Set(['if', 'then', 'else', 'allOf', 'anyOf', 'oneOf']);
  const specific = errors.filter((e) => !wrappers.has(e.keyword));
  const chosen = (specific.length > 0 ? specific : errors)
    .slice()
    .sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length);
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const e of chosen) {
    const path =
      e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath;
    const message =
      e.keyword === 'required'
        ? 'is required'
        : e.keyword === 'additionalProperties'
          ? `has an unknown field "${String(e.params.additionalProperty)}"`
          : e.keyword === 'enum'
            ? `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
            : (e.message ?? 'is invalid');
    const key = `${path} ${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push({ path, message });
    }
  }
  return problems;
}

/** "/data/nodes/0/uuid" → "data.nodes[0].uuid", the way jq users name fields. */
export function fieldName(path: string): string {
  if (!path) return '(document)';
  return path
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}
