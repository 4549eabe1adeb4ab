// The projects the current token's user may use (GET /v3/auth/projects), through the identity service client.
import { bool, list as listOf, str } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = { mine: () => 'auth/projects' };

// ---- wire types
interface WireProject {
  id?: string;
  name?: string;
  domain_id?: string;
  enabled?: boolean;
}

// ---- public types
export interface Project {
  id: string;
  name: string | null;
  domain_id: string | null;
  enabled: boolean;
}

// ---- parsers
export function parseProject(w: WireProject): Project {
  return {
    id: str(w.id) ?? '',
    name: str(w.name),
    domain_id: str(w.domain_id),
    enabled: bool(w.enabled) ?? true,
  };
}

// ---- operations
export async function list(c: ServiceClient): Promise<Project[]> {
  const body = await c.request({ op: 'keystone.projects.list', method: 'GET', path: path.mine() });
  return listOf<WireProject>(body, 'projects').map(parseProject);
}
