// The token cache shared by processes: where it lives, who may read it, what it holds, when it is used,
// dropped and skipped. Each connection here stands for a separate process (no in-process sharing).
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { blazar, connect, resolveCloudConfig, type Cloud, type ConnectOptions } from '../src/index.js';
import { newMetrics } from './support/connect.js';
import { appCredEnv, passwordEnv, scriptedCloud, type ScriptedCloud } from './support/scripted-cloud.js';

const TOKENS = 'POST /v3/auth/tokens';
let server: ScriptedCloud;
let cache: string;
const opened: Cloud[] = [];

beforeEach(async () => {
  server = await scriptedCloud();
  cache = await mkdtemp(join(tmpdir(), 'envboot-token-cache-'));
});

afterEach(async () => {
  for (const c of opened.splice(0)) c.close();
  await server.close();
  await rm(cache, { recursive: true, force: true });
});

/** Like a new process: a fresh connection that shares nothing in memory. */
async function asProcess(env: NodeJS.ProcessEnv, options: ConnectOptions = {}) {
  const config = await resolveCloudConfig({
    env: { XDG_CACHE_HOME: cache, ...env },
    cwd: '/nonexistent',
    home: '/nonexistent',
  });
  const metrics = newMetrics();
  const cloud = await connect(config, {
    metrics,
    shareToken: false,
    retry: { delayScale: 0.01 },
    ...options,
  });
  opened.push(cloud);
  return { cloud, metrics };
}

const withCache = (env: NodeJS.ProcessEnv) => ({ ...env, ENVBOOT_TOKEN_CACHE: '1' });

async function cacheFiles(): Promise<string[]> {
  return (await readdir(join(cache, 'envboot', 'tokens'))).filter((f) => f.endsWith('.json'));
}

describe('the shared token cache', () => {
  it('lets five processes authenticate once', async () => {
    const env = withCache(passwordEnv(server));
    const counts = [];
    for (let i = 0; i < 5; i += 1) counts.push((await asProcess(env)).metrics.requests);
    expect(counts).toEqual([1, 0, 0, 0, 0]);
    expect(server.count(TOKENS)).toBe(1);
  });

  it('lives under $XDG_CACHE_HOME/envboot in private directories and files', async () => {
    await asProcess(withCache(passwordEnv(server)));
    expect((await stat(join(cache, 'envboot'))).mode & 0o777).toBe(0o700);
    expect((await stat(join(cache, 'envboot', 'tokens'))).mode & 0o777).toBe(0o700);
    const [file] = await cacheFiles();
    expect((await stat(join(cache, 'envboot', 'tokens', file!))).mode & 0o777).toBe(0o600);
  });

  it('holds the token, its expiry, the catalog and the user and project, and no secret', async () => {
    await asProcess(withCache(passwordEnv(server)));
    const [file] = await cacheFiles();
    const text = await readFile(join(cache, 'envboot', 'tokens', file!), 'utf8');
    const record = JSON.parse(text);
    expect(Object.keys(record).sort()).toEqual(
      ['catalog', 'expires_at', 'lifetime_ms', 'local_expires_at', 'project', 'token', 'user', 'v'].sort(),
    );
    expect(record.token).toBe(server.issued[0]);
    expect(record.user).toMatchObject({ id: server.identity.userId, name: 'demo' });
    expect(record.project).toMatchObject({ id: server.identity.projectId, name: 'CHI-000000' });
    // Neither the password nor anything derived from its plain text is in the directory.
    for (const name of await readdir(join(cache, 'envboot', 'tokens'))) {
      const content = await readFile(join(cache, 'envboot', 'tokens', name));
      expect(content.includes(server.identity.password)).toBe(false);
      expect(name).not.toContain(server.identity.password);
    }
  });

  it('is not used by another identity, nor after the secret changed', async () => {
    await asProcess(withCache(passwordEnv(server)));
    await asProcess(withCache(appCredEnv(server)));
    expect(server.count(TOKENS)).toBe(2);
    await asProcess(withCache(passwordEnv(server, { OS_PASSWORD: 'changed-password-77' }))).catch(
      () => undefined,
    );
    expect(server.count(TOKENS)).toBe(3);
  });

  it('is dropped on a 401 and replaced by the renewed token', async () => {
    server.route('GET /reservation/v1/leases', (req) => server.checkToken(req) ?? { body: { leases: [] } });
    const { cloud } = await asProcess(withCache(passwordEnv(server)));
    server.invalidate();
    await blazar.leases.list(cloud.blazar);
    const [file] = await cacheFiles();
    const record = JSON.parse(await readFile(join(cache, 'envboot', 'tokens', file!), 'utf8'));
    expect(record.token).toBe(server.issued[1]);
    // The next process uses the new token without authenticating.
    const next = await asProcess(withCache(passwordEnv(server)));
    expect(next.metrics.requests).toBe(0);
  });

  it('is not used shortly before the token expires', async () => {
    await server.close();
    server = await scriptedCloud({ tokenTtlSeconds: 60 });
    await asProcess(withCache(passwordEnv(server)));
    const later = Date.now() + 50_000;
    await asProcess(withCache(passwordEnv(server)), { now: () => later });
    expect(server.count(TOKENS)).toBe(2);
  });

  it('is switched off by ENVBOOT_TOKEN_CACHE=0 and by --no-token-cache', async () => {
    await asProcess(passwordEnv(server, { ENVBOOT_TOKEN_CACHE: '0' }));
    await expect(readdir(join(cache, 'envboot'))).rejects.toMatchObject({ code: 'ENOENT' });
    await asProcess(withCache(passwordEnv(server)), { tokenCache: false });
    await expect(readdir(join(cache, 'envboot'))).rejects.toMatchObject({ code: 'ENOENT' });
    await asProcess(withCache(passwordEnv(server)));
    await asProcess(passwordEnv(server, { ENVBOOT_TOKEN_CACHE: '0' }));
    expect(server.count(TOKENS)).toBe(4);
  });

  it('ignores a token file others could read or write, and tightens a loose directory', async () => {
    await asProcess(withCache(passwordEnv(server)));
    const [file] = await cacheFiles();
    await chmod(join(cache, 'envboot', 'tokens', file!), 0o644);
    await chmod(join(cache, 'envboot'), 0o755);
    await asProcess(withCache(passwordEnv(server)));
    expect(server.count(TOKENS)).toBe(2);
    expect((await stat(join(cache, 'envboot'))).mode & 0o777).toBe(0o700);
  });

  it('survives a damaged file by authenticating', async () => {
    await mkdir(join(cache, 'envboot', 'tokens'), { recursive: true, mode: 0o700 });
    await asProcess(withCache(passwordEnv(server)));
    const [file] = await cacheFiles();
    await writeFile(join(cache, 'envboot', 'tokens', file!), '{not json', { mode: 0o600 });
    const { metrics } = await asProcess(withCache(passwordEnv(server)));
    expect(metrics.requests).toBe(1);
  });
});
