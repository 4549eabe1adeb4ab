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

/** What yargs hands every step, at the simulator. */
type SimLine = { _: (string | number)[]; $0: string; site: string };

/** Parsed arguments as yargs would hand them to a step: `args` keep their types, for the step's input builder to check. */
export function stepArgs(): SimLine;
export function stepArgs<const A extends object>(args: A): SimLine & A;
export function stepArgs(args: object = {}): SimLine {
  return { _: [], $0: 'envboot', site: 'sim', ...args };
}
