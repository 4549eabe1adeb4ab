// @envboot/openstack: the cloud client every envboot command uses.
export { resolveCloudConfig, type ResolveOptions } from './config/resolve.js';
export type {
  CloudConfig,
  AuthConfig,
  AuthType,
  Scope,
  Interface,
  ConfigSource,
  PasswordAuth,
  ApplicationCredentialAuth,
  TokenAuth,
  OidcPasswordAuth,
  OidcAccessTokenAuth,
  OidcDeviceAuth,
} from './config/types.js';
export { login, LOGIN_AUTH_TYPES, type LoginOptions, type LoginResult } from './login.js';
export type { DeviceLoginPrompt } from './keystone/context.js';
export { devicePromptText } from './keystone/device-prompt.js';
export { connect, type Cloud, type ConnectOptions } from './connect.js';
export {
  createCloudContext,
  configurationPinsSite,
  warmCloud,
  type CloudStepContext,
  type CloudContextOptions,
  type CloudSelection,
} from './context.js';
export * from './sites/index.js';
export { CloudError, isCloudError, hasStatus, type CloudErrorInfo } from './cloud-error.js';
export { waitFor, type WaitOptions, type WaitProgress } from './wait.js';
export type { ServiceClient, ServiceRequest } from './service.js';
export type { CloudClock } from './clock.js';
export type { RetryPolicy, HttpFailure } from './transport/types.js';
export * as blazar from './blazar/index.js';
export * as nova from './nova/index.js';
export * as neutron from './neutron/index.js';
export * as glance from './glance/index.js';
export * as zun from './zun/index.js';
export * as reference from './reference/index.js';
export * as keystone from './keystone/index.js';
