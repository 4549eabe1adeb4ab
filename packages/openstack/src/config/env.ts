// The OS_* environment of a sourced openrc, as openstacksdk reads it: OS_PROJECT_ID → project_id.

/** Settings in clouds.yaml's flat naming (auth keys and top-level keys side by side). */
export type Settings = Record<string, string>;

/** Variables that pick a cloud or a file rather than describe one. */
const SELECTORS = new Set(['cloud', 'cloud_name', 'client_config_file', 'client_secure_file']);
/** Test and logging switches of other tools that share the prefix. */
const IGNORED_PREFIXES = ['test', 'std', 'log'];
/** Old names still found in openrc files. */
const ALIASES: Record<string, string> = {
  tenant_id: 'project_id',
  tenant_name: 'project_name',
  auth_plugin: 'auth_type',
  endpoint_type: 'interface',
};

export function settingsFromEnv(env: NodeJS.ProcessEnv): Settings {
  const out: Settings = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('OS_') || value === undefined || value === '') continue;
    let key = name.slice(3).toLowerCase();
    if (SELECTORS.has(key) || IGNORED_PREFIXES.some((p) => key.startsWith(p))) continue;
    key = ALIASES[key] ?? key;
    // The new name wins when an openrc sets both.
    if (key in out && name !== `OS_${key.toUpperCase()}`) continue;
    out[key] = value;
  }
  return out;
}

/** Keys that describe who is authenticating (as opposed to where and how endpoints are chosen). */
export const CREDENTIAL_KEYS = new Set([
  'auth_type',
  'username',
  'user_id',
  'password',
  'user_domain_id',
  'user_domain_name',
  'project_id',
  'project_name',
  'project_domain_id',
  'project_domain_name',
  'domain_id',
  'domain_name',
  'default_domain_id',
  'default_domain_name',
  'token',
  'application_credential_id',
  'application_credential_name',
  'application_credential_secret',
  'identity_provider',
  'protocol',
  'client_id',
  'client_secret',
  'discovery_endpoint',
  'access_token_endpoint',
  'access_token_type',
  'access_token',
  'openid_scope',
  'device_authorization_endpoint',
  'code_challenge_method',
]);

/** Settings whose values are secrets. */
export const SECRET_SETTINGS = [
  'password',
  'token',
  'application_credential_secret',
  'client_secret',
  'access_token',
] as const;

/** Auth types whose credentials live outside the settings (a login at the identity provider). */
const LOGIN_AUTH_TYPES = new Set(['v3oidcdeviceauthz', 'v3chameleonoidc']);

export function hasCredentials(settings: Settings): boolean {
  if (LOGIN_AUTH_TYPES.has((settings.auth_type ?? '').toLowerCase())) return true;
  return [
    'password',
    'token',
    'application_credential_secret',
    'access_token',
    'application_credential_id',
    'username',
    'user_id',
  ].some((k) => settings[k] !== undefined);
}

/** The name of the variable a user sets for a setting, for error messages. */
export function envName(key: string): string {
  return `OS_${key.toUpperCase()}`;
}
