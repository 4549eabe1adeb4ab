// The SSH key a server gets: a named key pair, a public key file imported under a name derived from the key (so
// importing it again finds the same key pair), or by default the user's ~/.ssh/id_ed25519.pub or id_rsa.pub.
// With none of these, no server is booted: one without a key can never be logged in to.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { NotFoundError, UsageError, readInputFile } from '@envboot/core';
import { hasStatus, nova, type Cloud } from '@envboot/openstack';

export interface ChosenKey {
  name: string | null;
  /** The private key next to the public key file, for the ssh command line. */
  privateKeyPath: string | null;
}

const DEFAULT_KEYS = ['id_ed25519.pub', 'id_ecdsa.pub', 'id_rsa.pub'];

/** OpenSSH public keys take a few hundred bytes; anything far larger is not one. */
const PUBLIC_KEY_MAX_BYTES = 16 * 1024;

/** The first line of an OpenSSH public key: its type and base64 body. */
const OPENSSH_PUBLIC_KEY = /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-\S+|sk-\S+) [A-Za-z0-9+/=]+/;

async function readPublicKey(path: string): Promise<string | null> {
  if (!existsSync(path)) return null;
  const text = (await readInputFile(path, { field: 'public-key', maxBytes: PUBLIC_KEY_MAX_BYTES })).toString(
    'utf8',
  );
  return text.trim() || null;
}

/** The first default public key of the user, if any. */
export async function defaultPublicKey(home = homedir()): Promise<string | null> {
  for (const file of DEFAULT_KEYS) {
    const path = join(home, '.ssh', file);
    if (await readPublicKey(path)) return path;
  }
  return null;
}

/** The flags that give a server a key, as the refusal names them. */
export interface KeySources {
  keyName: string | null;
  publicKeyFile: string | null;
  createKey: boolean;
  home?: string;
}

/**
 * Refuses, before anything is created, to go on when the servers would get no key: a bare-metal reservation that
 * nobody can log in to is hours of a scarce machine wasted.
 */
export async function requireKey(sources: KeySources): Promise<void> {
  const refusal = await missingKey(sources);
  if (refusal) throw refusal;
}

/** The refusal requireKey would raise, or null when the servers would get a key. */
export async function missingKey(sources: KeySources): Promise<UsageError | null> {
  if (sources.keyName || sources.publicKeyFile || sources.createKey) return null;
  if (await defaultPublicKey(sources.home)) return null;
  return new UsageError(
    'no SSH key for the servers, so nobody could log in to them: give --key-name, --public-key or --create-key',
    {
      field: 'key-name',
      code: 'USAGE',
      hint:
        '--key-name NAME uses a key pair of the project; --public-key FILE imports a public key; --create-key makes ' +
        "a new key pair and keeps its private key (mode 0600) in envboot's state directory. " +
        `None of ${DEFAULT_KEYS.join(', ')} is in ${join(sources.home ?? homedir(), '.ssh')}.`,
    },
  );
}

export async function keyPairExists(cloud: Cloud, name: string): Promise<boolean> {
  try {
    await nova.keypairs.get(cloud.nova, name);
    return true;
  } catch (err) {
    if (hasStatus(err, 404)) return false;
    throw err;
  }
}

export function keyPairName(publicKey: string): string {
  const body = publicKey.split(/\s+/)[1] ?? publicKey;
  return `envboot-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
}

export async function chooseKey(
  cloud: Cloud | null,
  options: { keyName: string | null; publicKeyFile: string | null; home?: string },
): Promise<ChosenKey> {
  if (options.keyName) {
    if (cloud && !(await keyPairExists(cloud, options.keyName))) {
      throw new NotFoundError(`no key pair named "${options.keyName}" in this project`, {
        field: 'key-name',
        hint: 'Import one with --public-key ~/.ssh/id_ed25519.pub, or list them with: openstack keypair list',
      });
    }
    return { name: options.keyName, privateKeyPath: null };
  }
  const file = options.publicKeyFile ?? (await defaultPublicKey(options.home));
  if (!file) return { name: null, privateKeyPath: null };
  const publicKey = await readPublicKey(file);
  if (!publicKey || !OPENSSH_PUBLIC_KEY.test(publicKey)) {
    throw new UsageError(`${file} is not an OpenSSH public key`, { field: 'public-key' });
  }
  const name = keyPairName(publicKey);
  if (cloud) await nova.keypairs.create(cloud.nova, { name, public_key: publicKey });
  return { name, privateKeyPath: file.endsWith('.pub') ? file.slice(0, -4) : null };
}

/**
 * Imports the public key in `file` as the project's key pair `name` (the user's own key, under the user's name:
 * never a run's to delete). A file that cannot be read is said with `field`, the flag that named it.
 */
export async function importKeyPair(
  cloud: Cloud,
  file: string,
  options: { name: string; field: string },
): Promise<ChosenKey> {
  const publicKey = (await readInputFile(file, { field: options.field, maxBytes: PUBLIC_KEY_MAX_BYTES }))
    .toString('utf8')
    .trim();
  if (!OPENSSH_PUBLIC_KEY.test(publicKey)) {
    throw new UsageError(`${file} is not an OpenSSH public key`, { field: options.field });
  }
  await nova.keypairs.create(cloud.nova, { name: options.name, public_key: publicKey });
  return { name: options.name, privateKeyPath: file.endsWith('.pub') ? file.slice(0, -4) : null };
}
