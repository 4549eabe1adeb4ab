// From flat settings to one typed auth method, or an AUTH_CONFIG error that names every missing variable.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AuthError } from '@envboot/core';
import { envName, type Settings } from './env.js';
import { AUTH_TYPES, type AuthConfig, type AuthType, type Scope, type UserRef } from './types.js';

const TYPE_ALIASES: Record<string, AuthType> = {
  password: 'v3password',
  v3password: 'v3password',
  token: 'v3token',
  v3token: 'v3token',
  v3applicationcredential: 'v3applicationcredential',
  applicationcredential: 'v3applicationcredential',
  application_credential: 'v3applicationcredential',
  v3oidcpassword: 'v3oidcpassword',
  v3oidcaccesstoken: 'v3oidcaccesstoken',
  v3oidcdeviceauthz: 'v3oidcdeviceauthz',
  v3chameleonoidc: 'v3chameleonoidc',
};

function inferType(s: Settings): AuthType | null {
  if (s.application_credential_secret || s.application_credential_id) return 'v3applicationcredential';
  if (s.token) return 'v3token';
  if (s.password || s.username || s.user_id) return 'v3password';
  return null;
}

export function authTypeOf(s: Settings): AuthType | null {
  if (!s.auth_type) return inferType(s);
  const type = TYPE_ALIASES[s.auth_type.toLowerCase()];
  if (!type) {
    throw new AuthError(`OS_AUTH_TYPE "${s.auth_type}" is not supported`, {
      code: 'AUTH_CONFIG',
      field: 'OS_AUTH_TYPE',
      hint: `Use one of: ${AUTH_TYPES.join(', ')} (or password / token).`,
    });
  }
  return type;
}

class Missing {
  readonly keys: string[] = [];
  get(s: Settings, key: string): string {
    const v = s[key];
    if (v === undefined || v === '') this.keys.push(key);
    return v ?? '';
  }
  either(s: Settings, a: string, b: string): void {
    if (!s[a] && !s[b]) this.keys.push(`${a}|${b}`);
  }
  throwIfAny(type: string): void {
    if (this.keys.length === 0) return;
    const names = this.keys.map((k) =>
      k.includes('|')
        ? k
            .split('|')
            .map((x) => envName(x))
            .join(' or ')
        : envName(k),
    );
    throw new AuthError(`incomplete cloud configuration for ${type}: set ${names.join(', ')}`, {
      code: 'AUTH_CONFIG',
      field: names[0] ?? null,
      hint: 'Source the openrc file of your Chameleon project, or set OS_CLOUD to an entry of clouds.yaml (docs/configuration.md).',
      details: { auth_type: type, missing: names, clouds_yaml_keys: this.keys },
    });
  }
}

function userRef(s: Settings, missing: Missing): UserRef {
  missing.either(s, 'user_id', 'username');
  const ref: UserRef = {};
  if (s.user_id) ref.userId = s.user_id;
  if (s.username) {
    ref.username = s.username;
    const domainId = s.user_domain_id ?? s.default_domain_id;
    const domainName = s.user_domain_name ?? s.default_domain_name;
    if (domainId) ref.userDomainId = domainId;
    else if (domainName) ref.userDomainName = domainName;
    else if (!s.user_id) missing.either(s, 'user_domain_name', 'user_domain_id');
  }
  return ref;
}

function scopeOf(s: Settings, missing: Missing): Scope | null {
  if (s.project_id) return { projectId: s.project_id };
  if (s.project_name) {
    const domainId = s.project_domain_id ?? s.default_domain_id;
    const domainName = s.project_domain_name ?? s.default_domain_name;
    if (!domainId && !domainName) missing.either(s, 'project_domain_name', 'project_domain_id');
    return {
      projectName: s.project_name,
      ...(domainId ? { projectDomainId: domainId } : domainName ? { projectDomainName: domainName } : {}),
    };
  }
  if (s.domain_id) return { domainId: s.domain_id };
  if (s.domain_name) return { domainName: s.domain_name };
  return null;
}

