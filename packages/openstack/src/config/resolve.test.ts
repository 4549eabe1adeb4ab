import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createLogger, scrubText } from '@envboot/core';
import { deriveSiteId, resolveCloudConfig, type ResolveOptions } from './resolve.js';

let dir: string;
let cwd: string;
let home: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'envboot-config-'));
  cwd = join(dir, 'work');
  home = join(dir, 'home');
  await mkdir(cwd, { recursive: true });
  await mkdir(join(home, '.config', 'openstack'), { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const resolve = (env: NodeJS.ProcessEnv, extra: ResolveOptions = {}) =>
  resolveCloudConfig({ env, cwd, home, ...extra });

const UC_OPENRC = {
  OS_AUTH_URL: 'https://chi.uc.chameleoncloud.org:5000/v3',
  OS_IDENTITY_API_VERSION: '3',
  OS_INTERFACE: 'public',
  OS_REGION_NAME: 'CHI@UC',
  OS_PROJECT_ID: '0123456789abcdef0123456789abcdef',
  OS_USERNAME: 'someone@example.edu',
  OS_PASSWORD: 'cli-Password-for-test-1',
  OS_AUTH_TYPE: 'v3oidcpassword',
  OS_IDENTITY_PROVIDER: 'chameleon',
  OS_PROTOCOL: 'openid',
  OS_DISCOVERY_ENDPOINT:
    'https://auth.chameleoncloud.org/auth/realms/chameleon/.well-known/openid-configuration',
  OS_CLIENT_ID: 'keystone-uc-prod',
  OS_CLIENT_SECRET: 'none',
  OS_ACCESS_TOKEN_TYPE: 'access_token',
};

function captureLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ level: 'debug', destination }), lines };
}

