// Step contexts for tests that call a command's run() in-process against a simulator.
import { silentLogger, type StepContext } from '@envboot/core';
import { createProgress } from '@envboot/core/cli';

export function baseContext(options: { dryRun?: boolean; signal?: AbortSignal } = {}): StepContext {
  const log = silentLogger();
  return {
    log,
    signal: options.signal ?? new AbortController().signal,
    dryRun: options.dryRun ?? false,
    metrics: { requests: 0, auth_requests: 0, retries: 0 },
    progress: createProgress(log, { tty: false }),
  };
}

/** The environment a client needs to reach a simulator as `--site sim` with its default identity. */
export function simEnv(simUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ENVBOOT_SIM_URL: simUrl, ENVBOOT_TOKEN_CACHE: '0', HOME: '/nonexistent', ...extra };
}

/** Parsed arguments as yargs would hand them to a step. */
export function stepArgs(args: Record<string, unknown> = {}) {
  return { _: [], $0: 'envboot', site: 'sim', ...args };
}
