import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readRefreshToken, withLoginLock, writeRefreshToken } from './login-file.js';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'envboot-login-file-'));
  file = join(dir, 'ccauth', 'refresh_token.json');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('ccauth’s refresh-token file', () => {
  it('is written in ccauth’s format, 0600, and read back', () => {
    writeRefreshToken(file, 'rt-0123456789', 1_750_000_000_500);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      refresh_token: 'rt-0123456789',
      cached_at: 1_750_000_000.5,
    });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readRefreshToken(file)).toBe('rt-0123456789');
    expect(readdirSync(join(dir, 'ccauth'))).toEqual(['refresh_token.json']);
  });

  it('no file, or a file without a token (logged out): no login', () => {
    expect(readRefreshToken(file)).toBeNull();
    writeRefreshToken(file, 'x-0123456789');
    writeFileSync(file, '{"refresh_token": null}');
    expect(readRefreshToken(file)).toBeNull();
  });

  it('a directory that cannot be made: AUTH_CONFIG naming CC_LOGIN_STATE', async () => {
    writeFileSync(join(dir, 'not-a-directory'), '');
    const inside = join(dir, 'not-a-directory', 'refresh_token.json');
    expect(() => writeRefreshToken(inside, 'rt-0123456789')).toThrow(
      expect.objectContaining({ code: 'AUTH_CONFIG', field: 'CC_LOGIN_STATE' }),
    );
    await expect(withLoginLock(inside, async () => 'never')).rejects.toMatchObject({ code: 'AUTH_CONFIG' });
  });
});

describe('the lock', () => {
  it('makes a second holder wait until the first is done', async () => {
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = withLoginLock(file, async () => {
      order.push('first in');
      await held;
      order.push('first out');
    });
    const second = withLoginLock(file, async () => {
      order.push('second');
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(order).toEqual(['first in']);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
    expect(readdirSync(join(dir, 'ccauth'))).toEqual([]);
  });

  it('takes over a lock left by a process that died (older than a minute)', async () => {
    writeRefreshToken(file, 'rt-0123456789');
    writeFileSync(`${file}.lock`, '99999999');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(`${file}.lock`, old, old);
    await expect(withLoginLock(file, async () => 'done')).resolves.toBe('done');
  });
});
