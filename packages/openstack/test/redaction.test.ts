// Secrets never leak: errors are provoked (some by a server that echoes what it was sent) with logging at debug
// level, and no password, application-credential secret, OIDC client secret, access token or Keystone token
// appears in a log line, a thrown message, an error's JSON, or a child process's stdout and stderr.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createLogger } from '@envboot/core';
import { blazar, connect, resolveCloudConfig, type Cloud } from '../src/index.js';
import { cleanEnv, cliCommand, runShell } from './support/child.js';
import {
  appCredEnv,
  passwordEnv,
  scriptedCloud,
  type LoggedRequest,
  type ScriptedCloud,
} from './support/scripted-cloud.js';

const CLIENT_SECRET = 'oidc-Client-Secret-4c1e';
const ACCESS_TOKEN = 'eyJhbGciOi.access-Token-9b8a7f6e5d';
let server: ScriptedCloud;

beforeAll(async () => {
  server = await scriptedCloud();
  // A Blazar that echoes the caller's token and a Keystone that echoes the password it refused.
  server.route('GET /reservation/v1/leases', (req: LoggedRequest) => ({
    status: 500,
    body: {
      error_code: 500,
      error_message: `trust creation failed for token ${String(req.headers['x-auth-token'])}`,
      error_name: 500,
    },
  }));
  server.route(
    'GET /reservation/v1/os-hosts',
    (req: LoggedRequest) => server.checkToken(req) ?? { body: { hosts: [] } },
  );
  server.route('POST /auth/realms/r/token', (req: LoggedRequest) => {
    const form = new URLSearchParams(req.text);
    return {
      status: 400,
      body: {
        error: 'invalid_grant',
        error_description: `bad password ${form.get('password')} for ${req.headers.authorization}`,
      },
    };
  });
  server.route(
    'POST /v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth',
    (req: LoggedRequest) => ({
      status: 401,
      body: {
        error: { code: 401, title: 'Unauthorized', message: `rejected ${String(req.headers.authorization)}` },
      },
    }),
  );
});

afterAll(async () => {
  await server.close();
});

function secrets(): string[] {
  return [
    server.identity.password,
    server.identity.appCredSecret,
    CLIENT_SECRET,
    ACCESS_TOKEN,
    ...server.issued,
  ];
}

function expectClean(text: string) {
  for (const secret of secrets()) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/Basic [A-Za-z0-9+/=]{8,}/);
}

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _e, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ level: 'trace', destination }), text: () => lines.join('') };
}

const oidcEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  OS_AUTH_URL: server.authUrl,
  OS_AUTH_TYPE: 'v3oidcpassword',
  OS_IDENTITY_PROVIDER: 'chameleon',
  OS_PROTOCOL: 'openid',
  OS_ACCESS_TOKEN_ENDPOINT: `${server.url}/auth/realms/r/token`,
  OS_CLIENT_ID: 'keystone-test',
  OS_CLIENT_SECRET: CLIENT_SECRET,
  OS_USERNAME: 'demo',
  OS_PASSWORD: server.identity.password,
  OS_PROJECT_ID: server.identity.projectId,
  ENVBOOT_TOKEN_CACHE: '0',
  ...extra,
});

async function attempt(env: NodeJS.ProcessEnv, call: (c: Cloud) => Promise<unknown>) {
  const { log, text } = capture();
  let error: unknown = null;
  try {
    const config = await resolveCloudConfig({ env, log, cwd: '/nonexistent', home: '/nonexistent' });
    const cloud = await connect(config, {
      log,
      tokenCache: false,
      shareToken: false,
      retry: { delayScale: 0.01 },
    });
    try {
      await call(cloud);
    } finally {
      cloud.close();
    }
  } catch (err) {
    error = err;
    log.error({ err }, 'failed');
  }
  return { error: error as (Error & { toJSON(): unknown }) | null, logs: text() };
}

function everything(r: { error: (Error & { toJSON(): unknown }) | null; logs: string }): string {
  const e = r.error;
  return [r.logs, e?.message, e?.stack, JSON.stringify(e?.toJSON?.() ?? null), JSON.stringify(e)].join('\n');
}

describe('redaction in process', () => {
  it('a service that echoes the token: the error says what happened without the token', async () => {
    const r = await attempt(passwordEnv(server), (c) => blazar.leases.list(c.blazar));
    expect(r.error).toMatchObject({ code: 'CLOUD_API', cloud: { status: 500 } });
    expect(r.error!.message).toContain('trust creation failed for token [REDACTED]');
    expectClean(everything(r));
  });

  it('a renewal after a 401 logs no token', async () => {
    const r = await attempt(appCredEnv(server), async (c) => {
      server.invalidate();
      await blazar.hosts.list(c.blazar);
    });
    expect(r.error).toBeNull();
    expect(r.logs).toContain('token refused (401)');
    expectClean(everything(r));
  });

  it('a refused password, echoed back by Keystone', async () => {
    server.script('POST /v3/auth/tokens', [
      {
        status: 401,
        body: {
          error: { code: 401, title: 'Unauthorized', message: `wrong password ${server.identity.password}` },
        },
      },
    ]);
    const r = await attempt(passwordEnv(server), async () => undefined);
    expect(r.error).toMatchObject({ code: 'AUTH' });
    expectClean(everything(r));
  });

  it('an identity provider that echoes the password and the client’s Basic credentials', async () => {
    const r = await attempt(oidcEnv(), async () => undefined);
    expect(r.error).toMatchObject({ code: 'AUTH', cloud: { service: 'identity-provider' } });
    expect(r.error!.message).toContain('bad password [REDACTED]');
    expectClean(everything(r));
  });

  it('an access token refused by Keystone', async () => {
    const r = await attempt(
      {
        OS_AUTH_URL: server.authUrl,
        OS_AUTH_TYPE: 'v3oidcaccesstoken',
        OS_IDENTITY_PROVIDER: 'chameleon',
        OS_PROTOCOL: 'openid',
        OS_ACCESS_TOKEN: ACCESS_TOKEN,
      },
      async () => undefined,
    );
    expect(r.error).toMatchObject({ code: 'AUTH' });
    expectClean(everything(r));
  });

  it('configuration errors name variables, never their values', async () => {
    const r = await attempt(
      { OS_AUTH_URL: server.authUrl, OS_PASSWORD: server.identity.password, OS_USERNAME: 'demo' },
      async () => undefined,
    );
    expect(r.error).toMatchObject({ code: 'AUTH_CONFIG' });
    expectClean(everything(r));
  });
});

describe('redaction in a child process (stdout and stderr)', () => {
  it('finds no secret in what a failing command prints at debug level', async () => {
    const cli = cliCommand();
    const runs = await Promise.all([
      runShell(cli, cleanEnv({ ...passwordEnv(server), ENVBOOT_LOG_LEVEL: 'debug' })),
      runShell(cli, cleanEnv({ ...oidcEnv(), ENVBOOT_LOG_LEVEL: 'debug' })),
      runShell(cli, cleanEnv({ ...appCredEnv(server), ENVBOOT_LOG_LEVEL: 'trace', CLI_CALL: 'leases' })),
    ]);
    for (const run of runs) {
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false });
      expect(run.stderr).toContain('"level":20');
      expectClean(run.stdout);
      expectClean(run.stderr);
    }
  }, 60_000);
});
