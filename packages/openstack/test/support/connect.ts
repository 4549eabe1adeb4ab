// Connecting to a test cloud with fast retries and no shared state between tests.
import type { RequestMetrics } from '@envboot/core';
import { connect, resolveCloudConfig, type Cloud, type ConnectOptions } from '../../src/index.js';

export function newMetrics(): RequestMetrics {
  return { requests: 0, auth_requests: 0, retries: 0 };
}

export async function connectWith(
  env: NodeJS.ProcessEnv,
  options: ConnectOptions & { site?: string } = {},
): Promise<Cloud> {
  const { site, ...rest } = options;
  const config = await resolveCloudConfig({ env, site, cwd: '/nonexistent', home: '/nonexistent' });
  return connect(config, {
    tokenCache: false,
    shareToken: false,
    ...rest,
    retry: { delayScale: 0.01, ...rest.retry },
  });
}

/** What a promise rejected with; a test fails if it resolved. */
export async function rejection(
  promise: Promise<unknown>,
): Promise<Error & Record<string, unknown> & { code: string }> {
  try {
    await promise;
  } catch (err) {
    return err as Error & Record<string, unknown> & { code: string };
  }
  throw new Error('expected the call to fail, but it succeeded');
}
