// The part of cloud-init that live nodes run: a user-data shell script (`#!`), or a `#cloud-config` with
// write_files, runcmd and users / ssh_authorized_keys. Anything else is reported on the console, as cloud-init does.
import { parse as parseYaml } from 'yaml';

export interface WriteFile {
  path: string;
  content: Buffer;
  mode: number;
  append: boolean;
}

export interface BootPlan {
  /** A script to run once (the user data itself, or runcmd as a shell script). */
  script?: string;
  writeFiles: WriteFile[];
  /** Extra public keys for cc. */
  keys: string[];
  /** Lines for the console: what cloud-init would warn about. */
  warnings: string[];
  /** The user data could not be used at all: cloud-init ends with status error. */
  error?: string;
}

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];

/** What cloud-init would do with this user data (base64 as Nova keeps it). */
export function planBoot(userDataBase64: string | null | undefined): BootPlan {
  const plan: BootPlan = { writeFiles: [], keys: [], warnings: [] };
  if (!userDataBase64) return plan;
  const text = Buffer.from(userDataBase64, 'base64').toString('utf8');
  if (text.startsWith('#!')) return { ...plan, script: text };
  if (!text.startsWith('#cloud-config')) {
    if (text.trim()) plan.warnings.push('Unhandled non-multipart (text/x-not-multipart) userdata');
    return plan;
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    return { ...plan, error: `Failed loading yaml blob. ${err.message.split('\n')[0]}` };
  }
  if (doc === null || doc === undefined) return plan;
  if (typeof doc !== 'object' || Array.isArray(doc))
    return { ...plan, error: 'cloud-config was not a dictionary' };
  const cfg = doc as Record<string, unknown>;
  plan.keys.push(...strings(cfg.ssh_authorized_keys));
  for (const user of Array.isArray(cfg.users) ? cfg.users : []) {
    if (typeof user !== 'object' || user === null) continue;
    const u = user as Record<string, unknown>;
    if (u.name === 'cc') plan.keys.push(...strings(u.ssh_authorized_keys));
    else plan.warnings.push(`users: only cc is simulated; ${String(u.name)} was not created`);
  }
  for (const f of Array.isArray(cfg.write_files) ? cfg.write_files : []) {
    if (typeof f !== 'object' || f === null || typeof (f as { path?: unknown }).path !== 'string') {
      plan.warnings.push('write_files: an entry without a path was skipped');
      continue;
    }
    const entry = f as Record<string, unknown>;
    const content = typeof entry.content === 'string' ? entry.content : '';
    const encoding = typeof entry.encoding === 'string' ? entry.encoding : 'text/plain';
    const mode =
      typeof entry.permissions === 'string'
        ? parseInt(entry.permissions, 8)
        : typeof entry.permissions === 'number'
          ? entry.permissions
          : 0o644;
    plan.writeFiles.push({
      path: entry.path as string,
      content: /^(b64|base64)$/.test(encoding) ? Buffer.from(content, 'base64') : Buffer.from(content),
      mode: Number.isInteger(mode) ? mode : 0o644,
      append: entry.append === true,
    });
  }
  if (Array.isArray(cfg.runcmd)) {
    const lines = cfg.runcmd.map((c: unknown) =>
      Array.isArray(c) ? c.map((a) => shellQuote(String(a))).join(' ') : String(c),
    );
    plan.script = ['#!/bin/sh', ...lines, ''].join('\n');
  }
  return plan;
}
