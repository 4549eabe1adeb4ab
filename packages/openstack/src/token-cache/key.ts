// Which cached token belongs to which configuration: auth URL, identity and scope. The secret takes part only
// through a hash, so a changed password or secret never reuses a token obtained with the old one.
import { createHash, createHmac } from 'node:crypto';
import type { AuthConfig, CloudConfig } from '../config/types.js';
import { sameCloudKey } from '../config/urls.js';

function identityOf(auth: AuthConfig): { who: Record<string, unknown>; secret: string } {
  switch (auth.type) {
    case 'v3password':
      return {
        who: {
          user: auth.userId ?? [auth.username, auth.userDomainId ?? auth.userDomainName],
          scope: auth.scope,
        },
        secret: auth.password,
      };
    case 'v3applicationcredential':
      return {
        who: {
          appcred: auth.id ?? [
            auth.name,
            auth.userId ?? auth.username,
            auth.userDomainId ?? auth.userDomainName,
          ],
        },
        secret: auth.secret,
      };
    case 'v3token':
      return { who: { scope: auth.scope }, secret: auth.token };
    case 'v3oidcpassword':
      return {
        who: {
          idp: [auth.identityProvider, auth.protocol, auth.clientId],
          user: auth.username,
          scope: auth.scope,
        },
        secret: auth.password,
      };
    case 'v3oidcaccesstoken':
      return {
        who: { idp: [auth.identityProvider, auth.protocol], scope: auth.scope },
        secret: auth.accessToken,
      };
    case 'v3oidcdeviceauthz':
    case 'v3chameleonoidc':
      // The login (a refresh token) is not part of the configuration: the provider, the client and the login
      // file say whose token it is. Logging in as someone else replaces the file, so the path alone is not enough:
      // `envboot login` drops the tokens cached for the configuration it logs in with.
      return {
        who: {
          idp: [auth.identityProvider, auth.protocol, auth.clientId],
          provider: auth.discoveryEndpoint ?? auth.accessTokenEndpoint,
          login: auth.refreshTokenFile,
          scope: auth.scope,
        },
        secret: '',
      };
  }
}

/** The in-process key: never written anywhere. */
export function memoryKey(config: Pick<CloudConfig, 'authUrl' | 'auth'>): string {
  const { who, secret } = identityOf(config.auth);
  return createHash('sha256')
    .update(JSON.stringify({ v: 1, url: sameCloudKey(config.authUrl), type: config.auth.type, who }))
    .update('\0')
    .update(secret)
    .digest('hex');
}

/** The on-disk name: keyed with a per-user random key, so a file name cannot be used to guess a password. */
export function fileKey(memory: string, localKey: Buffer): string {
  return createHmac('sha256', localKey).update(memory).digest('hex').slice(0, 40);
}
