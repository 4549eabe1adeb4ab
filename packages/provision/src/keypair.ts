// The key pair a run boots its servers with. --create-key makes a new one (launch's createKeyPair: its private key
// is written with mode 0600 and never printed); only such a key pair, unless the user named it, is the run's to
// delete. --key-name uses an existing key pair, or imports --public-key (or the user's default public key) under
// that name. Without either, the user's default public key is imported as launch does.
import { NotFoundError } from '@envboot/core';
import type { Cloud } from '@envboot/openstack';
import { chooseKey, createKeyPair, defaultPublicKey, importKeyPair, keyPairExists } from '@envboot/launch';

export interface KeyChoice {
  name: string;
  created: boolean;
  private_key_path: string | null;
}

export interface KeyOptions {
  keyName: string | null;
  createKey: boolean;
  keyPath: string | null;
  /** Where created private keys go (mode 0700). */
  keysDir: string;
  runId: string;
  home?: string;
}

export async function ensureKey(cloud: Cloud, options: KeyOptions): Promise<KeyChoice | null> {
  if (options.createKey) {
    const key = await createKeyPair(cloud, {
      name: options.keyName ?? `envboot-${options.runId}`,
      dir: options.keysDir,
    });
    return { name: key.name, created: true, private_key_path: key.privateKeyPath };
  }
  if (options.keyName) {
    if (await keyPairExists(cloud, options.keyName))
      return { name: options.keyName, created: false, private_key_path: null };
    const file = options.keyPath ?? (await defaultPublicKey(options.home));
    if (!file) {
      throw new NotFoundError(`no key pair named "${options.keyName}", and no public key to import`, {
        field: 'key-name',
        hint: 'Give --public-key ~/.ssh/id_ed25519.pub to import one under that name, or --create-key.',
      });
    }
    const imported = await importKeyPair(cloud, file, { name: options.keyName, field: 'key-path' });
    // The user's own public key under the user's name: not the run's to delete (as with the default key), since
    // another run may be using it (one that imported it at the same time, or found it imported).
    return { name: options.keyName, created: false, private_key_path: imported.privateKeyPath };
  }
  const chosen = await chooseKey(cloud, {
    keyName: null,
    publicKeyFile: options.keyPath,
    home: options.home,
  });
  return chosen.name ? { name: chosen.name, created: false, private_key_path: chosen.privateKeyPath } : null;
}
