// The Keycloak stand-in's device and refresh grants over HTTP, as ccauth and keystoneauth send them, and the
// /_sim/oidc admin routes that stand in for the person at the browser and the realm's administrator.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { Sim } from '../src/index.js';
import { DAY, start } from './helpers.js';

let sim: Sim;
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

beforeEach(async () => {
  sim = await start();
});
afterEach(() => sim.close());

const oidc = (path: string) => `${sim.url}/auth/realms/chameleon/protocol/openid-connect${path}`;

async function form(path: string, fields: Record<string, string>) {
  const res = await fetch(oidc(path), { method: 'POST', body: new URLSearchParams(fields) });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function admin(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const client_id = 'chi-cli-device-token';
const start_ = () => form('/auth/device', { client_id, scope: 'openid' });
const poll = (device_code: string) => form('/token', { client_id, grant_type: DEVICE_GRANT, device_code });
const refresh = (refresh_token: string) =>
  form('/token', { client_id, grant_type: 'refresh_token', refresh_token, scope: 'openid' });

/** A device login approved as the simulated user: Keycloak's token answer. */
async function loggedIn() {
  const started = await start_();
  await admin('POST', '/_sim/oidc/device', { user_code: started.body.user_code });
  return (await poll(started.body.device_code)).body;
}

describe('the device authorization grant', () => {
  it('is advertised, answers a code, is pending until approved, then gives tokens Keystone accepts', async () => {
    const discovery = (await (await fetch(sim.oidc.discoveryUrl)).json()) as Record<string, unknown>;
    expect(discovery.device_authorization_endpoint).toBe(oidc('/auth/device'));
    expect(discovery.grant_types_supported).toEqual(expect.arrayContaining([DEVICE_GRANT, 'refresh_token']));

    // A long interval: the second poll below comes sooner than half of it however busy the machine.
    await admin('POST', '/_sim/oidc/settings', { poll_interval_s: 60 });
    const started = await start_();
    expect(started).toMatchObject({
      status: 200,
      body: {
        user_code: expect.stringMatching(/^[A-Z]{4}-[A-Z]{4}$/),
        verification_uri: `${sim.url}/auth/realms/chameleon/device`,
        expires_in: 600,
        interval: 60,
      },
    });
    expect(started.body.verification_uri_complete).toBe(
      `${sim.url}/auth/realms/chameleon/device?user_code=${started.body.user_code}`,
    );
    expect(await poll(started.body.device_code)).toEqual({
      status: 400,
      body: {
        error: 'authorization_pending',
        error_description: 'The authorization request is still pending',
      },
    });
    // Polled again at once: faster than the interval.
    expect((await poll(started.body.device_code)).body.error).toBe('slow_down');
    const listed = await admin('GET', '/_sim/oidc/device');
    expect(listed.body.device_logins).toEqual([
      expect.objectContaining({ user_code: started.body.user_code, client_id, status: 'pending' }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(started.body.device_code);

    await admin('POST', '/_sim/oidc/settings', { auto_approve: 'demo' });
    const approved = await loggedIn();
    expect(approved).toMatchObject({ token_type: 'Bearer', refresh_expires_in: 7 * 24 * 3600 });
    const federated = await fetch(
      `${sim.authUrl}/OS-FEDERATION/identity_providers/chameleon/protocols/openid/auth`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${approved.access_token}` },
      },
    );
    expect(federated.status).toBe(201);
  });

  it('a denied login answers access_denied; an unknown code invalid_grant; another client cannot start one', async () => {
    const started = await start_();
    await admin('POST', '/_sim/oidc/device', { user_code: started.body.user_code, deny: true });
    expect((await poll(started.body.device_code)).body.error).toBe('access_denied');
    expect((await poll('nope')).body).toEqual({
      error: 'invalid_grant',
      error_description: 'Device code not valid',
    });
    expect(
      (await form('/auth/device', { client_id: 'keystone-sim', client_secret: 'none' })).body.error,
    ).toBe('unauthorized_client');
    expect((await form('/auth/device', { client_id: 'who' })).status).toBe(401);
  });
});

describe('the refresh_token grant', () => {
  it('rotates: a new refresh token each time, the used one spent', async () => {
    const first = await loggedIn();
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect((await refresh(first.refresh_token)).body).toEqual({
      error: 'invalid_grant',
      error_description: 'Maximum allowed refresh token reuse exceeded',
    });
    expect((await refresh(second.body.refresh_token)).status).toBe(200);
  });

  it('expires on the virtual clock: Token is not active', async () => {
    const first = await loggedIn();
    sim.clock.advance(8 * DAY);
    expect(await refresh(first.refresh_token)).toEqual({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'Token is not active' },
    });
  });

  it('a revoked session: Session not active', async () => {
    const first = await loggedIn();
    expect((await admin('POST', '/_sim/oidc/revoke', {})).body).toEqual({
      username: 'demo',
      sessions_ended: 1,
    });
    expect((await refresh(first.refresh_token)).body).toEqual({
      error: 'invalid_grant',
      error_description: 'Session not active',
    });
  });
});

describe('the admin routes', () => {
  it('refuse what they do not know', async () => {
    expect((await admin('POST', '/_sim/oidc/device', { user_code: 'BCDF-GHJK' })).status).toBe(404);
    expect((await admin('POST', '/_sim/oidc/device', {})).status).toBe(400);
    expect((await admin('POST', '/_sim/oidc/revoke', { username: 'nobody' })).status).toBe(404);
    expect((await admin('POST', '/_sim/oidc/settings', { poll_interval_s: 0 })).status).toBe(400);
    expect((await admin('POST', '/_sim/oidc/settings', { colour: 'red' })).status).toBe(400);
    expect((await admin('POST', '/_sim/oidc/settings', { poll_interval_s: 2 })).body).toEqual({
      poll_interval_s: 2,
      auto_approve: null,
    });
    expect((await start_()).body.interval).toBe(2);
  });
});
