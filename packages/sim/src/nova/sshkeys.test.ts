import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fingerprint, generateKeypair } from './sshkeys.js';

// Fingerprints as `ssh-keygen -l -E md5` prints them for these keys.
const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEkmSyvOswNlRLO1NaDxrp8sx/wmy8Os9FDrcNt5SFL5 fixture';
const RSA =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDwJiYUrn6JAouZNuhKXzTtLwTzsTZNSlDnXjZUxhnQVtPEM3cLdhVTd8f4tGGiyCfrScPP0LdX03kiHtoOtMmI+CX+YjAVwfGaXXHC8DDkNl+CUDbgSwglBuerQ/NP1/gn4Z8mKBcCE42Gk8kZTZ7HJ8WX+a0r2gmQeGH35xLB+Q== rsa-fixture';

describe('SSH public keys', () => {
  it('are fingerprinted as ssh-keygen -E md5 does', () => {
    expect(fingerprint(ED25519)).toBe('9c:0d:ed:73:33:b8:54:d3:b1:bb:f7:75:62:b9:29:5d');
    expect(fingerprint(`${RSA}\n`)).toBe('8f:40:af:2e:66:d1:33:3b:f4:cb:50:89:b8:d6:07:b9');
  });

  it.each([
    'ssh-ed25519',
    'not a key',
    'ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIEkmSyvOswNlRLO1NaDxrp8sx/wmy8Os9FDrcNt5SFL5',
    'ssh-ed25519 !!!notbase64',
    'ssh-foo AAAA',
  ])('are refused when malformed: %s', (text) => {
    expect(fingerprint(text)).toBeUndefined();
  });

  it('are generated as RSA keys that OpenSSH accepts', () => {
    const k = generateKeypair('Generated-by-Nova');
    expect(k.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/);
    expect(k.publicKey).toMatch(/^ssh-rsa \S+ Generated-by-Nova$/);
    const dir = mkdtempSync(join(tmpdir(), 'sim-key-'));
    try {
      writeFileSync(join(dir, 'id'), k.privateKey, { mode: 0o600 });
      const derived = execFileSync('ssh-keygen', ['-y', '-f', join(dir, 'id')], { encoding: 'utf8' }).trim();
      expect(derived.split(' ').slice(0, 2)).toEqual(k.publicKey.split(' ').slice(0, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(fingerprint(k.publicKey)).toBe(k.fingerprint);
  });
});
