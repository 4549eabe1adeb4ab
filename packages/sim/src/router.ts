// Finds the route for a method and path. Patterns are compiled once into segment lists and indexed by method and
// segment count, so a lookup is a few string comparisons.
import type { Route, ServiceName } from './http.js';

interface Compiled {
  route: Route;
  segments: string[];
  /** Index → parameter name, for {placeholders}. */
  params: Array<string | null>;
  /** Stats key: "GET /reservation/v1/leases/{lease_id}". */
  key: string;
}

export interface Match {
  route: Route;
  params: Record<string, string>;
  key: string;
}

const SERVICE_BY_PREFIX: Record<string, ServiceName> = {
  '': 'identity',
  v3: 'identity',
  compute: 'compute',
  image: 'image',
  network: 'network',
  reservation: 'reservation',
  reference: 'reference',
  auth: 'oidc',
  _sim: 'admin',
};

/** The service a path belongs to (its first segment). Unknown prefixes are answered by Keystone, at the root. */
export function serviceOf(path: string): ServiceName {
  const first = path.split('/', 2)[1] ?? '';
  return SERVICE_BY_PREFIX[first] ?? 'identity';
}

export class Router {
  readonly #byMethod = new Map<string, Map<number, Compiled[]>>();
  readonly #all: Compiled[] = [];

  constructor(routes: Route[]) {
    for (const route of routes) {
      const segments = split(route.path);
      const compiled: Compiled = {
        route,
        segments,
        params: segments.map((s) => (s.startsWith('{') && s.endsWith('}') ? s.slice(1, -1) : null)),
        key: `${route.method} ${route.path}`,
      };
      let byCount = this.#byMethod.get(route.method);
      if (!byCount) this.#byMethod.set(route.method, (byCount = new Map()));
      const list = byCount.get(segments.length) ?? [];
      list.push(compiled);
      // Literal segments win over placeholders: /os-hosts/allocations before /os-hosts/{host_id}.
      list.sort((a, b) => a.params.filter(Boolean).length - b.params.filter(Boolean).length);
      byCount.set(segments.length, list);
      this.#all.push(compiled);
    }
  }

  match(method: string, path: string): Match | undefined {
    const found = this.#find(method, path) ?? (method === 'HEAD' ? this.#find('GET', path) : undefined);
    if (found || !path.endsWith('.json')) return found;
    // Blazar and the reference API accept a .json suffix on any route.
    const service = serviceOf(path);
    return service === 'reservation' || service === 'reference'
      ? this.match(method, path.slice(0, -'.json'.length))
      : undefined;
  }

  /** Methods that would match this path (for 405 answers). */
  allowed(path: string): string[] {
    const segments = split(path);
    return [
      ...new Set(this.#all.filter((c) => matches(c, segments) !== undefined).map((c) => c.route.method)),
    ];
  }

  #find(method: string, path: string): Match | undefined {
    const segments = split(path);
    const candidates = this.#byMethod.get(method)?.get(segments.length);
    if (!candidates) return undefined;
    for (const c of candidates) {
      const params = matches(c, segments);
      if (params) return { route: c.route, params, key: c.key };
    }
    return undefined;
  }
}

function split(path: string): string[] {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed === '/' ? [] : trimmed.slice(1).split('/');
}

function matches(c: Compiled, segments: string[]): Record<string, string> | undefined {
  if (c.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const name = c.params[i];
    const seg = segments[i]!;
    if (name) {
      if (seg === '') return undefined;
      try {
        params[name] = decodeURIComponent(seg);
      } catch (err) {
        if (!(err instanceof URIError)) throw err;
        params[name] = seg; // a malformed escape: the segment as it came
      }
    } else if (c.segments[i] !== seg) return undefined;
  }
  return params;
}
