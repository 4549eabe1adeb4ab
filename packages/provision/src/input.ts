// provision's flags (and a plan piped from analyze) → its input. The analysis input is built by analyze's own
// toInput, so `provision --repo …` and `analyze --repo …` read repositories the same way.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import {
  UsageError,
  optionalSeconds,
  parseDuration,
  planOf,
  readInputFileSync,
  wholeNumber,
  type Envelope,
} from '@envboot/core';
import { toInput as analyzeInput, type AnalyzeInput } from '@envboot/analyze/input';
import type { RunOptions } from './state/model.js';
import { stateDir } from './state/store.js';
import type { ProvisionArgs } from './cli.js';

export interface ProvisionInput {
  /** A run to continue (--resume), or null for a new one. */
  resume: string | null;
  options: RunOptions;
  /** How to read the repository (null with --skip-repo-clone or a piped plan). */
  analyze: AnalyzeInput | null;
  yes: boolean;
  stateDir: string;
  keysDir: string;
  home: string;
  /** The environment, with --env-file applied. */
  env: NodeJS.ProcessEnv;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The environment with the variables of an env file added (the file never overrides what is already set). */
export function withEnvFile(env: NodeJS.ProcessEnv, file: string | null): NodeJS.ProcessEnv {
  if (!file) return env;
  // A dotenv file of settings: a megabyte is far more than one holds.
  const text = readInputFileSync(file, { field: 'env-file', maxBytes: 2 ** 20 }).toString('utf8');
  return { ...parseEnv(text), ...env };
}

/** The URL of the repository an upstream command read (analyze's context), if any. */
function pipedRepoUrl(upstream: Envelope | undefined): string | null {
  const repo: { url?: unknown } = upstream?.context.repo ?? {};
  return typeof repo.url === 'string' ? repo.url : null;
}

/** The run's options from flags and the pipe; `site` is filled in from the step context when the run starts. */
export function optionsFrom(args: ProvisionArgs, upstream: Envelope | undefined): RunOptions {
  const plan = planOf(upstream) ?? null;
  const plugins = [args.plugin ?? []].flat().map(String);
  const duration = str(args.duration) ?? (typeof args.duration === 'number' ? String(args.duration) : null);
  return {
    repo: str(args.repo) ?? pipedRepoUrl(upstream),
    ref: str(args.ref),
    workdir: str(args.workdir),
    skipRepoClone: args.skipRepoClone === true,
    site: '',
    nodeType: str(args.nodeType),
    image: str(args.image),
    nodes: wholeNumber(args.nodes, 'nodes'),
    durationMinutes: duration ? parseDuration(duration, 'duration') : null,
    start: str(args.start),
    leaseName: str(args.leaseName),
    lease: str(args.lease),
    adoptLease: args.adoptLease === true || args.adoptAnyway === true,
    adoptAnyway: args.adoptAnyway === true,
    serverName: str(args.serverName),
    network: str(args.network),
    floatingIp: args.floatingIp !== false,
    keyName: str(args.keyName),
    createKey: args.createKey === true,
    keyPath: str(args.keyPath),
    skipLaunch: args.skipLaunch === true,
    waitSsh: args.waitSsh !== false,
    ...sshTimeoutFrom(args),
    keepOnFailure: args.keepOnFailure === true,
    ...setupOptionsFrom(args),
    plugins,
    ai: args.ai === true ? 'on' : args.ai === false ? 'off' : 'auto',
    allowLocalHttp: args.allowLocalHttp === true,
    pipedPlan: plan,
  };
}

/** The set-up's flags: --no-setup, --check, where pip finds packages, --setup-timeout, --cleanup-on-failure. */
function setupOptionsFrom(
  args: ProvisionArgs,
): Pick<RunOptions, 'setup' | 'check' | 'pip' | 'setupTimeoutSeconds' | 'cleanupOnFailure'> {
  const setup = args.setup !== false;
  const check = str(args.check);
  const pip = {
    indexUrl: str(args.pipIndexUrl),
    findLinks: str(args.pipFindLinks),
    noIndex: args.pipNoIndex === true,
  };
  const timeout = optionalSeconds(args.setupTimeout, 'setup-timeout', null);
  if (!setup && (check || pip.indexUrl || pip.findLinks || pip.noIndex || timeout !== null)) {
    throw new UsageError('--check, --pip-* and --setup-timeout shape the set-up: not with --no-setup', {
      field: 'setup',
      code: 'USAGE',
    });
  }
  for (const [flag, url] of [
    ['pip-index-url', pip.indexUrl],
    ['pip-find-links', pip.findLinks],
  ] as const) {
    // The URL goes into the node's user data and the run's state: a password in it would be left in both.
    if (url && /^[a-z][a-z0-9+.-]*:\/\/[^/@]*@/i.test(url)) {
      throw new UsageError(`--${flag} must not carry credentials`, {
        field: flag,
        code: 'USAGE',
        hint: "Give the index's credentials to pip on the node (a netrc or pip.conf there), not in the URL.",
      });
    }
  }
  if (pip.noIndex && !pip.findLinks) {
    throw new UsageError('--pip-no-index leaves pip nowhere to look: give --pip-find-links too', {
      field: 'pip-no-index',
      code: 'USAGE',
    });
  }
  return {
    setup,
    check,
    pip: pip.indexUrl || pip.findLinks || pip.noIndex ? pip : null,
    ...(timeout !== null ? { setupTimeoutSeconds: timeout } : {}),
    cleanupOnFailure: args.cleanupOnFailure === true,
  };
}

/** --ssh-timeout, when given (a run records it only then, so the default can change for a resumed run). */
function sshTimeoutFrom(args: ProvisionArgs): Pick<RunOptions, 'sshTimeoutSeconds'> {
  const seconds = optionalSeconds(args.sshTimeout, 'ssh-timeout', null);
  if (seconds === null) return {};
  if (args.waitSsh === false) {
    throw new UsageError('--ssh-timeout is how long the SSH check waits: not with --no-wait-ssh', {
      field: 'ssh-timeout',
      code: 'USAGE',
    });
  }
  return { sshTimeoutSeconds: seconds };
}

/** The analysis input for a run's options (also on --resume, from the recorded options). */
export function analyzeInputFor(
  options: RunOptions,
  env: NodeJS.ProcessEnv,
  home: string,
): AnalyzeInput | null {
  if (options.skipRepoClone || !options.repo) return null;
  return analyzeInput(
    {
      _: [],
      $0: 'envboot',
      repo: options.repo,
      ref: options.ref ?? undefined,
      workdir: options.workdir ?? undefined,
      nodeType: options.nodeType ?? undefined,
      image: options.image ?? undefined,
      nodes: options.nodes ?? undefined,
      // An explicit --nodes is honoured beyond the planner's default cap.
      maxNodes: options.nodes && options.nodes > 4 ? options.nodes : undefined,
      duration: options.durationMinutes ?? undefined,
      ai: options.ai === 'on' ? true : options.ai === 'off' ? false : undefined,
      allowLocalHttp: options.allowLocalHttp,
    },
    undefined,
    { env, home },
  );
}

export function toInput(
  args: ProvisionArgs,
  upstream: Envelope | undefined,
  baseEnv = process.env,
): ProvisionInput {
  const env = withEnvFile(baseEnv, str(args.envFile));
  const home = env.HOME || homedir();
  const resume = str(args.resume);
  const options = optionsFrom(args, upstream);
  if (!resume && !options.repo && !options.skipRepoClone && !options.pipedPlan) {
    throw new UsageError(
      '--repo is required (an https URL, github.com/owner/repo, owner/repo or a directory)',
      {
        field: 'repo',
        code: 'USAGE',
        hint: 'Or pipe a plan: envboot analyze --repo … | envboot provision; or --resume <run>.',
      },
    );
  }
  if (options.createKey && options.keyPath) {
    throw new UsageError(
      '--create-key makes a new key pair; --public-key imports an existing public key: not both',
      {
        field: 'public-key',
      },
    );
  }
  if (options.lease && options.leaseName) {
    throw new UsageError('--lease uses an existing lease; --lease-name names a new one: not both', {
      field: 'lease',
      hint: 'To use an existing lease by its name: --lease NAME (or --lease-name NAME --adopt-lease).',
    });
  }
  if (options.lease && options.start) {
    throw new UsageError("--start sets when a new lease starts; --lease runs on an existing lease's dates", {
      field: 'start',
    });
  }
  const dir = stateDir(env);
  return {
    resume,
    options,
    analyze: resume || options.pipedPlan ? null : analyzeInputFor(options, env, home),
    yes: args.yes === true,
    stateDir: dir,
    keysDir: join(dir, '..', 'keys'),
    home,
    env,
  };
}
