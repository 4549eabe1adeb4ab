// A user's SSH public key in a test's home, as launch and provision look for it (~/.ssh/id_ed25519.pub). Only the
// public half: the servers get it, and nothing in the tests logs in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKuZiXrUjo9iyX+aaL+wwMeqsCn4uuVBURtOjlw9VivE envboot-test';

/** Writes `home`/.ssh/id_ed25519.pub and returns its path. */
export function writeSshKey(home: string): string {
  const dir = join(home, '.ssh');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'id_ed25519.pub');
  writeFileSync(file, `${TEST_PUBLIC_KEY}\n`);
  return file;
}
