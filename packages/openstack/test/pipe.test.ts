// Five processes in a shell pipe authenticate once between them, through the shared token cache.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cleanEnv, cliCommand, runShell } from './support/child.js';
import { passwordEnv, scriptedCloud, type ScriptedCloud } from './support/scripted-cloud.js';

let server: ScriptedCloud;
let cache: string;

beforeAll(async () => {
  server = await scriptedCloud();
  server.route('GET /reservation/v1/leases', (req) => server.checkToken(req) ?? { body: { leases: [] } });
  cache = await mkdtemp(join(tmpdir(), 'envboot-pipe-'));
});

afterAll(async () => {
  await server.close();
  await rm(cache, { recursive: true, force: true });
});

describe('a pipe of five commands', () => {
  it('makes one token request in all', async () => {
    const cli = cliCommand();
    const env = cleanEnv({ ...passwordEnv(server), ENVBOOT_TOKEN_CACHE: '1', XDG_CACHE_HOME: cache });
    const run = await runShell(`${cli} | ${cli} | ${cli} | ${cli} | ${cli}`, env, 90_000);
    expect(run.stderr).toBe('');
    const last = JSON.parse(run.stdout);
    expect(last).toMatchObject({ ok: true, hops: 5 });
    expect(server.count('POST /v3/auth/tokens')).toBe(1);
    expect(server.count('GET /reservation/v1/leases')).toBe(5);
  }, 90_000);

  it('authenticates in every process with --no-token-cache (ENVBOOT_TOKEN_CACHE=0)', async () => {
    const before = server.count('POST /v3/auth/tokens');
    const cli = cliCommand();
    const env = cleanEnv({ ...passwordEnv(server), ENVBOOT_TOKEN_CACHE: '0', XDG_CACHE_HOME: cache });
    const run = await runShell(`${cli} | ${cli} | ${cli}`, env, 90_000);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, hops: 3 });
    expect(server.count('POST /v3/auth/tokens') - before).toBe(3);
  }, 90_000);
});
