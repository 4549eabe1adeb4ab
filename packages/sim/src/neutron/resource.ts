// What the Neutron routes share: the request body under its resource key, the standard attributes every resource
// renders, and who may see or change a resource.
import { apiDate } from '../dates.js';
import { isObject, type SimRequest } from '../http.js';
import { neutronFail } from './errors.js';
import type { Standard } from './state.js';

/** The object under `key` in the request body ({"network": {...}}), or Neutron's 400. */
export function bodyOf(req: SimRequest, key: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(req.body);
  } catch {
    throw neutronFail(400, 'BadRequest', 'Malformed request body');
  }
  if (!isObject(doc) || !isObject(doc[key]))
    throw neutronFail(400, 'BadRequest', `Bad ${key} request: expected {"${key}": {...}}`);
  return doc[key];
}

export function standardFields(r: Standard): Record<string, unknown> {
  return {
    tenant_id: r.projectId,
    project_id: r.projectId,
    description: r.description,
    tags: r.tags,
    created_at: apiDate(r.created),
    updated_at: apiDate(r.updated),
    revision_number: r.revision,
  };
}

/** Fields common to every create: the project (the caller's), an optional description, no tags yet. */
export function newStandard(req: SimRequest, b: Record<string, unknown>): Omit<Standard, 'id'> {
  return {
    projectId: req.auth!.projectId!,
    description: optionalString(b, 'description') ?? '',
    tags: [],
    created: req.now,
    updated: req.now,
    revision: 1,
  };
}

export function optionalString(b: Record<string, unknown>, field: string): string | undefined {
  const v = b[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw neutronFail(400, 'BadRequest', `Invalid input for ${field}.`);
  return v;
}

export const owns = (req: SimRequest, r: { projectId: string }): boolean =>
  r.projectId === req.auth!.projectId;

/** Records a change: a new updated_at and revision_number. */
export function touch(r: Standard, now: number): void {
  r.updated = now;
  r.revision += 1;
}
