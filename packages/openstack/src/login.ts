// `envboot login`: a device login at the terminal whose refresh token goes to ccauth's file, so that later runs
// (of envboot, ccauth or the OpenStack CLI) need no browser until it expires.
import { homedir } from 'node:os';
import { AuthError, silentLogger, type Logger } from '@envboot/core';
import { ccauthRefreshTokenFile } from './config/auth.js';
import type { CloudConfig, OidcDeviceAuth } from './config/types.js';
import { connect } from './connect.js';
import type { DeviceLoginPrompt } from './keystone/context.js';
import type { Principal } from './keystone/tokens.js';
import { openFileCache } from './token-cache/file.js';
import { memoryKey } from './token-cache/key.js';

export interface LoginOptions {
  /** Shows the code to the person at the terminal. */
  prompt: (p: DeviceLoginPrompt) => void;
  log?: Logger;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  home?: string;
  /** Waits between polls (tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface LoginResult {
  /** Where the refresh token was written. */
  file: string;
  user: Principal;
  project: Principal | null;
}

export const LOGIN_AUTH_TYPES = ['v3chameleonoidc', 'v3oidcdeviceauthz'] as const;

function deviceAuthOf(config: CloudConfig): OidcDeviceAuth {
  const { auth } = config;
  if (auth.type === 'v3chameleonoidc' || auth.type === 'v3oidcdeviceauthz') return auth;
  throw new AuthError(
    `envboot login logs in with auth_type v3chameleonoidc, but the cloud in use has ${auth.type}`,
    {
      code: 'AUTH_CONFIG',
      field: 'OS_AUTH_TYPE',
      hint:
        'Write a clouds.yaml entry with `ccauth clouds-yaml` (auth_type: v3chameleonoidc) and choose it with --os-cloud, ' +
        'or set OS_AUTH_TYPE=v3chameleonoidc with OS_AUTH_URL, OS_IDENTITY_PROVIDER, OS_PROTOCOL, OS_CLIENT_ID, ' +
        'OS_DISCOVERY_ENDPOINT and OS_PROJECT_ID (docs/configuration.md).',
    },
  );
}

/**
 * Logs in at the terminal (device authorization grant), stores the refresh token in ccauth's file, and checks the
 * login against Keystone. Tokens cached for this configuration are dropped: they may belong to another account.
 */
export async function login(config: CloudConfig, options: LoginOptions): Promise<LoginResult> {
  const auth = deviceAuthOf(config);
  const env = options.env ?? process.env;
  const file = auth.refreshTokenFile ?? ccauthRefreshTokenFile(env, options.home ?? env.HOME ?? homedir());
  const fresh: CloudConfig = {
    ...config,
    auth: { ...auth, type: 'v3chameleonoidc', refreshTokenFile: file, fresh: true },
  };
  const log = options.log ?? silentLogger();
  const cloud = await connect(fresh, {
    log,
    ...(options.signal ? { signal: options.signal } : {}),
    tokenCache: false,
    shareToken: false,
    deviceLogin: options.prompt,
    ...(options.sleep ? { deviceLoginSleep: options.sleep } : {}),
  });
  try {
    const cache = await openFileCache(config.cacheDir, log);
    const stale = { ...config, auth: { ...auth, type: 'v3chameleonoidc' as const, refreshTokenFile: file } };
    await cache?.drop(memoryKey(config), null);
    await cache?.drop(memoryKey(stale), null);
    return { file, user: cloud.user, project: cloud.project };
  } finally {
    cloud.close();
  }
}
