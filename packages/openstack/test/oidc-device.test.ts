// The device authorization grant (RFC 8628) against a scripted identity provider: the exact forms sent, the
// polling interval (slow_down adds five seconds), and each way a device login ends. Waits are recorded, not slept.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Cloud } from '../src/index.js';
import type { DeviceLoginPrompt } from '../src/keystone/context.js';
import { forgetProcessLogins } from '../src/keystone/methods/oidc-device.js';
import { connectWith, rejection } from './support/connect.js';
import { scriptedCloud, type Answer, type ScriptedCloud } from './support/scripted-cloud.js';

const REALM = '/auth/realms/chameleon';
const TOKEN = `POST ${REALM}/protocol/openid-connect/token`;
const DEVICE = `POST ${REALM}/protocol/openid-connect/auth/device`;
const DEVICE_CODE = 'dc-0123456789-device-code-secret';
const ACCESS = 'at-0123456789-access-token';

let server: ScriptedCloud;
const opened: Cloud[] = [];

beforeEach(async () => {
  server = await scriptedCloud();
  server.route(`GET ${REALM}/.well-known/openid-configuration`, () => ({
    body: {
      token_endpoint: `${server.url}${REALM}/protocol/openid-connect/token`,
      device_authorization_endpoint: `${server.url}${REALM}/protocol/openid-connect/auth/device`,
      grant_types_supported: ['refresh_token', 'urn:ietf:params:oauth:grant-type:device_code'],
    },
  }));
  server.route(DEVICE, () => ({
    body: {
      device_code: DEVICE_CODE,
      user_code: 'BCDF-GHJK',
      verification_uri: `${server.url}${REALM}/device`,
      expires_in: 600,
      interval: 5,
    },
  }));
  server.route('POST /v3/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth', (req) =>
    req.headers.authorization === `Bearer ${ACCESS}`
      ? server.issue(['openid'], false)
      : { status: 401, body: { error: { code: 401, message: 'no' } } },
  );
});

afterEach(async () => {
  for (const c of opened.splice(0)) c.close();
  forgetProcessLogins();
  await server.close();
});

const oauth = (error: string): Answer => ({ status: 400, body: { error, error_description: error } });
const granted: Answer = {
  body: {
    access_token: ACCESS,
    refresh_token: 'rt-0123456789-refresh',
    token_type: 'Bearer',
    expires_in: 300,
  },
};

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    OS_AUTH_TYPE: 'v3oidcdeviceauthz',
    OS_AUTH_URL: server.authUrl,
    OS_IDENTITY_PROVIDER: 'chameleon',
    OS_PROTOCOL: 'openid',
    OS_CLIENT_ID: 'chi-cli-device-token',
    OS_DISCOVERY_ENDPOINT: `${server.url}${REALM}/.well-known/openid-configuration`,
    OS_PROJECT_ID: server.identity.projectId,
    ...extra,
  };
}

/** A login at a terminal whose waits are recorded and end at once; the clock moves by each wait. */
async function deviceLogin(e: NodeJS.ProcessEnv = env()) {
  const shown: DeviceLoginPrompt[] = [];
  const waits: number[] = [];
  let now = 1_000_000;
  const cloud = connectWith(e, {
    deviceLogin: (p) => shown.push(p),
    deviceLoginSleep: (ms) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
    now: () => now,
  });
  cloud.then((c) => opened.push(c)).catch(() => {});
  return { cloud, shown, waits };
}

const forms = (key: string) =>
  server.log
    .filter((r) => `${r.method} ${r.path.split('?')[0]}` === key)
    .map((r) => Object.fromEntries(new URLSearchParams(r.text)));

