import { describe, expect, it } from '@jest/globals';
import type { CloudConfig, OidcDeviceAuth } from '../config/types.js';
import { memoryKey } from './key.js';

const DEVICE: OidcDeviceAuth = {
  type: 'v3chameleonoidc',
  identityProvider: 'chameleon',
  protocol: 'openid',
  clientId: 'chi-cli-device-token',
  clientSecret: null,
  discoveryEndpoint: 'https://auth.example/.well-known/openid-configuration',
  accessTokenEndpoint: null,
  deviceAuthorizationEndpoint: null,
  openidScope: 'openid profile',
  accessTokenType: 'access_token',
  refreshTokenFile: '/home/a/.cache/ccauth/refresh_token.json',
  scope: { projectId: 'p1' },
};

const key = (auth: Partial<OidcDeviceAuth> = {}, authUrl = 'https://chi.uc.example:5000/v3') =>
  memoryKey({ authUrl, auth: { ...DEVICE, ...auth } } as Pick<CloudConfig, 'authUrl' | 'auth'>);

describe('the token cache key of a device login', () => {
  it('is the same for the same configuration', () => {
    expect(key()).toBe(key());
  });

  it.each<[string, Partial<OidcDeviceAuth>, string | null]>([
    ['another login file (CC_LOGIN_STATE)', { refreshTokenFile: '/tmp/other/refresh_token.json' }, null],
    ['another project', { scope: { projectId: 'p2' } }, null],
    ['another client', { clientId: 'other-client' }, null],
    [
      'another provider',
      { discoveryEndpoint: 'https://other.example/.well-known/openid-configuration' },
      null,
    ],
    ['the other auth type', { type: 'v3oidcdeviceauthz', refreshTokenFile: null }, null],
    ['another site', {}, 'https://chi.tacc.example:5000/v3'],
  ])('differs for %s', (_what, change, url) => {
    expect(key(change, url ?? undefined)).not.toBe(key());
  });
});