describe('the OS_* environment of an openrc', () => {
  it("reads Chameleon's OIDC openrc", async () => {
    const config = await resolve(UC_OPENRC);
    expect(config).toMatchObject({
      site: 'uc',
      authUrl: 'https://chi.uc.chameleoncloud.org:5000/v3',
      region: 'CHI@UC',
      interface: 'public',
      referenceUrl: 'https://api.chameleoncloud.org',
      sources: { authUrl: 'env', credentials: 'env' },
      auth: {
        type: 'v3oidcpassword',
        identityProvider: 'chameleon',
        protocol: 'openid',
        clientId: 'keystone-uc-prod',
        clientSecret: 'none',
        username: 'someone@example.edu',
        openidScope: 'openid profile',
        accessTokenType: 'access_token',
        scope: { projectId: '0123456789abcdef0123456789abcdef' },
      },
    });
  });

  it('registers every secret it reads, so that logs and messages never show it', async () => {
    await resolve({ ...UC_OPENRC, OS_PASSWORD: 'another-Secret-value-2' });
    expect(scrubText('password is another-Secret-value-2')).toBe('password is [REDACTED]');
  });

  it('accepts an auth URL without /v3, old variable names and publicURL-style interfaces', async () => {
    const config = await resolve({
      OS_AUTH_URL: 'http://keystone.example:5000/',
      OS_USERNAME: 'demo',
      OS_PASSWORD: 'pw-123456',
      OS_USER_DOMAIN_ID: 'default',
      OS_TENANT_NAME: 'proj',
      OS_PROJECT_DOMAIN_ID: 'default',
      OS_ENDPOINT_TYPE: 'internalURL',
    });
    expect(config).toMatchObject({
      site: null,
      authUrl: 'http://keystone.example:5000/v3',
      region: null,
      interface: 'internal',
      auth: {
        type: 'v3password',
        username: 'demo',
        userDomainId: 'default',
        scope: { projectName: 'proj', projectDomainId: 'default' },
      },
    });
  });

  it('infers the method when OS_AUTH_TYPE is absent', async () => {
    const appcred = await resolve({
      OS_AUTH_URL: 'http://k/v3',
      OS_APPLICATION_CREDENTIAL_ID: 'id',
      OS_APPLICATION_CREDENTIAL_SECRET: 's3cret-xyz',
    });
    expect(appcred.auth).toEqual({ type: 'v3applicationcredential', id: 'id', secret: 's3cret-xyz' });
    const token = await resolve({ OS_AUTH_URL: 'http://k/v3', OS_TOKEN: 'tok-abcdef', OS_PROJECT_ID: 'p' });
    expect(token.auth).toEqual({ type: 'v3token', token: 'tok-abcdef', scope: { projectId: 'p' } });
  });

  it('names every missing variable (AUTH_CONFIG, exit 7)', async () => {
    await expect(
      resolve({ OS_AUTH_URL: 'http://k/v3', OS_AUTH_TYPE: 'v3password', OS_USERNAME: 'u' }),
    ).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      exitCode: 7,
      details: { missing: ['OS_USER_DOMAIN_NAME or OS_USER_DOMAIN_ID', 'OS_PASSWORD'] },
    });
    await expect(
      resolve({ OS_AUTH_TYPE: 'v3applicationcredential', OS_APPLICATION_CREDENTIAL_ID: 'x' }),
    ).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      details: { missing: ['OS_APPLICATION_CREDENTIAL_SECRET'] },
    });
    const { OS_CLIENT_ID: _c, OS_DISCOVERY_ENDPOINT: _d, ...oidc } = UC_OPENRC;
    await expect(resolve(oidc)).rejects.toMatchObject({
      details: { missing: ['OS_CLIENT_ID', 'OS_DISCOVERY_ENDPOINT or OS_ACCESS_TOKEN_ENDPOINT'] },
    });
    const err = await resolve({
      OS_USERNAME: 'u',
      OS_PASSWORD: 'pw-xyz-123',
      OS_USER_DOMAIN_NAME: 'Default',
      OS_PROJECT_NAME: 'p',
    }).catch((e: Error) => e);
    expect(err).toMatchObject({
      code: 'AUTH_CONFIG',
      details: { missing: ['OS_PROJECT_DOMAIN_NAME or OS_PROJECT_DOMAIN_ID'] },
    });
    expect((err as Error).message).toBe(
      'incomplete cloud configuration for v3password: set OS_PROJECT_DOMAIN_NAME or OS_PROJECT_DOMAIN_ID',
    );
  });

  it('says what to do when nothing is configured', async () => {
    const err = await resolve({}).catch((e: Error & { hint: string }) => e);
    expect(err).toMatchObject({ code: 'AUTH_CONFIG', message: 'no cloud credentials found' });
    expect((err as { hint: string }).hint).toMatch(/openrc.*OS_CLOUD.*--site sim/s);
  });

  it('refuses an auth type it does not support, listing those it does', async () => {
    await expect(resolve({ OS_AUTH_URL: 'http://k/v3', OS_AUTH_TYPE: 'v3totp' })).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      field: 'OS_AUTH_TYPE',
      hint: expect.stringContaining('v3oidcpassword'),
    });
  });

  it('takes endpoint overrides, TLS settings and the token cache switch', async () => {
    const config = await resolve({
      ...UC_OPENRC,
      OS_RESERVATION_ENDPOINT_OVERRIDE: 'http://127.0.0.1:9/reservation/v1',
      OS_CACERT: '/etc/ssl/ca.pem',
      ENVBOOT_TOKEN_CACHE: '0',
      XDG_CACHE_HOME: '/tmp/xdg',
    });
    expect(config.endpointOverrides).toEqual({ reservation: 'http://127.0.0.1:9/reservation/v1' });
    expect(config.tls).toEqual({ caFile: '/etc/ssl/ca.pem', insecure: false });
    expect(config.tokenCache).toBe(false);
    expect(config.cacheDir).toBe('/tmp/xdg/envboot');
    expect((await resolve(UC_OPENRC)).cacheDir).toBe(join(home, '.cache', 'envboot'));
    expect((await resolve(UC_OPENRC, { tokenCache: false })).tokenCache).toBe(false);
  });
});

