// One place that knows what a secret looks like: key paths for the logger, and known secret values,
// URL credentials and auth headers scrubbed out of any text before it is logged, printed or stored.
import { isInvalidUrl } from './system-errors.js';

export const REDACTED = '[REDACTED]';

/** Keys whose values are secrets wherever they appear (case-insensitive match on the key name). */
const SECRET_KEYS = [
  'password',
  'secret',
  'client_secret',
  'application_credential_secret',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'device_code',
  'x-auth-token',
  'x-subject-token',
  'authorization',
  'api_key',
  'apikey',
  'openai_api_key',
  'private_key',
  'cookie',
  'set-cookie',
];
const SECRET_KEY_SET = new Set(SECRET_KEYS);

/** pino redaction paths: each secret key at the top level and up to two levels down. */
export const LOG_REDACT_PATHS: string[] = SECRET_KEYS.flatMap((k) => {
  const prop = /^[a-z_]+$/.test(k) ? `.${k}` : `["${k}"]`;
  return [...(prop.startsWith('.') ? [k] : []), `*${prop}`, `*.*${prop}`];
});

const knownSecrets = new Set<string>();

/** Remember a secret value so that it is scrubbed from every log line, message and file. */
export function registerSecret(value: string | null | undefined): void {
  // Very short values would scrub ordinary words; real secrets are longer.
  if (value && value.length >= 6) knownSecrets.add(value);
}

export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase();
  return SECRET_KEY_SET.has(k) || k.endsWith('_secret') || k.endsWith('password') || k.endsWith('_token');
}

/** Replace every registered secret, URL credential and bearer/auth token in free text. */
export function scrubText(text: string): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return (
    out
      // A scheme starts where no scheme character precedes it, and is short: a long run of letters must not be
      // tried as a scheme from each of its positions (that took seconds for a 70,000-character value).
      .replace(/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]{0,31}:\/\/)[^/\s:@]+(?::[^/\s@]*)?@/gi, `$1${REDACTED}@`)
      .replace(
        /(\b(?:x-auth-token|x-subject-token|authorization)["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',}]+/gi,
        `$1${REDACTED}`,
      )
      .replace(/\b(sk-[A-Za-z0-9_-]{8,})/g, REDACTED)
  );
}

/** A URL without user info and without secret-looking query parameters. */
export function scrubUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = REDACTED;
      u.password = '';
    }
    for (const key of [...u.searchParams.keys()]) {
      if (isSecretKey(key)) u.searchParams.set(key, REDACTED);
    }
    return scrubText(u.toString());
  } catch (err) {
    if (!isInvalidUrl(err)) throw err;
    return scrubText(url); // not a URL: scrubbed as text
  }
}

/** A copy of headers with auth values masked. */
export function scrubHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(headers)) out[k] = isSecretKey(k) ? REDACTED : v;
  return out;
}

/** A deep copy of a JSON-like value with secret keys masked and registered secrets scrubbed from strings. */
export function scrubValue<T>(value: T, depth = 0): T {
  if (depth > 12) return value;
  if (typeof value === 'string') return scrubText(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = isSecretKey(k) ? REDACTED : scrubValue(v, depth + 1);
    return out as T;
  }
  return value;
}
