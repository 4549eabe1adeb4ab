// SSH host keys: a fresh ed25519 key per live node, and the SHA256 fingerprint that OpenSSH and cloud-init print.
import { createHash } from 'node:crypto';
import ssh2 from 'ssh2';

export interface HostKey {
  /** OpenSSH private key, for the SSH server only. */
  privateKey: string;
  /** `ssh-ed25519 AAAA…` */
  publicKey: string;
}

export function generateHostKey(): HostKey {
  const pair = ssh2.utils.generateKeyPairSync('ed25519');
  return { privateKey: pair.private, publicKey: pair.public.trim().split(/\s+/).slice(0, 2).join(' ') };
}

/** `SHA256:…` of a public key line, as `ssh-keygen -l` shows it. */
export function fingerprint(publicKey: string): string {
  const blob = Buffer.from(publicKey.trim().split(/\s+/)[1] ?? '', 'base64');
  return `SHA256:${createHash('sha256').update(blob).digest('base64').replace(/=+$/, '')}`;
}

/** A stable stand-in public key for a server without a live node (its console log still shows one). */
export function recordHostKey(serverId: string): string {
  const raw = createHash('sha256').update(`host key ${serverId}`).digest();
  const type = Buffer.from('ssh-ed25519');
  const blob = Buffer.concat([u32(type.length), type, u32(raw.length), raw]);
  return `ssh-ed25519 ${blob.toString('base64')}`;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
