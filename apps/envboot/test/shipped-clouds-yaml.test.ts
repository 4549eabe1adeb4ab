// clouds.yaml, secure.yaml and clouds.json as the shipped CLI reads them: real files on each place of the search
// path, each login method, a command that succeeds against a simulator over HTTP, and no secret in the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import { envelopeOf, hasStackTrace, runCli, type CliRun } from '@envboot/testkit';
import { logLines, sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small' });
});
afterAll(() => sim.close());

const SECRETS = () => [sim.identity.password, sim.identity.appCredSecret];

/** clouds.yaml entries for the simulator, as a user would write them for a site (region CHI@UC). */
const entries = {
  password: () => `
  sim-password:
    auth_type: password
    auth:
      auth_url: ${sim.authUrl}
      username: ${sim.identity.username}
      password: ${sim.identity.password}
      user_domain_name: ${sim.identity.userDomain}
      project_name: ${sim.identity.projectName}
      project_domain_name: ${sim.identity.projectDomain}
    region_name: ${sim.identity.region}
    interface: public
    identity_api_version: 3`,
  appcred: () => `
  sim-appcred:
    auth_type: v3applicationcredential
    auth:
      auth_url: ${sim.authUrl}
      application_credential_id: ${sim.identity.appCredId}
      application_credential_secret: ${sim.identity.appCredSecret}
    region_name: ${sim.identity.region}`,
  // As Chameleon's openrc logs in; the password is kept in secure.yaml.
  oidc: () => `
  sim-oidc:
    auth_type: v3oidcpassword
    auth:
      auth_url: ${sim.authUrl}
      identity_provider: ${sim.oidc.identityProvider}
      protocol: ${sim.oidc.protocol}
      discovery_endpoint: ${sim.oidc.discoveryUrl}
      client_id: ${sim.oidc.clientId}
      client_secret: ${sim.oidc.clientSecret}
      access_token_type: access_token
      username: ${sim.identity.username}
      project_id: ${sim.identity.projectId}
    regions: [${sim.identity.region}]`,
};

const clouds = (...bodies: string[]) => `clouds:${bodies.join('')}\n`;

function write(file: string, text: string): string {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text, { mode: 0o600 });
  return file;
}

/** The variables that name the reference API here, so that no run looks beyond this machine. */
const local = (box: Sandbox, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...box.env,
  ENVBOOT_REFERENCE_URL: `${sim.url}/reference`,
  ...extra,
});

/** `envboot capacity` with debug logging (so every log line is checked for secrets too). */
const capacity = (box: Sandbox, env: NodeJS.ProcessEnv, ...args: string[]) =>
  runCli(['capacity', '--node-type', 'compute_skylake', '--log-level', 'debug', ...args], {
    env: local(box, env),
    cwd: box.cwd,
  });

/** How the run logged in, from its debug line "authenticated". */
const loginMethod = (run: CliRun) => logLines(run.stderr).find((l) => l.msg === 'authenticated')?.method;

function expectCapacity(run: CliRun) {
  const envelope = envelopeOf(run);
  expect({ code: run.code, error: envelope.error }).toEqual({ code: 0, error: null });
  expect(envelope).toMatchObject({
    kind: 'capacity',
    data: { node_type: 'compute_skylake', total_nodes: 3 },
  });
  expect(envelope.metrics.auth_requests).toBeGreaterThan(0);
  for (const secret of SECRETS()) expect(run.stdout + run.stderr).not.toContain(secret);
}

function expectConfigError(run: CliRun, file: string) {
  expect(run.code).toBe(7);
  const envelope = envelopeOf(run);
  expect(envelope.error).toMatchObject({ code: 'AUTH_CONFIG', message: expect.stringContaining(file) });
  expect(run.stderr).toContain(file);
  expect(hasStackTrace(run.stderr)).toBe(false);
  for (const secret of SECRETS()) expect(run.stdout + run.stderr).not.toContain(secret);
}

