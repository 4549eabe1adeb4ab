// Chameleon's current login through the shipped CLI: clouds.yaml and OS_* variables exactly as ccauth writes them
// (auth_type v3chameleonoidc), ccauth's refresh-token file under CC_LOGIN_STATE, `envboot login` approved through
// the simulator's admin route, and the AUTH errors of a missing, expired or revoked login. No refresh token, access
// token or device code reaches stdout, stderr or any file envboot writes but ccauth's.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { envelopeOf, hasStackTrace, runCli, type CliRun } from '@envboot/testkit';
import { atTerminal, logLines, sandbox, type Sandbox } from './shipped-support.js';
import { deviceLogin, simAdmin } from './sim-login.js';

let sim: Sim;
/** Every refresh token, access token and device code the simulator gave out in these tests. */
const secrets: string[] = [];

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
  await admin('POST', '/_sim/oidc/settings', { poll_interval_s: 1 });
});
afterAll(() => sim.close());

const admin = (method: string, path: string, body?: unknown) => simAdmin(sim, method, path, body);

/** A refresh token of the simulated user, as `ccauth login` would get it; all it gave out is kept as secrets. */
async function refreshTokenOfALogin(): Promise<string> {
  const login = await deviceLogin(sim);
  secrets.push(login.deviceCode, login.accessToken, login.refreshToken);
  return login.refreshToken;
}

/** The clouds.yaml entry `ccauth clouds-yaml` writes (ccauth writers.py), for the simulator. */
const ccauthCloudsYaml = () =>
  [
    'clouds:',
    '  openstack:',
    '    auth_type: v3chameleonoidc',
    '    auth:',
    `      auth_url: ${sim.authUrl}`,
    `      identity_provider: ${sim.oidc.identityProvider}`,
    `      protocol: ${sim.oidc.protocol}`,
    `      project_id: ${sim.identity.projectId}`,
    `      client_id: ${sim.oidc.deviceClientId}`,
    `      discovery_endpoint: ${sim.oidc.discoveryUrl}`,
    `    region_name: ${sim.identity.region}`,
    '',
  ].join('\n');

/** The variables `ccauth openrc` writes. */
const ccauthOpenrc = (): NodeJS.ProcessEnv => ({
  OS_AUTH_TYPE: 'v3chameleonoidc',
  OS_AUTH_URL: sim.authUrl,
  OS_IDENTITY_PROVIDER: sim.oidc.identityProvider,
  OS_PROTOCOL: sim.oidc.protocol,
  OS_PROJECT_ID: sim.identity.projectId,
  OS_CLIENT_ID: sim.oidc.deviceClientId,
  OS_DISCOVERY_ENDPOINT: sim.oidc.discoveryUrl,
  OS_REGION_NAME: sim.identity.region,
});

