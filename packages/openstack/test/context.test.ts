// createCloudContext: the site without touching the network, a lazy shared connection, and the step's counters.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { silentLogger, type StepContext } from '@envboot/core';
import { createProgress } from '@envboot/core/cli';
import { createCloudContext } from '../src/index.js';
import { passwordEnv, scriptedCloud, type ScriptedCloud } from './support/scripted-cloud.js';

let server: ScriptedCloud;
let cache: string;

beforeAll(async () => {
  server = await scriptedCloud();
  cache = await mkdtemp(join(tmpdir(), 'envboot-context-'));
});

afterAll(async () => {
  await server.close();
  await rm(cache, { recursive: true, force: true });
});

function base(): StepContext {
  const log = silentLogger();
  return {
    log,
    progress: createProgress(log),
    signal: new AbortController().signal,
    dryRun: false,
    metrics: { requests: 0, auth_requests: 0, retries: 0 },
  };
}

describe('createCloudContext', () => {
  it('reports the site at once and connects only when asked, once', async () => {
    const b = base();
    const ctx = await createCloudContext({}, b, {
      env: passwordEnv(server, { ENVBOOT_TOKEN_CACHE: '1', XDG_CACHE_HOME: cache }),
    });
    expect(ctx.site.id).toBe('uc'); // region CHI@UC, auth URL of no listed site
    expect(ctx.config).toBeUndefined();
    expect(server.log).toHaveLength(0);
    const [a, c] = await Promise.all([ctx.cloud(), ctx.cloud()]);
    expect(a).toBe(c);
    expect(ctx.config?.authUrl).toBe(server.authUrl);
    // The step's own counters receive the requests.
    expect(b.metrics).toEqual({ requests: 1, auth_requests: 1, retries: 0 });
    a.close();
  });

  it('takes --site (and its alias value by region), and refuses an unknown one as bad input', async () => {
    expect((await createCloudContext({ site: 'tacc' }, base(), { env: {} })).site.id).toBe('tacc');
    expect((await createCloudContext({ site: 'CHI@Edge' }, base(), { env: {} })).site.id).toBe('edge');
    await expect(createCloudContext({ site: 'mars' }, base(), { env: {} })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'site',
    });
  });

  it('keeps the site that came down the pipe unless --site says otherwise', async () => {
    const piped = { pipedSite: 'sim' };
    const ctx = await createCloudContext(piped, base(), { env: { OS_REGION_NAME: 'CHI@UC' } });
    expect(ctx.site.id).toBe('sim');
    expect((await createCloudContext({ ...piped, site: 'tacc' }, base(), { env: {} })).site.id).toBe('tacc');
  });

  it('--no-token-cache keeps the token out of the shared cache', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'envboot-context-nocache-'));
    try {
      const ctx = await createCloudContext({ tokenCache: false }, base(), {
        env: passwordEnv(server, { ENVBOOT_TOKEN_CACHE: '1', XDG_CACHE_HOME: dir }),
      });
      (await ctx.cloud()).close();
      expect(ctx.config?.tokenCache).toBe(false);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a configuration problem surfaces from cloud(), not before', async () => {
    const ctx = await createCloudContext({}, base(), { env: { OS_AUTH_URL: server.authUrl } });
    await expect(ctx.cloud()).rejects.toMatchObject({ code: 'AUTH_CONFIG' });
  });
});
