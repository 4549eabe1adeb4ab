// Nova key pairs (os-keypairs). List items arrive wrapped once more ({"keypair": {…}}); they are unwrapped here.
import { ConflictError, UsageError, registerSecret } from '@envboot/core';
import { hasStatus } from '../cloud-error.js';
import { createOnce } from '../create.js';
import { isoDate, list as listOf, str, unwrap } from '../parse.js';
import type { ServiceClient } from '../service.js';

// ---- urls
const path = {
  all: () => 'os-keypairs',
  one: (name: string) => `os-keypairs/${encodeURIComponent(name)}`,
};

// ---- wire types
interface WireKeypair {
  name?: string;
  public_key?: string;
  fingerprint?: string;
  type?: string;
  user_id?: string;
  created_at?: string;
  private_key?: string;
}

// ---- public types
export interface Keypair {
  name: string;
  public_key: string;
  fingerprint: string | null;
  type: string;
  created_at: string | null;
}

export interface CreatedKeypair extends Keypair {
  /** Only when Nova generated the key (no public key sent): shown once, registered as a secret. */
  private_key: string | null;
  /** A key pair of that name with the same public key already existed. */
  reused: boolean;
}

// ---- body builders
export function toCreateBody(i: { name: string; public_key?: string }): Record<string, unknown> {
  if (!i.name?.trim()) throw new UsageError('a key pair needs a name', { field: 'key-name' });
  return { keypair: { name: i.name, ...(i.public_key ? { public_key: i.public_key.trim() } : {}) } };
}

// ---- parsers
export function parseKeypair(w: WireKeypair): Keypair {
  return {
    name: str(w.name) ?? '',
    public_key: str(w.public_key) ?? '',
    fingerprint: str(w.fingerprint),
    type: str(w.type) ?? 'ssh',
    created_at: isoDate(w.created_at),
  };
}

/** Two public keys are the same key when their type and key material match (the comment may differ). */
export function sameKey(a: string, b: string): boolean {
  const core = (k: string) => k.trim().split(/\s+/).slice(0, 2).join(' ');
  return core(a) === core(b);
}

// ---- operations
export async function list(c: ServiceClient): Promise<Keypair[]> {
  const body = await c.request({ op: 'nova.keypairs.list', method: 'GET', path: path.all() });
  return listOf<{ keypair?: WireKeypair } & WireKeypair>(body, 'keypairs').map((item) =>
    parseKeypair(item.keypair ?? item),
  );
}

export async function get(c: ServiceClient, name: string): Promise<Keypair> {
  const body = await c.request({ op: 'nova.keypairs.get', method: 'GET', path: path.one(name) });
  return parseKeypair(unwrap<WireKeypair>(body, 'keypair', c.service));
}

async function find(c: ServiceClient, name: string): Promise<Keypair | null> {
  try {
    return await get(c, name);
  } catch (err) {
    if (hasStatus(err, 404)) return null;
    throw err;
  }
}

/** An existing key pair of the name asked for: the same key pair when it holds the same public key. */
function reuse(existing: Keypair, input: { name: string; public_key?: string }): CreatedKeypair {
  if (input.public_key && sameKey(existing.public_key, input.public_key)) {
    return { ...existing, private_key: null, reused: true };
  }
  throw new ConflictError(`a key pair named "${input.name}" already exists with another public key`, {
    field: 'key-name',
    hint: 'Use another --key-name, or delete the existing key pair.',
  });
}

/**
 * A key pair. An existing one of the same name is returned when it holds the same public key, and refused
 * (CONFLICT) when it holds another.
 */
export async function create(
  c: ServiceClient,
  input: { name: string; public_key?: string },
): Promise<CreatedKeypair> {
  const body = toCreateBody(input);
  const existing = await find(c, input.name);
  if (existing) return reuse(existing, input);
  try {
    return await post(c, input, body);
  } catch (err) {
    // Nova's 409: another client imported the name between the look-up and the POST (two runs at once that
    // import the user's key). The same public key makes it the same key pair.
    if (!hasStatus(err, 409)) throw err;
    const raced = await find(c, input.name);
    if (!raced) throw err;
    return reuse(raced, input);
  }
}

function post(
  c: ServiceClient,
  input: { name: string; public_key?: string },
  body: Record<string, unknown>,
): Promise<CreatedKeypair> {
  return createOnce<CreatedKeypair>(c, {
    what: `key pair ${input.name}`,
    post: async () => {
      const w = unwrap<WireKeypair>(
        await c.request({
          op: 'nova.keypairs.create',
          method: 'POST',
          path: path.all(),
          json: body,
          ok: [200, 201],
        }),
        'keypair',
        c.service,
      );
      registerSecret(w.private_key);
      return { ...parseKeypair(w), private_key: str(w.private_key), reused: false };
    },
    lookup: async () => {
      const k = await find(c, input.name);
      return k ? [{ ...k, private_key: null, reused: false }] : [];
    },
    before: new Set(),
    idOf: (k) => k.name,
  });
}

export async function remove(c: ServiceClient, name: string): Promise<void> {
  await c.request({ op: 'nova.keypairs.remove', method: 'DELETE', path: path.one(name), ok: [202, 204] });
}