/** The person at the browser: approves the next device login once its code is shown (the simulator lists it). */
async function approvePending(): Promise<string> {
  for (;;) {
    const pending = (await admin('GET', '/_sim/oidc/device')).device_logins as Array<Record<string, string>>;
    const code = pending.find((d) => d.status === 'pending')?.user_code;
    if (code) {
      await admin('POST', '/_sim/oidc/device', { user_code: code });
      return code;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Scenario {
  box: Sandbox;
  /** CC_LOGIN_STATE. */
  state: string;
  file: string;
  env: NodeJS.ProcessEnv;
}

function scenario(prefix: string, how: 'clouds.yaml' | 'openrc'): Scenario {
  const box = sandbox(prefix);
  const state = join(box.root, 'ccauth');
  const env: NodeJS.ProcessEnv = {
    ...box.env,
    CC_LOGIN_STATE: state,
    ENVBOOT_REFERENCE_URL: `${sim.url}/reference`,
  };
  if (how === 'clouds.yaml') {
    writeFileSync(join(box.cwd, 'clouds.yaml'), ccauthCloudsYaml(), { mode: 0o600 });
    env.OS_CLOUD = 'openstack';
  } else Object.assign(env, ccauthOpenrc());
  return { box, state, file: join(state, 'refresh_token.json'), env };
}

/** ccauth's file, as ccauth writes it. */
function writeLogin(s: Scenario, token: string): void {
  mkdirSync(s.state, { recursive: true });
  writeFileSync(s.file, JSON.stringify({ refresh_token: token, cached_at: Date.now() / 1000 }), {
    mode: 0o600,
  });
}

const storedToken = (s: Scenario) =>
  (JSON.parse(readFileSync(s.file, 'utf8')) as { refresh_token: string }).refresh_token;

const capacity = (s: Scenario) =>
  runCli(['capacity', '--node-type', 'compute_skylake', '--log-level', 'debug'], {
    env: s.env,
    cwd: s.box.cwd,
  });

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  let out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out = out.concat(filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** No login secret in the run's output, nor in any file of the sandbox but ccauth's. */
function expectNoSecrets(s: Scenario, ...runs: CliRun[]) {
  const known = [...secrets];
  try {
    known.push(storedToken(s));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  for (const run of runs) for (const secret of known) expect(run.stdout + run.stderr).not.toContain(secret);
  for (const file of filesUnder(s.box.root).filter((f) => f !== s.file)) {
    const text = readFileSync(file, 'utf8');
    for (const secret of known)
      expect({ file, leaked: text.includes(secret) }).toEqual({ file, leaked: false });
  }
}

function expectCapacity(run: CliRun) {
  const envelope = envelopeOf(run);
  expect({ code: run.code, error: envelope.error }).toEqual({ code: 0, error: null });
  expect(envelope).toMatchObject({ kind: 'capacity', data: { node_type: 'compute_skylake' } });
  expect(logLines(run.stderr).find((l) => l.msg === 'authenticated')?.method).toBe('v3chameleonoidc');
}

function expectAuthError(run: CliRun, message: RegExp) {
  expect(run.code).toBe(7);
  const envelope = envelopeOf(run);
  expect(envelope.error).toMatchObject({ code: 'AUTH', message: expect.stringMatching(message) });
  expect(envelope.error?.hint).toContain('envboot login');
  expect(run.stderr).toMatch(message);
  expect(hasStackTrace(run.stderr)).toBe(false);
}

describe('v3chameleonoidc through the shipped CLI', () => {
  it.each(['clouds.yaml', 'openrc'] as const)(
    'with ccauth’s %s and a stored login: capacity works, and the stored token is rotated, still 0600',
    async (how) => {
      const s = scenario(`shipped-cc-${how}`, how);
      const first = await refreshTokenOfALogin();
      writeLogin(s, first);
      const run = await capacity(s);
      expectCapacity(run);
      const rotated = storedToken(s);
      expect(rotated).not.toBe(first);
      expect(statSync(s.file).mode & 0o777).toBe(0o600);
      expect(readdirSync(s.state)).toEqual(['refresh_token.json']);
      secrets.push(rotated);
      expectNoSecrets(s, run);
    },
  );

  it('with no login and nobody at the terminal: AUTH, saying how to log in', async () => {
    const s = scenario('shipped-cc-none', 'clouds.yaml');
    const run = await capacity(s);
    expectAuthError(run, /not logged in/);
    expect(run.stderr).toContain(s.file);
  });

  it('a revoked login: AUTH, saying to log in again', async () => {
    const s = scenario('shipped-cc-revoked', 'openrc');
    writeLogin(s, await refreshTokenOfALogin());
    await admin('POST', '/_sim/oidc/revoke', {});
    const run = await capacity(s);
    expectAuthError(run, /expired or was revoked.*Session not active/);
    expectNoSecrets(s, run);
  });

  it('at a terminal with no login, a command logs in itself: the code on the screen, then its result', async () => {
    const s = scenario('shipped-cc-tty', 'openrc');
    const run = atTerminal(['capacity', '--node-type', 'compute_skylake', '--json'], s.env);
    const code = await approvePending();
    const { code: exit, screen } = await run;
    expect(exit).toBe(0);
    expect(screen).toContain(`enter the code ${code}`);
    expect(screen).toContain('"kind":"capacity"');
    expect(statSync(s.file).mode & 0o777).toBe(0o600);
    expect(screen).not.toContain(storedToken(s));
  });

  it('envboot login: prints the code, waits for the approval, writes ccauth’s file; later runs need no browser', async () => {
    const s = scenario('shipped-cc-login', 'clouds.yaml');
    const login = runCli(['login'], { env: s.env, cwd: s.box.cwd });
    // The person at the browser: approves the code once it is shown (the simulator lists it).
    let code: string | undefined;
    while (!code) {
      const pending = (await admin('GET', '/_sim/oidc/device')).device_logins as Array<
        Record<string, string>
      >;
      code = pending.find((d) => d.status === 'pending')?.user_code;
      if (!code) await new Promise((r) => setTimeout(r, 50));
    }
    await admin('POST', '/_sim/oidc/device', { user_code: code });
    const run = await login;
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 0, stdout: '' });
    expect(run.stderr).toContain(code);
    expect(run.stderr).toContain(`${sim.url}/auth/realms/chameleon/device?user_code=${code}`);
    expect(run.stderr).toContain(
      `Logged in as ${sim.identity.username} (project ${sim.identity.projectName})`,
    );
    expect(statSync(s.file).mode & 0o777).toBe(0o600);
    const after = await capacity(s);
    expectCapacity(after);
    expectNoSecrets(s, run, after);
  });

  it('envboot login with a cloud that logs in otherwise: AUTH_CONFIG', async () => {
    const box = sandbox('shipped-cc-login-pw');
    const run = await runCli(['login', '--site', 'sim'], {
      env: { ...box.env, ENVBOOT_SIM_URL: sim.url },
      cwd: box.cwd,
    });
    expect(run.code).toBe(7);
    expect(envelopeOf(run).error).toMatchObject({ code: 'AUTH_CONFIG', field: 'OS_AUTH_TYPE' });
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('envboot login --help shows examples', async () => {
    const run = await runCli(['login', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Examples:');
    expect(run.stdout).toContain('--os-cloud');
    expect(run.stdout).toContain('refresh_token.json');
  });

  // Last: it moves the simulator's clock on by a week and more.
  it('an expired login (the simulator’s clock moved on): AUTH, saying to log in again', async () => {
    const s = scenario('shipped-cc-expired', 'clouds.yaml');
    writeLogin(s, await refreshTokenOfALogin());
    sim.clock.advance(8 * 24 * 3600 * 1000);
    const run = await capacity(s);
    expectAuthError(run, /expired or was revoked.*Token is not active/);
    expectNoSecrets(s, run);
  });
});
