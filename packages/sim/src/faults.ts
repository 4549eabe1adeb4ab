// Faults on demand, deterministic for a given seed. One spec shape (FaultSpec, the JSON of POST /_sim/faults) and
// one compact text form for the command line, e.g.
//   latency=50~10,503@POST /reservation/v1/leases=2x,drop@GET /image/**=0.1,lease-error=next,seed=42
// docs/simulator.md describes both.
import { UsageError } from '@envboot/core';
import { seededRng, type Rng } from './rng.js';

export interface LatencyRule {
  /** "[METHOD ]PATH" with * (within a segment) and ** (anything); absent: every request. */
  route?: string;
  ms: number;
  /** ± this many ms, drawn from the seeded generator. */
  jitter?: number;
}

export interface FaultRule {
  route: string;
  /** Answer with this status (5xx or 429) … */
  status?: number;
  /** … or destroy the connection without an answer. */
  drop?: boolean;
  /** Apply after the request was carried out (the resource exists, the client never hears so). */
  after?: boolean;
  /** Fraction of matching requests (0 < rate ≤ 1) … */
  rate?: number;
  /** … or the first N matching requests, then never again. */
  first?: number;
  /** Retry-After seconds sent with a 429 or 503 (default 1). */
  retryAfter?: number;
}

export interface FaultSpec {
  seed?: number;
  latency?: number | LatencyRule | LatencyRule[];
  rules?: FaultRule[];
  /** Tokens issued from now on expire after this many seconds. */
  tokenTtlSeconds?: number;
  /** The next lease created (or every lease) goes to ERROR when it starts. */
  leaseError?: 'next' | 'all';
  /** The next server created (or every server) fails to build (ERROR with a fault). */
  serverError?: 'next' | 'all';
  /** Size of the ad-hoc floating IP pool (0: exhausted). */
  floatingIpPool?: number;
}

export type FaultAction = { kind: 'drop' } | { kind: 'status'; status: number; retryAfter?: number };

export interface FaultDecision {
  delayMs: number;
  before?: FaultAction;
  after?: FaultAction;
}

interface CompiledRule extends FaultRule {
  match: (method: string, path: string) => boolean;
  seen: number;
}

interface CompiledLatency extends LatencyRule {
  match: (method: string, path: string) => boolean;
}

const NO_FAULT: FaultDecision = { delayMs: 0 };

const bad = (message: string): never => {
  throw new UsageError(`faults: ${message}`, {
    field: 'faults',
    hint: 'See docs/simulator.md (Faults) for the spec format.',
  });
};

/** Compiles a route pattern: "[METHOD ]PATH", * matches within one path segment, ** matches anything. */
export function routeMatcher(pattern: string): (method: string, path: string) => boolean {
  const text = pattern.trim();
  const m = /^(?:([A-Za-z*]+)\s+)?(\/\S*)$/.exec(text);
  if (!m) return bad(`route "${pattern}" is not "[METHOD ]/path"`);
  const method = (m[1] ?? '*').toUpperCase();
  const source = m[2]!
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const re = new RegExp(`^${source}/?$`);
  return (reqMethod, path) => (method === '*' || method === reqMethod) && re.test(path);
}