describe('clouds.yaml through the shipped CLI', () => {
  it('password, from ./clouds.yaml in the working directory, chosen with OS_CLOUD', async () => {
    const box = sandbox('shipped-cy-pw');
    write(join(box.cwd, 'clouds.yaml'), clouds(entries.password(), entries.appcred()));
    const run = await capacity(box, { OS_CLOUD: 'sim-password' });
    expectCapacity(run);
    expect(loginMethod(run)).toBe('v3password');
  });

  it('application credential, from $XDG_CONFIG_HOME/openstack/clouds.yaml, chosen with --os-cloud', async () => {
    const box = sandbox('shipped-cy-ac');
    write(join(box.config, 'openstack', 'clouds.yaml'), clouds(entries.password(), entries.appcred()));
    const run = await capacity(box, { XDG_CONFIG_HOME: box.config }, '--os-cloud', 'sim-appcred');
    expectCapacity(run);
    expect(loginMethod(run)).toBe('v3applicationcredential');
  });

  it('OIDC (v3oidcpassword) from ~/.config/openstack/clouds.yaml, its password only in secure.yaml', async () => {
    const box = sandbox('shipped-cy-oidc');
    const dir = join(box.home, '.config', 'openstack');
    write(join(dir, 'clouds.yaml'), clouds(entries.oidc()));
    write(
      join(dir, 'secure.yaml'),
      `clouds:\n  sim-oidc:\n    auth:\n      password: ${sim.identity.password}\n`,
    );
    const federated = () =>
      sim.stats()['POST /v3/OS-FEDERATION/identity_providers/{idp}/protocols/{protocol}/auth'] ?? 0;
    const before = federated();
    const run = await capacity(box, { OS_CLOUD: 'sim-oidc' });
    expectCapacity(run);
    expect(loginMethod(run)).toBe('v3oidcpassword');
    expect(federated()).toBe(before + 1);
  });

  it('clouds.json named by OS_CLIENT_CONFIG_FILE, which wins over ./clouds.yaml', async () => {
    const box = sandbox('shipped-cy-json');
    write(join(box.cwd, 'clouds.yaml'), clouds(entries.oidc()));
    const file = write(
      join(box.root, 'elsewhere', 'clouds.json'),
      JSON.stringify({
        clouds: {
          'sim-json': {
            auth_type: 'v3applicationcredential',
            auth: {
              auth_url: sim.authUrl,
              application_credential_id: sim.identity.appCredId,
              application_credential_secret: sim.identity.appCredSecret,
            },
            region_name: sim.identity.region,
          },
        },
      }),
    );
    const run = await capacity(box, { OS_CLIENT_CONFIG_FILE: file, OS_CLOUD: 'sim-json' });
    expectCapacity(run);
    expect(loginMethod(run)).toBe('v3applicationcredential');
  });

  it('--os-cloud wins over OS_CLOUD', async () => {
    const box = sandbox('shipped-cy-flag');
    write(join(box.cwd, 'clouds.yaml'), clouds(entries.password(), entries.appcred()));
    const run = await capacity(box, { OS_CLOUD: 'no-such-cloud' }, '--os-cloud', 'sim-appcred');
    expectCapacity(run);
    expect(loginMethod(run)).toBe('v3applicationcredential');
  });

  it('the site is the one the entry points to, in the envelope and down a pipe', async () => {
    const box = sandbox('shipped-cy-site');
    write(join(box.cwd, 'clouds.yaml'), clouds(entries.password()));
    // With ENVBOOT_SIM_URL the entry's auth URL is the simulator's: its site is sim, not the default uc.
    const env = { OS_CLOUD: 'sim-password', ENVBOOT_SIM_URL: sim.url };
    const run = await capacity(box, env);
    expectCapacity(run);
    expect(envelopeOf(run)).toMatchObject({ context: { site: 'sim' }, data: { site: 'sim' } });
    const next = await runCli(['lease-create', '--dry-run'], {
      env: local(box, env),
      cwd: box.cwd,
      input: run.stdout,
    });
    expect(envelopeOf(next)).toMatchObject({ ok: true, context: { site: 'sim' } });
  });

  it('a clouds.yaml of one cloud is used without OS_CLOUD', async () => {
    const box = sandbox('shipped-cy-sole');
    write(join(box.cwd, 'clouds.yml'), clouds(entries.password()));
    const run = await capacity(box, {});
    expectCapacity(run);
    expect(loginMethod(run)).toBe('v3password');
  });
});

describe('a clouds file that cannot be read is AUTH_CONFIG, naming the file', () => {
  it('malformed clouds.yaml', async () => {
    const box = sandbox('shipped-cy-bad');
    const file = write(
      join(box.cwd, 'clouds.yaml'),
      `${clouds(entries.password())}  broken: [unclosed\n    password: ${sim.identity.password}\n`,
    );
    const run = await capacity(box, { OS_CLOUD: 'sim-password' });
    expectConfigError(run, file);
    expect(run.stderr).toContain('is not valid YAML');
  });

  it('malformed secure.yaml next to a good clouds.yaml', async () => {
    const box = sandbox('shipped-cy-bad-secure');
    write(join(box.cwd, 'clouds.yaml'), clouds(entries.oidc()));
    const file = write(join(box.cwd, 'secure.yaml'), 'clouds:\n  sim-oidc: {auth: {password: \n');
    const run = await capacity(box, { OS_CLOUD: 'sim-oidc' });
    expectConfigError(run, file);
  });

  it('malformed clouds.json', async () => {
    const box = sandbox('shipped-cy-bad-json');
    const file = write(join(box.root, 'clouds.json'), '{"clouds": {"sim-json": ');
    const run = await capacity(box, { OS_CLIENT_CONFIG_FILE: file, OS_CLOUD: 'sim-json' });
    expectConfigError(run, file);
    expect(run.stderr).toContain('is not valid JSON');
  });
});
