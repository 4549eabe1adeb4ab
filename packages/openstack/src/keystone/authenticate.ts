// One entry for every auth method: the configured method, run to a project-scoped token with its catalog.
import type { AuthConfig } from '../config/types.js';
import type { KeystoneContext } from './context.js';
import * as appcred from './methods/appcred.js';
import * as oidc from './methods/oidc.js';
import * as oidcDevice from './methods/oidc-device.js';
import * as password from './methods/password.js';
import * as token from './methods/token.js';
import type { Token } from './tokens.js';

export function authenticate(k: KeystoneContext, auth: AuthConfig): Promise<Token> {
  switch (auth.type) {
    case 'v3password':
      return password.authenticate(k, auth);
    case 'v3applicationcredential':
      return appcred.authenticate(k, auth);
    case 'v3token':
      return token.authenticate(k, auth);
    case 'v3oidcpassword':
      return oidc.authenticate(k, auth);
    case 'v3oidcaccesstoken':
      return oidc.authenticateWithAccessToken(k, auth);
    case 'v3oidcdeviceauthz':
    case 'v3chameleonoidc':
      return oidcDevice.authenticate(k, auth);
  }
}