/** The text form → a FaultSpec. */
export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = {};
  const rules: FaultRule[] = [];
  const latency: LatencyRule[] = [];
  let retryAfter: number | undefined;
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const eq = entry.lastIndexOf('=');
    if (eq < 0) bad(`"${entry}" has no "="`);
    const left = entry.slice(0, eq).trim();
    const value = entry.slice(eq + 1).trim();
    const at = left.indexOf('@');
    const kind = (at < 0 ? left : left.slice(0, at)).trim().toLowerCase();
    const route = at < 0 ? undefined : left.slice(at + 1).trim();
    if (kind === 'latency') {
      const lm = /^(\d+(?:\.\d+)?)(?:~(\d+(?:\.\d+)?))?$/.exec(value);
      if (!lm) bad(`latency "${value}" is not MS or MS~JITTER`);
      latency.push({
        ...(route ? { route } : {}),
        ms: Number(lm![1]),
        ...(lm![2] ? { jitter: Number(lm![2]) } : {}),
      });
      continue;
    }
    if (route === undefined) {
      switch (kind) {
        case 'seed':
          spec.seed = integer(value, 'seed');
          break;
        case 'retry-after':
          retryAfter = integer(value, 'retry-after');
          break;
        case 'token-ttl':
          spec.tokenTtlSeconds = integer(value, 'token-ttl');
          break;
        case 'lease-error':
          spec.leaseError = nextOrAll(value, 'lease-error');
          break;
        case 'server-error':
          spec.serverError = nextOrAll(value, 'server-error');
          break;
        case 'fip-pool':
          spec.floatingIpPool = integer(value, 'fip-pool');
          break;
        default:
          bad(
            `unknown setting "${kind}" (known: seed, latency, retry-after, token-ttl, lease-error, server-error, fip-pool, or ACTION@ROUTE=AMOUNT)`,
          );
      }
      continue;
    }
    const am = /^(drop|\d{3})(?::(\d+))?(-after)?$/.exec(kind);
    if (!am) bad(`unknown action "${kind}" (use 500…599, 429, drop, or the same with -after)`);
    const amount = /^(\d+)x$/.exec(value);
    rules.push({
      route: route!,
      ...(am![1] === 'drop' ? { drop: true } : { status: Number(am![1]) }),
      ...(am![3] ? { after: true } : {}),
      ...(amount ? { first: Number(amount[1]) } : { rate: Number(value) }),
      ...(am![2] ? { retryAfter: Number(am![2]) } : {}),
    });
  }
  if (latency.length) spec.latency = latency;
  if (rules.length)
    spec.rules = rules.map((r) =>
      retryAfter !== undefined && r.retryAfter === undefined ? { ...r, retryAfter } : r,
    );
  return normalizeFaultSpec(spec);
}

function integer(value: unknown, field: string): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
    bad(`${field} must be a whole number ≥ 0, got ${String(value)}`);
  return n as number;
}

function nextOrAll(value: unknown, field: string): 'next' | 'all' {
  if (value !== 'next' && value !== 'all') bad(`${field} must be "next" or "all", got ${String(value)}`);
  return value as 'next' | 'all';
}

/** Checks a FaultSpec (from JSON or text) and returns it in its canonical shape. */
export function normalizeFaultSpec(input: unknown): FaultSpec {
  if (typeof input === 'string') return parseFaultSpec(input);
  if (input === null || input === undefined) return {};
  if (typeof input !== 'object' || Array.isArray(input))
    return bad('the spec must be a JSON object or a text spec');
  const src = input as Record<string, unknown>;
  const known = [
    'seed',
    'latency',
    'rules',
    'tokenTtlSeconds',
    'leaseError',
    'serverError',
    'floatingIpPool',
  ];
  for (const key of Object.keys(src))
    if (!known.includes(key)) bad(`unknown key "${key}" (known: ${known.join(', ')})`);
  const out: FaultSpec = {};
  if (src.seed !== undefined) out.seed = integer(src.seed, 'seed');
  if (src.latency !== undefined) {
    const list =
      typeof src.latency === 'number'
        ? [{ ms: src.latency }]
        : Array.isArray(src.latency)
          ? src.latency
          : [src.latency];
    out.latency = list.map((l: unknown) => {
      if (typeof l !== 'object' || l === null) return bad('latency entries are {route?, ms, jitter?}');
      const e = l as Record<string, unknown>;
      const ms = Number(e.ms);
      const jitter = e.jitter === undefined ? undefined : Number(e.jitter);
      if (!Number.isFinite(ms) || ms < 0 || ms > 600_000)
        bad(`latency ms must be 0…600000, got ${String(e.ms)}`);
      if (jitter !== undefined && (!Number.isFinite(jitter) || jitter < 0))
        bad(`latency jitter must be ≥ 0, got ${String(e.jitter)}`);
      if (e.route !== undefined) routeMatcher(String(e.route));
      return {
        ...(e.route !== undefined ? { route: String(e.route) } : {}),
        ms,
        ...(jitter !== undefined ? { jitter } : {}),
      };
    });
  }
  if (src.rules !== undefined) {
    if (!Array.isArray(src.rules)) bad('rules must be a list');
    out.rules = (src.rules as unknown[]).map((r, i) => checkRule(r, i));
  }
  if (src.tokenTtlSeconds !== undefined) {
    out.tokenTtlSeconds = integer(src.tokenTtlSeconds, 'tokenTtlSeconds');
    if (out.tokenTtlSeconds < 1) bad('tokenTtlSeconds must be at least 1');
  }
  if (src.leaseError !== undefined) out.leaseError = nextOrAll(src.leaseError, 'leaseError');
  if (src.serverError !== undefined) out.serverError = nextOrAll(src.serverError, 'serverError');
  if (src.floatingIpPool !== undefined) out.floatingIpPool = integer(src.floatingIpPool, 'floatingIpPool');
  return out;
}

