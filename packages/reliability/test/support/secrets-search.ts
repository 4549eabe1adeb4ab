// Looking for secrets the way someone who found a log or a state file would: the value itself, its URL-encoded
// and form-encoded forms, its JSON-escaped form, its base64 forms (at each of the three byte alignments, so that
// it is found inside a longer encoded string such as HTTP Basic credentials), and its random core alone (a secret
// cut in half by a partial scrub still shows its core).
import { lstatSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Secret {
  /** What it is, for messages: "password (password world)". */
  label: string;
  value: string;
  /** The random part of the value, unique to this run. */
  core: string;
}

export interface Haystack {
  /** "stdout of provision (password world)" or a file path. */
  where: string;
  bytes: Buffer;
}

export interface Hit {
  secret: Secret;
  form: string;
  where: string;
  offset: number;
  /** A little text around the hit, every secret masked. */
  context: string;
}

/** The chars of the base64 of `value` that depend on its bytes only, when it starts `shift` bytes into a string. */
function base64Inner(value: Buffer, shift: number, alphabet: 'base64' | 'base64url'): string {
  const padded = Buffer.concat([Buffer.alloc(shift, 0x20), value]);
  const full = Math.floor(padded.length / 3) * 4;
  const skip = [0, 2, 3][shift]!;
  return padded.toString(alphabet).slice(skip, full);
}

export function formsOf(secret: Secret): Array<{ form: string; text: string }> {
  const raw = Buffer.from(secret.value);
  const forms: Array<{ form: string; text: string }> = [
    { form: 'plain', text: secret.value },
    { form: 'URL-encoded', text: encodeURIComponent(secret.value) },
    { form: 'form-encoded', text: new URLSearchParams({ v: secret.value }).toString().slice(2) },
    { form: 'JSON-escaped', text: JSON.stringify(secret.value).slice(1, -1) },
    { form: 'its random core', text: secret.core },
  ];
  for (const alphabet of ['base64', 'base64url'] as const)
    for (const shift of [0, 1, 2]) forms.push({ form: alphabet, text: base64Inner(raw, shift, alphabet) });
  const seen = new Set<string>();
  return forms.filter((f) => f.text.length >= 8 && !seen.has(f.text) && seen.add(f.text));
}

/** "pw+…" with its length: enough to tell which secret it is, never the secret. */
export function masked(secret: Secret): string {
  return `${secret.value.slice(0, 3)}… (${secret.value.length} chars)`;
}

function contextOf(bytes: Buffer, offset: number, length: number, secrets: Secret[]): string {
  let text = bytes
    .subarray(Math.max(0, offset - 60), Math.min(bytes.length, offset + length + 60))
    .toString('utf8');
  for (const s of secrets) for (const f of formsOf(s)) text = text.split(f.text).join(`<${s.label}>`);
  return JSON.stringify(text);
}

export function findSecrets(haystacks: Haystack[], secrets: Secret[]): Hit[] {
  const hits: Hit[] = [];
  for (const h of haystacks) {
    for (const secret of secrets) {
      for (const { form, text } of formsOf(secret)) {
        const offset = h.bytes.indexOf(text);
        if (offset >= 0) {
          hits.push({
            secret,
            form,
            where: h.where,
            offset,
            context: contextOf(h.bytes, offset, text.length, secrets),
          });
          break;
        }
      }
    }
  }
  return hits;
}

export function describeHit(hit: Hit): string {
  return `${hit.secret.label} ${masked(hit.secret)} found (${hit.form}) in ${hit.where} at byte ${hit.offset}: ${hit.context}`;
}

/** Every regular file under `root`, read as bytes (symbolic links are not followed). */
export function filesUnder(root: string): Haystack[] {
  const out: Haystack[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile())
        out.push({ where: `file ~/${relative(root, path)}`, bytes: readFileSync(path) });
    }
  };
  walk(root);
  return out;
}
