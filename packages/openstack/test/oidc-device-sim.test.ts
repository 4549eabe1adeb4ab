// v3chameleonoidc and v3oidcdeviceauthz against the simulator's Keycloak stand-in over real HTTP: the device login
// approved through the simulator's admin route, ccauth's refresh-token file (format, 0600, rotation, the lock),
// and the AUTH errors of a missing, expired or revoked login.
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { Cloud } from '../src/index.js';
import { sleepReal } from '../src/clock.js';
import type { DeviceLoginPrompt } from '../src/keystone/context.js';
import { forgetProcessLogins } from '../src/keystone/methods/oidc-device.js';
import { connectWith, rejection } from './support/connect.js';

let sim: Sim;
let dir: string;
const opened: Cloud[] = [];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 1 });
  await admin('POST', '/_sim/oidc/settings', { poll_interval_s: 1 });
});

afterAll(async () => {
  await sim.close();
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'envboot-oidc-'));
});

afterEach(async () => {
  for (const c of opened.splice(0)) c.close();
  forgetProcessLogins();
  await rm(dir, { recursive: true, force: true });
});

async function admin(method: string, path: string, body?: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** ccauth's clouds.yaml entry as OS_* variables (what `ccauth openrc` writes), plus its login directory. */
function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    OS_AUTH_TYPE: 'v3chameleonoidc',
    OS_AUTH_URL: sim.authUrl,
    OS_IDENTITY_PROVIDER: sim.oidc.identityProvider,
    OS_PROTOCOL: sim.oidc.protocol,
    OS_PROJECT_ID: sim.identity.projectId,
    OS_CLIENT_ID: sim.oidc.deviceClientId,
    OS_DISCOVERY_ENDPOINT: sim.oidc.discoveryUrl,
    OS_REGION_NAME: sim.identity.region,
    CC_LOGIN_STATE: dir,
    ...extra,
  };
}

const file = () => join(dir, 'refresh_token.json');

async function stored(): Promise<{ refresh_token: string; cached_at: number }> {
  return JSON.parse(await readFile(file(), 'utf8')) as { refresh_token: string; cached_at: number };
}

/** A person at the terminal who approves each code shown (through the admin route), as `username`. */
function approver(username?: string) {
  const shown: DeviceLoginPrompt[] = [];
  const approvals: Array<Promise<unknown>> = [];
  return {
    shown,
    approvals,
    deviceLogin: (p: DeviceLoginPrompt) => {
      shown.push(p);
      approvals.push(admin('POST', '/_sim/oidc/device', { user_code: p.userCode, username }));
    },
  };
}

async function open(e: NodeJS.ProcessEnv, options: Parameters<typeof connectWith>[1] = {}) {
  const cloud = await connectWith(e, { deviceLogin: null, ...options });
  opened.push(cloud);
  return cloud;
}

async function logIn(): Promise<void> {
  const person = approver();
  await open(env(), { deviceLogin: person.deviceLogin });
  await Promise.all(person.approvals);
}

describe('v3chameleonoidc', () => {
  it('with no login and nobody at the terminal: AUTH, and how to log in', async () => {
    const err = await rejection(open(env()));
    expect(err).toMatchObject({ code: 'AUTH', details: { reason: 'login_required' } });
    expect(err.message).toContain(file());
    expect(String(err.hint)).toContain('envboot login');
    await expect(stat(file())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('logs in with the device flow at the terminal and keeps the refresh token in ccauth’s file, 0600', async () => {
    const person = approver();
    const sleeps: number[] = [];
    const cloud = await open(env(), {
      deviceLogin: person.deviceLogin,
      deviceLoginSleep: (ms, signal) => {
        sleeps.push(ms);
        return sleepReal(ms, signal);
      },
    });
    expect(cloud.project?.id).toBe(sim.identity.projectId);
    expect(cloud.user.name).toBe(sim.identity.username);
    expect(person.shown).toHaveLength(1);
    expect(person.shown[0]!.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(person.shown[0]!.verificationUriComplete).toContain(person.shown[0]!.userCode);
    expect(sleeps.every((ms) => ms === 1000)).toBe(true);
    const saved = await stored();
    expect(Object.keys(saved).sort()).toEqual(['cached_at', 'refresh_token']);
    expect(typeof saved.cached_at).toBe('number');
    expect((await stat(file())).mode & 0o777).toBe(0o600);
    // Nothing else is left in the directory: no temporary file, no lock.
    expect(await readdir(dir)).toEqual(['refresh_token.json']);
  });

  it('later runs refresh without a prompt, and rotate the stored token', async () => {
    await logIn();
    const before = (await stored()).refresh_token;
    const cloud = await open(env());
    expect(cloud.project?.id).toBe(sim.identity.projectId);
    const after = (await stored()).refresh_token;
    expect(after).not.toBe(before);
    expect((await stat(file())).mode & 0o777).toBe(0o600);
    // The used token is spent: a run that still held it would be refused.
    await open(env());
  });

  it('two runs at once both refresh: the lock serialises them, so neither sends a spent token', async () => {
    await logIn();
    const clouds = await Promise.all([open(env()), open(env()), open(env())]);
    expect(clouds.map((c) => c.project?.id)).toEqual(Array(3).fill(sim.identity.projectId));
    await open(env());
    expect(await readdir(dir)).toEqual(['refresh_token.json']);
  });

  it('an expired login (the simulator’s clock moved on): AUTH that says to log in again', async () => {
    await logIn();
    const before = await readFile(file(), 'utf8');
    sim.clock.advance(8 * 24 * 3600 * 1000);
    const err = await rejection(open(env()));
    expect(err).toMatchObject({ code: 'AUTH', details: { reason: 'login_expired' } });
    expect(err.message).toContain('Token is not active');
    expect(String(err.hint)).toContain('envboot login');
    // The file is left for a new login to replace.
    expect(await readFile(file(), 'utf8')).toBe(before);
  });

  it('a revoked login: AUTH that says to log in again', async () => {
    await logIn();
    await admin('POST', '/_sim/oidc/revoke', {});
    const err = await rejection(open(env()));
    expect(err).toMatchObject({ code: 'AUTH', details: { reason: 'login_expired' } });
    expect(err.message).toContain('Session not active');
  });

  it('an expired login at the terminal: a new device login replaces it', async () => {
    await logIn();
    await admin('POST', '/_sim/oidc/revoke', {});
    const old = (await stored()).refresh_token;
    const person = approver();
    await open(env(), { deviceLogin: person.deviceLogin });
    expect(person.shown).toHaveLength(1);
    expect((await stored()).refresh_token).not.toBe(old);
    await open(env());
  });

  it('a damaged login file: AUTH that names the file', async () => {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(file(), 'not json', { mode: 0o600 });
    const err = await rejection(open(env()));
    expect(err).toMatchObject({ code: 'AUTH' });
    expect(err.message).toContain(file());
  });
});

describe('v3oidcdeviceauthz', () => {
  it('logs in at the terminal and writes no file', async () => {
    const person = approver();
    const cloud = await open(env({ OS_AUTH_TYPE: 'v3oidcdeviceauthz' }), { deviceLogin: person.deviceLogin });
    expect(cloud.project?.id).toBe(sim.identity.projectId);
    expect(await readdir(dir)).toEqual([]);
  });

  it('with nobody at the terminal: AUTH that points at v3chameleonoidc', async () => {
    const err = await rejection(open(env({ OS_AUTH_TYPE: 'v3oidcdeviceauthz' })));
    expect(err).toMatchObject({ code: 'AUTH', details: { reason: 'login_required' } });
    expect(String(err.hint)).toContain('v3chameleonoidc');
  });
});
