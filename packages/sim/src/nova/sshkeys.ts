// SSH public keys as Nova handles them: validated and fingerprinted (MD5 of the key blob, colon-separated hex),
// and, below microversion 2.92, generated for the caller (RSA 2048, the private key returned once).
import { createHash, generateKeyPairSync } from 'node:crypto';

const KEY_TYPES = new Set([
  'ssh-rsa',
  'ssh-dss',
  'ssh-ed25519',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com',
]);

/** The fingerprint of an OpenSSH public key line, or undefined when it is not one. */
export function fingerprint(publicKey: string): string | undefined {
  const [type, data] = publicKey.trim().split(/\s+/);
  if (!type || !data || !KEY_TYPES.has(type) || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) return undefined;
  const blob = Buffer.from(data, 'base64');
  // The blob starts with the key type as an SSH string: a 4-byte length, then the name.
  if (
    blob.length < 4 + type.length ||
    blob.readUInt32BE(0) !== type.length ||
    blob.subarray(4, 4 + type.length).toString() !== type
  ) {
    return undefined;
  }
  return createHash('md5').update(blob).digest('hex').match(/../g)!.join(':');
}

const sshString = (buf: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(buf.length);
  return Buffer.concat([len, buf]);
};

/** An unsigned big-endian integer as an SSH mpint (a leading zero when the top bit is set). */
const mpint = (b64url: string) => {
  let buf = Buffer.from(b64url, 'base64url');
  if (buf[0]! & 0x80) buf = Buffer.concat([Buffer.from([0]), buf]);
  return sshString(buf);
};

export function generateKeypair(comment: string): {
  publicKey: string;
  privateKey: string;
  fingerprint: string;
} {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const blob = Buffer.concat([sshString(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
  const line = `ssh-rsa ${blob.toString('base64')} ${comment}`;
  return {
    publicKey: line,
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    fingerprint: fingerprint(line)!,
  };
}
