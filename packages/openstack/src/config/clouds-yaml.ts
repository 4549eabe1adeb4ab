// clouds.yaml and secure.yaml: the standard search path, the named entry, secrets merged over it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthError } from '@envboot/core';
import type { Settings } from './env.js';

export interface CloudsYamlLocation {
  env: NodeJS.ProcessEnv;
  cwd: string;
  home: string;
}

export interface CloudEntry {
  name: string;
  settings: Settings;
  /** The files the entry was read from. */
  files: string[];
}

const EXTENSIONS = ['yaml', 'yml', 'json'];

/** Directories searched, in order: the current one, the user's, then the system's (openstacksdk's order). */
export function searchDirs({ env, cwd, home }: CloudsYamlLocation): string[] {
  const dirs = [cwd];
  if (env.XDG_CONFIG_HOME) dirs.push(join(env.XDG_CONFIG_HOME, 'openstack'));
  dirs.push(join(home, '.config', 'openstack'), '/etc/openstack');
  return [...new Set(dirs)];
}

function candidates(base: 'clouds' | 'secure', loc: CloudsYamlLocation): string[] {
  const explicit = base === 'clouds' ? loc.env.OS_CLIENT_CONFIG_FILE : loc.env.OS_CLIENT_SECURE_FILE;
  const files = searchDirs(loc).flatMap((dir) => EXTENSIONS.map((ext) => join(dir, `${base}.${ext}`)));
  return explicit ? [explicit, ...files] : files;
}

/**
 * The first of the candidate files that exists. Read synchronously: most candidates do not exist, and an answer of
 * microseconds should not wait for the event loop once per candidate while the first request waits for it.
 */
function readFirst(paths: string[]): { path: string; text: string } | null {
  for (const path of paths) {
    try {
      return { path, text: readFileSync(path, 'utf8') };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        throw new AuthError(`cannot read ${path}: ${code ?? String(err)}`, { code: 'AUTH_CONFIG' });
      }
    }
  }
  return null;
}

async function parse(path: string, text: string): Promise<Record<string, unknown>> {
  const json = path.endsWith('.json');
  // yaml is loaded only when a file exists: most runs have an openrc and no clouds.yaml.
  const yaml = json ? null : await import('yaml');
  let doc: unknown;
  try {
    doc = yaml ? yaml.parse(text) : JSON.parse(text);
  } catch (err) {
    // Only the parser's own verdict is about the file; anything else is a fault here and stays INTERNAL.
    if (!(err instanceof SyntaxError || (yaml && err instanceof yaml.YAMLError))) throw err;
    throw new AuthError(`${path} is not valid ${json ? 'JSON' : 'YAML'}: ${err.message.split('\n')[0]}`, {
      code: 'AUTH_CONFIG',
      hint: 'Fix the file, or unset OS_CLOUD and use an openrc instead.',
    });
  }
  return doc && typeof doc === 'object' ? (doc as Record<string, unknown>) : {};
}

function cloudsOf(doc: Record<string, unknown>): Record<string, Record<string, unknown>> {
  const clouds = doc.clouds;
  return clouds && typeof clouds === 'object' ? (clouds as Record<string, Record<string, unknown>>) : {};
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && b && typeof b === 'object' && !Array.isArray(b)
        ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

function scalar(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** One entry's settings in flat form: the `auth` block and the top-level keys side by side. */
export function flattenEntry(entry: Record<string, unknown>): Settings {
  const out: Settings = {};
  for (const [k, v] of Object.entries(entry)) {
    if (k === 'auth' || k === 'regions') continue;
    const s = scalar(v);
    if (s !== undefined) out[k] = s;
  }
  const auth = entry.auth;
  if (auth && typeof auth === 'object') {
    for (const [k, v] of Object.entries(auth as Record<string, unknown>)) {
      const s = scalar(v);
      if (s !== undefined) out[k] = s;
    }
  }
  // `regions: [a, b]` without region_name: the first one, as openstacksdk does.
  if (!out.region_name && Array.isArray(entry.regions) && entry.regions.length > 0) {
    const first = entry.regions[0];
    const name = typeof first === 'object' && first ? (first as { name?: unknown }).name : first;
    if (typeof name === 'string') out.region_name = name;
  }
  if (out.verify === 'false' && out.insecure === undefined) out.insecure = 'true';
  return out;
}

/**
 * The entry `name` of the first clouds.yaml found, with the first secure.yaml's entry of that name merged over it.
 * An unknown name is a configuration error that lists the names that exist.
 */
export async function loadCloud(name: string, loc: CloudsYamlLocation): Promise<CloudEntry> {
  const clouds = readFirst(candidates('clouds', loc));
  if (!clouds) {
    throw new AuthError(`OS_CLOUD is "${name}" but no clouds.yaml was found`, {
      code: 'AUTH_CONFIG',
      hint: `Put clouds.yaml in one of: ${searchDirs(loc).join(', ')} (or set OS_CLIENT_CONFIG_FILE).`,
      details: { searched: candidates('clouds', loc) },
    });
  }
  const entries = cloudsOf(await parse(clouds.path, clouds.text));
  const entry = entries[name];
  if (!entry || typeof entry !== 'object') {
    const known = Object.keys(entries);
    throw new AuthError(`clouds.yaml (${clouds.path}) has no cloud named "${name}"`, {
      code: 'AUTH_CONFIG',
      hint: known.length ? `Clouds in that file: ${known.join(', ')}` : 'The file lists no clouds.',
    });
  }
  const files = [clouds.path];
  let merged: Record<string, unknown> = entry;
  const secure = readFirst(candidates('secure', loc));
  if (secure) {
    const secret = cloudsOf(await parse(secure.path, secure.text))[name];
    if (secret && typeof secret === 'object') {
      merged = deepMerge(entry, secret);
      files.push(secure.path);
    }
  }
  return { name, settings: flattenEntry(merged), files };
}

/** The only cloud of a clouds.yaml that lists exactly one, for runs with neither OS_CLOUD nor an openrc. */
export async function soleCloudName(loc: CloudsYamlLocation): Promise<string | null> {
  const clouds = readFirst(candidates('clouds', loc));
  if (!clouds) return null;
  const names = Object.keys(cloudsOf(await parse(clouds.path, clouds.text)));
  return names.length === 1 ? names[0]! : null;
}
