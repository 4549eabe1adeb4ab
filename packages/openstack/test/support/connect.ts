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
