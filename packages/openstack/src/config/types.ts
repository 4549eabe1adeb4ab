// What a resolved cloud configuration holds: where Keystone is, who we are, and how endpoints are chosen.

export const AUTH_TYPES = [
  'v3password',
  'v3applicationcredential',
  'v3token',
  'v3oidcpassword',
  'v3oidcaccesstoken',
  'v3oidcdeviceauthz',
  'v3chameleonoidc',
] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

export type Interface = 'public' | 'internal' | 'admin';

/** What the token is scoped to. Application credentials carry their own scope. */
export interface Scope {
  projectId?: string;
  projectName?: string;
  projectDomainId?: string;
  projectDomainName?: string;
  domainId?: string;
  domainName?: string;
}

export interface UserRef {
  userId?: string;
  username?: string;
  userDomainId?: string;
  userDomainName?: string;
}

export interface PasswordAuth extends UserRef {
  type: 'v3password';
  password: string;
  scope: Scope | null;
}

export interface ApplicationCredentialAuth extends UserRef {
  type: 'v3applicationcredential';
  id?: string;
  name?: string;
  secret: string;
}

export interface TokenAuth {
  type: 'v3token';
  token: string;
  scope: Scope | null;
}

interface FederationRef {
  identityProvider: string;
  protocol: string;
  scope: Scope | null;
}

export interface OidcPasswordAuth extends FederationRef {
  type: 'v3oidcpassword';
  clientId: string;
  /** Sent with HTTP Basic when non-empty (Chameleon's openrc uses the literal "none"). */
  clientSecret: string | null;
  discoveryEndpoint: string | null;
  accessTokenEndpoint: string | null;
  username: string;
  password: string;
  openidScope: string;
  accessTokenType: 'access_token' | 'id_token';
}

export interface OidcAccessTokenAuth extends FederationRef {
  type: 'v3oidcaccesstoken';
  accessToken: string;
}

/**
 * v3oidcdeviceauthz (keystoneauth's) and v3chameleonoidc (ccauth's, the same plus a refresh-token file): the device
 * authorization grant at a terminal, then refresh-token grants.
 */
export interface OidcDeviceAuth extends FederationRef {
  type: 'v3oidcdeviceauthz' | 'v3chameleonoidc';
  clientId: string;
  /** Sent with HTTP Basic when set; Chameleon's device client is public and has none. */
  clientSecret: string | null;
  discoveryEndpoint: string | null;
  accessTokenEndpoint: string | null;
  deviceAuthorizationEndpoint: string | null;
  openidScope: string;
  accessTokenType: 'access_token' | 'id_token';
  /** ccauth's refresh-token file ($CC_LOGIN_STATE/refresh_token.json); null for v3oidcdeviceauthz. */
  refreshTokenFile: string | null;
  /** Log in anew at the terminal even when a login is stored (`envboot login`). */
  fresh?: boolean;
}

export type AuthConfig =
  | PasswordAuth
  | ApplicationCredentialAuth
  | TokenAuth
  | OidcPasswordAuth
  | OidcAccessTokenAuth
  | OidcDeviceAuth;

/** Where the values came from, for debug logs and error hints. */
export type ConfigSource = 'options' | 'env' | 'clouds.yaml' | 'site' | 'sim-default';

export interface CloudConfig {
  /** The id of the listed site whose address is used (sites/catalog.ts), or null for a cloud envboot does not list. */
  site: string | null;
  /** A local simulator serves the site. */
  simulated: boolean;
  /**
   * A simulated site reached at its own address (ENVBOOT_SIM_SITES) whose region nobody set: endpoints are taken
   * from the catalog's region when it lacks the site's (a simulator of one site names CHI@UC, whichever it serves).
   */
  regionFromSimulator?: boolean;
  /** Keystone v3 URL, always ending in /v3. */
  authUrl: string;
  /** OS_REGION_NAME; null accepts an endpoint in any region. */
  region: string | null;
  interface: Interface;
  auth: AuthConfig;
  /** Chameleon's resource discovery API (needs no token), used when the catalog does not list one. */
  referenceUrl: string;
  /** Endpoints that replace the catalog's, by service type (OS_<TYPE>_ENDPOINT_OVERRIDE). */
  endpointOverrides: Record<string, string>;
  /** The clouds.yaml entry used, if any. */
  cloudName: string | null;
  /** Whether the token may be shared with other processes through the cache directory. */
  tokenCache: boolean;
  /** Directory of the shared token cache ($XDG_CACHE_HOME/envboot). */
  cacheDir: string;
  /** TLS: a CA bundle to trust, and whether to skip verification (OS_CACERT, OS_INSECURE). */
  tls: { caFile: string | null; insecure: boolean };
  sources: { authUrl: ConfigSource; credentials: ConfigSource };
  /** Decisions worth a debug line (an explicit site overriding a sourced openrc, say). */
  notes: string[];
}