describe('the device authorization grant', () => {
  it('asks for a code, shows it, polls every interval, and adds five seconds on slow_down', async () => {
    server.script(TOKEN, [
      oauth('authorization_pending'),
      oauth('slow_down'),
      oauth('authorization_pending'),
      granted,
    ]);
    const { cloud, shown, waits } = await deviceLogin();
    expect((await cloud).project?.id).toBe(server.identity.projectId);
    expect(shown).toEqual([
      {
        verificationUri: `${server.url}${REALM}/device`,
        verificationUriComplete: null,
        userCode: 'BCDF-GHJK',
        expiresIn: 600,
      },
    ]);
    expect(waits).toEqual([5000, 5000, 10000, 10000]);
    expect(forms(DEVICE)).toEqual([{ client_id: 'chi-cli-device-token', scope: 'openid profile' }]);
    expect(forms(TOKEN)).toEqual(
      Array(4).fill({
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: DEVICE_CODE,
        client_id: 'chi-cli-device-token',
      }),
    );
    expect(server.unused()).toEqual([]);
  });

  it('a client with a secret authenticates with HTTP Basic, not in the form; openid_scope is sent', async () => {
    server.script(TOKEN, [granted]);
    const { cloud } = await deviceLogin(
      env({ OS_CLIENT_SECRET: 'cs-0123456789', OS_OPENID_SCOPE: 'openid' }),
    );
    await cloud;
    const basic = `Basic ${Buffer.from('chi-cli-device-token:cs-0123456789').toString('base64')}`;
    const device = server.log.find((r) => `${r.method} ${r.path}` === DEVICE)!;
    expect(device.headers.authorization).toBe(basic);
    expect(forms(DEVICE)).toEqual([{ scope: 'openid' }]);
  });

  it.each([
    ['expired_token', /expired before it was approved/],
    ['access_denied', /denied/],
  ])('%s ends the login with AUTH', async (error, message) => {
    server.script(TOKEN, [oauth('authorization_pending'), oauth(error)]);
    const { cloud } = await deviceLogin();
    const err = await rejection(cloud);
    expect(err.code).toBe('AUTH');
    expect(err.message).toMatch(message);
  });

  it('gives up when the code’s lifetime has passed without an answer', async () => {
    server.route(TOKEN, () => oauth('authorization_pending'));
    const { cloud, waits } = await deviceLogin();
    const err = await rejection(cloud);
    expect(err).toMatchObject({ code: 'AUTH', message: expect.stringContaining('expired') });
    expect(waits).toHaveLength(120);
  });

  it('a provider that does not offer the device grant: AUTH_CONFIG before any code is asked for', async () => {
    server.route(`GET ${REALM}/.well-known/openid-configuration`, () => ({
      body: {
        token_endpoint: `${server.url}${REALM}/protocol/openid-connect/token`,
        grant_types_supported: ['authorization_code', 'password'],
      },
    }));
    const { cloud } = await deviceLogin();
    expect(await rejection(cloud)).toMatchObject({ code: 'AUTH_CONFIG', field: 'OS_AUTH_TYPE' });
    expect(server.count(DEVICE)).toBe(0);
  });

  it('device_authorization_endpoint overrides the discovered one', async () => {
    server.route('POST /elsewhere/device', () => ({
      body: {
        device_code: DEVICE_CODE,
        user_code: 'XXXX-YYYY',
        verification_uri: 'https://x/device',
        interval: 1,
      },
    }));
    server.script(TOKEN, [granted]);
    const { cloud, waits } = await deviceLogin(
      env({ OS_DEVICE_AUTHORIZATION_ENDPOINT: `${server.url}/elsewhere/device` }),
    );
    await cloud;
    expect(server.count(DEVICE)).toBe(0);
    expect(server.count('POST /elsewhere/device')).toBe(1);
    expect(waits).toEqual([1000]);
  });

  it('a second login in the same process refreshes instead of asking again (v3oidcdeviceauthz)', async () => {
    server.script(TOKEN, [granted, granted]);
    const first = await deviceLogin();
    await first.cloud;
    const second = await deviceLogin();
    await second.cloud;
    expect(second.shown).toEqual([]);
    expect(forms(TOKEN)[1]).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'rt-0123456789-refresh',
      scope: 'openid profile',
      client_id: 'chi-cli-device-token',
    });
  });
});