/** Where ccauth keeps its refresh token: $CC_LOGIN_STATE/refresh_token.json, else ~/.cache/ccauth/. */
export function ccauthRefreshTokenFile(env: NodeJS.ProcessEnv, home: string): string {
  const dir = env.CC_LOGIN_STATE || join(home, '.cache', 'ccauth');
  return join(dir.startsWith('~/') ? join(home, dir.slice(2)) : dir, 'refresh_token.json');
}

/** What the auth settings do not say: where files of other tools live. */
export interface AuthEnvironment {
  env: NodeJS.ProcessEnv;
  home: string;
}

function oidcCommon(s: Settings, missing: Missing) {
  const identityProvider = missing.get(s, 'identity_provider');
  const protocol = missing.get(s, 'protocol');
  const clientId = missing.get(s, 'client_id');
  if (!s.discovery_endpoint && !s.access_token_endpoint) {
    missing.either(s, 'discovery_endpoint', 'access_token_endpoint');
  }
  const tokenType = (s.access_token_type ?? 'access_token').toLowerCase();
  return {
    identityProvider,
    protocol,
    clientId,
    clientSecret: s.client_secret ?? null,
    discoveryEndpoint: s.discovery_endpoint ?? null,
    accessTokenEndpoint: s.access_token_endpoint ?? null,
    openidScope: s.openid_scope ?? 'openid profile',
    accessTokenType: tokenType === 'id_token' ? ('id_token' as const) : ('access_token' as const),
  };
}

/** The auth method the settings describe. Secrets are registered by the caller before this runs. */
export function buildAuth(
  s: Settings,
  where: AuthEnvironment = { env: process.env, home: homedir() },
): AuthConfig {
  const type = authTypeOf(s);
  if (!type) {
    throw new AuthError('no cloud credentials found', {
      code: 'AUTH_CONFIG',
      hint:
        'Source the openrc file of your Chameleon project (it sets OS_AUTH_TYPE, OS_USERNAME, …), set OS_CLOUD to an ' +
        'entry of clouds.yaml, or try the local simulator with --site sim (docs/configuration.md).',
      details: {
        missing: ['OS_AUTH_TYPE', 'OS_USERNAME', 'OS_PASSWORD', 'OS_APPLICATION_CREDENTIAL_ID'],
      },
    });
  }
  const missing = new Missing();
  let auth: AuthConfig;
  switch (type) {
    case 'v3password': {
      const user = userRef(s, missing);
      auth = { type, ...user, password: missing.get(s, 'password'), scope: scopeOf(s, missing) };
      break;
    }
    case 'v3applicationcredential': {
      const secret = missing.get(s, 'application_credential_secret');
      if (s.application_credential_id) {
        auth = { type, id: s.application_credential_id, secret };
      } else {
        missing.either(s, 'application_credential_id', 'application_credential_name');
        const user = s.application_credential_name ? userRef(s, missing) : {};
        auth = { type, ...user, name: s.application_credential_name, secret };
      }
      break;
    }
    case 'v3token':
      auth = { type, token: missing.get(s, 'token'), scope: scopeOf(s, missing) };
      break;
    case 'v3oidcpassword':
      auth = {
        type,
        ...oidcCommon(s, missing),
        username: missing.get(s, 'username'),
        password: missing.get(s, 'password'),
        scope: scopeOf(s, missing),
      };
      break;
    case 'v3oidcdeviceauthz':
    case 'v3chameleonoidc':
      auth = {
        type,
        ...oidcCommon(s, missing),
        deviceAuthorizationEndpoint: s.device_authorization_endpoint ?? null,
        refreshTokenFile: type === 'v3chameleonoidc' ? ccauthRefreshTokenFile(where.env, where.home) : null,
        scope: scopeOf(s, missing),
      };
      break;
    case 'v3oidcaccesstoken':
      auth = {
        type,
        identityProvider: missing.get(s, 'identity_provider'),
        protocol: missing.get(s, 'protocol'),
        accessToken: missing.get(s, 'access_token'),
        scope: scopeOf(s, missing),
      };
      break;
  }
  missing.throwIfAny(type);
  return auth;
}