function checkRule(input: unknown, i: number): FaultRule {
  if (typeof input !== 'object' || input === null) return bad(`rules[${i}] must be an object`);
  const r = input as Record<string, unknown>;
  if (typeof r.route !== 'string') bad(`rules[${i}].route must be "[METHOD ]/path"`);
  routeMatcher(r.route as string);
  const hasStatus = r.status !== undefined;
  if (hasStatus === (r.drop === true)) bad(`rules[${i}] needs exactly one of status or drop`);
  if (hasStatus) {
    const s = Number(r.status);
    if (!Number.isInteger(s) || !((s >= 500 && s <= 599) || s === 429))
      bad(`rules[${i}].status must be 5xx or 429, got ${String(r.status)}`);
  }
  const hasRate = r.rate !== undefined;
  if (hasRate === (r.first !== undefined)) bad(`rules[${i}] needs exactly one of rate or first`);
  if (hasRate) {
    const rate = Number(r.rate);
    if (!(rate > 0 && rate <= 1)) bad(`rules[${i}].rate must be in (0, 1], got ${String(r.rate)}`);
  }
  const rule: FaultRule = { route: r.route as string };
  if (hasStatus) rule.status = Number(r.status);
  else rule.drop = true;
  if (r.after === true) rule.after = true;
  if (hasRate) rule.rate = Number(r.rate);
  else rule.first = integer(r.first, `rules[${i}].first`);
  if (r.retryAfter !== undefined) rule.retryAfter = integer(r.retryAfter, `rules[${i}].retryAfter`);
  return rule;
}

/** The faults in force, with their counters and random generator. */
export class Faults {
  #spec: FaultSpec = {};
  #rules: CompiledRule[] = [];
  #latency: CompiledLatency[] = [];
  #rng: Rng = seededRng(1);
  #active = false;

  constructor(spec?: FaultSpec | string) {
    this.set(spec ?? {});
  }

  /** Replaces every fault (counters and the random sequence start again). */
  set(input: FaultSpec | string): FaultSpec {
    const spec = normalizeFaultSpec(input);
    this.#spec = spec;
    this.#rng = seededRng(spec.seed ?? 1);
    const latency = spec.latency === undefined ? [] : (spec.latency as LatencyRule[]);
    this.#latency = latency.map((l) => ({ ...l, match: l.route ? routeMatcher(l.route) : () => true }));
    this.#rules = (spec.rules ?? []).map((r) => ({ ...r, match: routeMatcher(r.route), seen: 0 }));
    this.#active = this.#latency.length > 0 || this.#rules.length > 0;
    return spec;
  }

  clear(): void {
    this.set({});
  }

  get spec(): FaultSpec {
    return this.#spec;
  }

  /** What happens to this request. */
  decide(method: string, path: string): FaultDecision {
    if (!this.#active) return NO_FAULT;
    let delayMs = 0;
    const lat = this.#latency.find((l) => l.match(method, path));
    if (lat) delayMs = Math.max(0, lat.ms + (lat.jitter ? (this.#rng() * 2 - 1) * lat.jitter : 0));
    let before: FaultAction | undefined;
    let after: FaultAction | undefined;
    for (const rule of this.#rules) {
      if (!rule.match(method, path)) continue;
      rule.seen += 1;
      const fires = rule.first !== undefined ? rule.seen <= rule.first : this.#rng() < (rule.rate ?? 0);
      if (!fires) continue;
      const action: FaultAction = rule.drop
        ? { kind: 'drop' }
        : {
            kind: 'status',
            status: rule.status!,
            ...(rule.retryAfter !== undefined || rule.status === 429 || rule.status === 503
              ? { retryAfter: rule.retryAfter ?? 1 }
              : {}),
          };
      if (rule.after) after ??= action;
      else before ??= action;
    }
    return { delayMs, before, after };
  }

  /** Whether the lease being created will fail at start ("next" is used up by this call). */
  takeLeaseError(): boolean {
    return this.#take('leaseError');
  }

  takeServerError(): boolean {
    return this.#take('serverError');
  }

  get tokenTtlSeconds(): number | undefined {
    return this.#spec.tokenTtlSeconds;
  }

  get floatingIpPool(): number | undefined {
    return this.#spec.floatingIpPool;
  }

  #take(key: 'leaseError' | 'serverError'): boolean {
    const mode = this.#spec[key];
    if (mode === 'next') {
      const { [key]: _used, ...rest } = this.#spec;
      this.#spec = rest;
    }
    return mode !== undefined;
  }
}