describe('clouds.yaml', () => {
  const cloudsYaml = `clouds:
  chi-uc:
    auth_type: v3applicationcredential
    auth:
      auth_url: https://chi.uc.chameleoncloud.org:5000/v3
      application_credential_id: "abc123"
    region_name: CHI@UC
    interface: public
    identity_api_version: 3
  chi-tacc:
    auth:
      auth_url: https://chi.tacc.chameleoncloud.org:5000/v3
      username: me
      password: yaml-Password-333
      user_domain_name: Default
      project_id: tacc-project
    regions:
      - CHI@TACC
`;
  const secureYaml = `clouds:
  chi-uc:
    auth:
      application_credential_secret: from-secure-yaml-444
`;

  it('reads the entry OS_CLOUD names, with secure.yaml merged over it', async () => {
    await writeFile(join(cwd, 'clouds.yaml'), cloudsYaml);
    await writeFile(join(home, '.config', 'openstack', 'secure.yaml'), secureYaml);
    const config = await resolve({ OS_CLOUD: 'chi-uc' });
    expect(config).toMatchObject({
      site: 'uc',
      cloudName: 'chi-uc',
      region: 'CHI@UC',
      sources: { authUrl: 'clouds.yaml', credentials: 'clouds.yaml' },
      auth: { type: 'v3applicationcredential', id: 'abc123', secret: 'from-secure-yaml-444' },
    });
    expect(scrubText('from-secure-yaml-444')).toBe('[REDACTED]');
  });

  it('searches the current directory before ~/.config/openstack, and --os-cloud wins over OS_CLOUD', async () => {
    await writeFile(
      join(home, '.config', 'openstack', 'clouds.yaml'),
      'clouds:\n  other:\n    auth: {auth_url: "http://x/v3", token: "t-123456"}\n',
    );
    await writeFile(join(cwd, 'clouds.yaml'), cloudsYaml);
    const config = await resolve({ OS_CLOUD: 'chi-uc' }, { osCloud: 'chi-tacc' });
    expect(config).toMatchObject({
      site: 'tacc',
      region: 'CHI@TACC',
      auth: { type: 'v3password', username: 'me', scope: { projectId: 'tacc-project' } },
    });
    await rm(join(cwd, 'clouds.yaml'));
    expect((await resolve({ OS_CLOUD: 'other' })).auth).toMatchObject({ type: 'v3token', token: 't-123456' });
  });

  it('lets the environment override single keys of the entry', async () => {
    await writeFile(join(cwd, 'clouds.yaml'), cloudsYaml);
    const config = await resolve({ OS_CLOUD: 'chi-tacc', OS_REGION_NAME: 'KVM@TACC', OS_INTERFACE: 'admin' });
    expect(config).toMatchObject({ region: 'KVM@TACC', interface: 'admin', auth: { username: 'me' } });
  });

  it('uses the only cloud of the file when nothing else is configured', async () => {
    await writeFile(
      join(home, '.config', 'openstack', 'clouds.json'),
      JSON.stringify({ clouds: { solo: { auth: { auth_url: 'http://solo/v3', token: 'tok-solo-1' } } } }),
    );
    expect(await resolve({})).toMatchObject({ cloudName: 'solo', authUrl: 'http://solo/v3' });
  });

  it('names the clouds that exist when OS_CLOUD names another', async () => {
    await writeFile(join(cwd, 'clouds.yaml'), cloudsYaml);
    await expect(resolve({ OS_CLOUD: 'chi-nu' })).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      hint: 'Clouds in that file: chi-uc, chi-tacc',
    });
    await rm(join(cwd, 'clouds.yaml'));
    await expect(resolve({ OS_CLOUD: 'chi-nu' })).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      message: expect.stringContaining('no clouds.yaml'),
    });
  });

  it('reports a broken file as a configuration error, not a crash', async () => {
    await writeFile(join(cwd, 'clouds.yaml'), 'clouds:\n  a: [unclosed\n');
    await expect(resolve({ OS_CLOUD: 'a' })).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      message: expect.stringContaining('is not valid YAML'),
    });
  });

  it('reads OS_CLIENT_CONFIG_FILE first', async () => {
    const file = join(dir, 'elsewhere.yaml');
    await writeFile(file, cloudsYaml);
    expect(
      (
        await resolve({
          OS_CLOUD: 'chi-uc',
          OS_CLIENT_CONFIG_FILE: file,
          OS_APPLICATION_CREDENTIAL_SECRET: 'env-secret-555',
        })
      ).auth,
    ).toMatchObject({
      id: 'abc123',
      secret: 'env-secret-555',
    });
  });
});

