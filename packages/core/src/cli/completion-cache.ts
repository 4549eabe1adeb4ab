// What shell completion offers beyond flags, remembered from the envelopes commands print, so that completing never
// calls the cloud: per site, the node types seen (capacity's summary and calendar, a plan, an unknown-type error's
// list) and the names of leases seen live. $XDG_CACHE_HOME/envboot/completion.json, directory 0700, file 0600,
// written atomically; nothing in it is secret.
import { chmodSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Logger } from 'pino';
import type { Envelope } from '../envelope.js';
import { errnoCode, isErrno } from '../system-errors.js';

export interface SiteNames {
  node_types: string[];
  /** Most recent first. */
  leases: string[];
}

export interface CompletionCache {
  v: 1;
  sites: Record<string, SiteNames>;
}

const MAX_NODE_TYPES = 100;
const MAX_LEASES = 50;

export function completionCacheFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'envboot', 'completion.json');
}

/** The cache, or an empty one when there is none yet or it is damaged (it is rewritten whole next time). */
export function readCompletionCache(file = completionCacheFile()): CompletionCache {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if (isErrno(err, 'ENOENT', 'ENOTDIR') || err instanceof SyntaxError) return { v: 1, sites: {} };
    throw err;
  }
  const c = parsed as Partial<CompletionCache> | null;
  if (c?.v !== 1 || typeof c.sites !== 'object' || c.sites === null) return { v: 1, sites: {} };
  const sites: Record<string, SiteNames> = {};
  for (const [site, names] of Object.entries(c.sites)) {
    sites[site] = { node_types: strings(names?.node_types), leases: strings(names?.leases) };
  }
  return { v: 1, sites };
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : [];

/** What an envelope teaches: its site, node types, leases alive, and leases deleted. */
export function learnedFrom(envelope: Envelope): {
  site: string | null;
  nodeTypes: string[];
  leases: string[];
  deleted: string[];
} {
  const context = (envelope.context ?? {}) as { site?: unknown; lease?: { name?: unknown } };
  // A lease's own envelope names its site even where the pipe's context does not (lease-delete).
  const said = [context.site, (envelope.data as { site?: unknown } | null)?.site];
  const site = said.find((s): s is string => typeof s === 'string' && s !== '') ?? null;
  const nodeTypes = new Set<string>();
  collectNodeTypes(envelope.data, nodeTypes, 0);
  collectNodeTypes(envelope.context, nodeTypes, 0);
  const details = envelope.error?.details as { node_types?: unknown } | null | undefined;
  for (const t of strings(details?.node_types)) nodeTypes.add(t);
  const leases: string[] = [];
  const deleted: string[] = [];
  if (envelope.ok) {
    const data = (envelope.data ?? {}) as { name?: unknown; status?: unknown; dry_run?: unknown };
    const name = typeof data.name === 'string' && data.name ? data.name : null;
    if (envelope.kind === 'lease-deletion') {
      if (name && data.status !== 'simulated') deleted.push(name);
    } else {
      if (envelope.kind === 'lease' && name && data.dry_run !== true) leases.push(name);
      const piped = context.lease?.name;
      if (typeof piped === 'string' && piped && !leases.includes(piped)) leases.push(piped);
    }
  }
  return { site, nodeTypes: [...nodeTypes], leases, deleted };
}

/** Every string under a `node_type` key, a few levels deep (summaries, calendar rows, hosts, plans). */
function collectNodeTypes(value: unknown, into: Set<string>, depth: number): void {
  if (depth > 5 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodeTypes(item, into, depth + 1);
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key === 'node_type' && typeof v === 'string' && v) into.add(v);
    else collectNodeTypes(v, into, depth + 1);
  }
}

/**
 * Adds what `envelope` teaches to the cache (nothing is written when it teaches nothing new). A cache that cannot be
 * written (a read-only home, a full disk) costs completion its suggestions, not the command its result: a debug line.
 */
export function rememberForCompletion(envelope: Envelope, log: Logger, file = completionCacheFile()): void {
  const learned = learnedFrom(envelope);
  if (!learned.site) return;
  if (!learned.nodeTypes.length && !learned.leases.length && !learned.deleted.length) return;
  try {
    const cache = readCompletionCache(file);
    const before = JSON.stringify(cache);
    const site = (cache.sites[learned.site] ??= { node_types: [], leases: [] });
    site.node_types = [...new Set([...site.node_types, ...learned.nodeTypes])]
      .sort()
      .slice(0, MAX_NODE_TYPES);
    site.leases = [...new Set([...learned.leases, ...site.leases])]
      .filter((name) => !learned.deleted.includes(name))
      .slice(0, MAX_LEASES);
    if (JSON.stringify(cache) === before) return;
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, `${JSON.stringify(cache)}\n`, { mode: 0o600 });
      chmodSync(tmp, 0o600);
      renameSync(tmp, file);
    } catch (err) {
      try {
        unlinkSync(tmp);
      } catch (e) {
        if (!isErrno(e, 'ENOENT')) throw e; // else never written
      }
      throw err;
    }
  } catch (err) {
    if (errnoCode(err) === null) throw err;
    log.debug({ file, reason: (err as Error).message }, 'could not update the completion cache');
  }
}