describe('sites', () => {
  it('an explicit --site sets the auth URL and region even with another site’s openrc, and says so at debug level', async () => {
    const { log, lines } = captureLog();
    const config = await resolve(UC_OPENRC, { site: 'tacc', log });
    expect(config).toMatchObject({
      site: 'tacc',
      authUrl: 'https://chi.tacc.chameleoncloud.org:5000/v3',
      region: 'CHI@TACC',
      sources: { authUrl: 'site', credentials: 'env' },
      auth: { type: 'v3oidcpassword', username: 'someone@example.edu', clientId: 'keystone-tacc-prod' },
    });
    const text = lines.join('');
    expect(text).toContain('--site tacc: using https://chi.tacc.chameleoncloud.org:5000/v3');
    expect(text).toContain('OIDC client id keystone-tacc-prod instead of keystone-uc-prod');
    expect(text).not.toContain('cli-Password-for-test-1');
  });

  it('--site by region name works too; an unknown site is bad input naming the known ones', async () => {
    expect((await resolve(UC_OPENRC, { site: 'KVM@TACC' })).site).toBe('kvm');
    await expect(resolve(UC_OPENRC, { site: 'mars' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'site',
    });
  });

  it('without --site, the site follows the auth URL, else the region, else the default', async () => {
    expect(
      (await resolve({ ...UC_OPENRC, OS_AUTH_URL: 'https://chi.tacc.chameleoncloud.org:5000/v3' })).site,
    ).toBe('tacc');
    const { OS_AUTH_URL: _u, ...noUrl } = UC_OPENRC;
    const kvm = await resolve({ ...noUrl, OS_REGION_NAME: 'KVM@TACC' });
    expect(kvm).toMatchObject({
      site: 'kvm',
      authUrl: 'https://kvm.tacc.chameleoncloud.org:5000/v3',
      region: 'KVM@TACC',
    });
    const { OS_REGION_NAME: _r, ...bare } = noUrl;
    expect(await resolve(bare)).toMatchObject({
      site: 'uc',
      authUrl: 'https://chi.uc.chameleoncloud.org:5000/v3',
      region: 'CHI@UC',
    });
  });

  it('--site sim: the simulator’s URL and default identity, never another cloud’s credentials', async () => {
    const { log, lines } = captureLog();
    const config = await resolve(
      { ...UC_OPENRC, ENVBOOT_SIM_URL: 'http://127.0.0.1:4567' },
      { site: 'sim', log },
    );
    expect(config).toMatchObject({
      site: 'sim',
      authUrl: 'http://127.0.0.1:4567/v3',
      region: 'CHI@UC',
      referenceUrl: 'http://127.0.0.1:4567/reference',
      sources: { credentials: 'sim-default' },
      auth: {
        type: 'v3password',
        username: 'demo',
        password: 'demo-password',
        userDomainName: 'Default',
        scope: { projectName: 'CHI-000000', projectDomainName: 'Default' },
      },
    });
    expect(JSON.stringify(config)).not.toContain('someone@example.edu');
    expect(lines.join('')).toContain('ignoring the credentials of env');
    expect((await resolve({}, { site: 'sim' })).authUrl).toBe('http://127.0.0.1:8788/v3');
  });

  it('--site sim uses OS_* credentials when OS_AUTH_URL is the simulator’s', async () => {
    const env = {
      ENVBOOT_SIM_URL: 'http://127.0.0.1:4567/',
      OS_AUTH_URL: 'http://localhost:4567/v3/',
      OS_AUTH_TYPE: 'v3applicationcredential',
      OS_APPLICATION_CREDENTIAL_ID: '0123456789abcdef0123456789abcdef',
      OS_APPLICATION_CREDENTIAL_SECRET: 'peer-appcred-secret',
    };
    const config = await resolve(env, { site: 'sim' });
    expect(config).toMatchObject({
      site: 'sim',
      sources: { credentials: 'env' },
      auth: { type: 'v3applicationcredential' },
    });
    // And without --site, an openrc for the simulator means the sim site.
    expect((await resolve(env)).site).toBe('sim');
  });

  it('deriveSiteId: flag, else auth URL, else region, else default (no files read)', () => {
    expect(deriveSiteId({}, 'TACC')).toBe('tacc');
    expect(deriveSiteId({ OS_AUTH_URL: 'http://127.0.0.1:8788/v3' })).toBe('sim');
    expect(deriveSiteId({ OS_REGION_NAME: 'CHI@Edge' })).toBe('edge');
    expect(deriveSiteId({})).toBe('uc');
  });
});

describe('v3chameleonoidc and v3oidcdeviceauthz', () => {
  const CCAUTH_CLOUDS_YAML = `clouds:
  openstack:
    auth_type: v3chameleonoidc
    auth:
      auth_url: https://chi.uc.chameleoncloud.org:5000/v3
      identity_provider: chameleon
      protocol: openid
      project_id: 0123456789abcdef0123456789abcdef
      client_id: chi-cli-device-token
      discovery_endpoint: https://auth.chameleoncloud.org/auth/realms/chameleon/.well-known/openid-configuration
    region_name: CHI@UC
`;
  const DEVICE_AUTH = {
    type: 'v3chameleonoidc',
    identityProvider: 'chameleon',
    protocol: 'openid',
    clientId: 'chi-cli-device-token',
    clientSecret: null,
    discoveryEndpoint:
      'https://auth.chameleoncloud.org/auth/realms/chameleon/.well-known/openid-configuration',
    accessTokenEndpoint: null,
    deviceAuthorizationEndpoint: null,
    openidScope: 'openid profile',
    accessTokenType: 'access_token',
    scope: { projectId: '0123456789abcdef0123456789abcdef' },
  };

  it('reads the clouds.yaml entry ccauth writes; the login is in ~/.cache/ccauth by default', async () => {
    await writeFile(join(cwd, 'clouds.yaml'), CCAUTH_CLOUDS_YAML);
    const config = await resolve({ OS_CLOUD: 'openstack' });
    expect(config.auth).toEqual({
      ...DEVICE_AUTH,
      refreshTokenFile: join(home, '.cache', 'ccauth', 'refresh_token.json'),
    });
    expect(config).toMatchObject({ site: 'uc', region: 'CHI@UC', sources: { credentials: 'clouds.yaml' } });
  });

  it('reads the variables of ccauth openrc; CC_LOGIN_STATE moves the login file', async () => {
    const config = await resolve({
      OS_AUTH_TYPE: 'v3chameleonoidc',
      OS_AUTH_URL: 'https://chi.uc.chameleoncloud.org:5000/v3',
      OS_IDENTITY_PROVIDER: 'chameleon',
      OS_PROTOCOL: 'openid',
      OS_PROJECT_ID: '0123456789abcdef0123456789abcdef',
      OS_CLIENT_ID: 'chi-cli-device-token',
      OS_DISCOVERY_ENDPOINT:
        'https://auth.chameleoncloud.org/auth/realms/chameleon/.well-known/openid-configuration',
      OS_REGION_NAME: 'CHI@UC',
      CC_LOGIN_STATE: join(dir, 'state'),
    });
    expect(config.auth).toEqual({
      ...DEVICE_AUTH,
      refreshTokenFile: join(dir, 'state', 'refresh_token.json'),
    });
    expect(config.sources.credentials).toBe('env');
  });

  it('v3oidcdeviceauthz keeps no login file, and takes its options', async () => {
    const config = await resolve({
      OS_AUTH_TYPE: 'v3oidcdeviceauthz',
      OS_AUTH_URL: 'https://chi.uc.chameleoncloud.org:5000/v3',
      OS_IDENTITY_PROVIDER: 'chameleon',
      OS_PROTOCOL: 'openid',
      OS_PROJECT_NAME: 'CHI-123',
      OS_PROJECT_DOMAIN_NAME: 'chameleon',
      OS_CLIENT_ID: 'chi-cli-device-token',
      OS_ACCESS_TOKEN_ENDPOINT: 'https://idp.example/token',
      OS_DEVICE_AUTHORIZATION_ENDPOINT: 'https://idp.example/device',
      OS_OPENID_SCOPE: 'openid',
      OS_ACCESS_TOKEN_TYPE: 'id_token',
    });
    expect(config.auth).toMatchObject({
      type: 'v3oidcdeviceauthz',
      refreshTokenFile: null,
      discoveryEndpoint: null,
      accessTokenEndpoint: 'https://idp.example/token',
      deviceAuthorizationEndpoint: 'https://idp.example/device',
      openidScope: 'openid',
      accessTokenType: 'id_token',
      scope: { projectName: 'CHI-123', projectDomainName: 'chameleon' },
    });
  });

  it('names every missing option', async () => {
    await expect(
      resolve({ OS_AUTH_TYPE: 'v3chameleonoidc', OS_AUTH_URL: 'https://chi.uc.chameleoncloud.org:5000/v3' }),
    ).rejects.toMatchObject({
      code: 'AUTH_CONFIG',
      details: {
        missing: [
          'OS_IDENTITY_PROVIDER',
          'OS_PROTOCOL',
          'OS_CLIENT_ID',
          'OS_DISCOVERY_ENDPOINT or OS_ACCESS_TOKEN_ENDPOINT',
        ],
      },
    });
  });

  it('is not replaced by the simulator’s default identity', async () => {
    const config = await resolve(
      {
        OS_AUTH_TYPE: 'v3chameleonoidc',
        OS_AUTH_URL: 'http://127.0.0.1:8788/v3',
        OS_IDENTITY_PROVIDER: 'chameleon',
        OS_PROTOCOL: 'openid',
        OS_CLIENT_ID: 'chi-cli-device-token',
        OS_DISCOVERY_ENDPOINT: 'http://127.0.0.1:8788/auth/realms/chameleon/.well-known/openid-configuration',
      },
      { site: 'sim' },
    );
    expect(config.auth.type).toBe('v3chameleonoidc');
  });
});

describe('a site a simulator announces', () => {
  const SITES = { ENVBOOT_SIM_SITES: 'uc=http://127.0.0.1:4567,tacc=http://127.0.0.1:4568' };

  it('takes endpoints from the simulator whatever region its catalog names, unless a region was set', async () => {
    const tacc = await resolve(SITES, { site: 'tacc' });
    expect(tacc).toMatchObject({ simulated: true, region: 'CHI@TACC', regionFromSimulator: true });
    const named = await resolve(
      { ...SITES, OS_AUTH_URL: 'http://127.0.0.1:4568/v3', OS_REGION_NAME: 'CHI@TACC' },
      {},
    );
    expect(named.regionFromSimulator).toBe(false);
  });

  it('not for the real sites', async () => {
    expect((await resolve(UC_OPENRC, { site: 'tacc' })).regionFromSimulator).toBe(false);
  });
});
