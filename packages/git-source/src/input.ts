// The flags that say which repository to get and how (--repo or a piped repository, --ref, --workdir, --git-client,
// --max-size, --timeout, --allow-local-http) → what openRepository needs. Every command that gets a repository reads
// them here, so they all read them alike. Nothing here talks to the network.
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { UsageError, firstOf, isErrno, parseDuration, registerSecret, type Envelope } from '@envboot/core';
import type { ArgsOf } from '@envboot/core/cli';
import { parseSize } from './limits.js';
import type { GitEnv } from './native-git.js';
import { defaultCacheDir, type GitClient } from './open.js';
import { checkRef, parseRepoSpec, type RepoSpec } from './spec.js';

/** The flags read here, as the commands that take them declare them. */
type SourceFlags = {
  repo: { type: 'string' };
  ref: { type: 'string' };
  workdir: { type: 'string' };
  'git-client': { type: 'string' };
  'max-size': { type: 'string' };
  timeout: { type: 'string' };
  'allow-local-http': { type: 'boolean' };
};

/** The repository flags as a command hands them over (under their names and camelCase names, as yargs sets them). */
export type SourceArgs = ArgsOf<SourceFlags>;

export interface SourceInput {
  repo: RepoSpec;
  ref: string | null;
  workdir: string | null;
  cacheDir: string;
  gitClient: GitClient;
  git: GitEnv;
  maxBytes: number;
  timeoutMs: number;
  maxFiles: number;
}

const GIT_CLIENTS: readonly GitClient[] = ['auto', 'native', 'isomorphic'];

export const SOURCE_DEFAULTS = {
  maxSize: '1g',
  timeout: '5m',
  maxFiles: 500_000,
} as const;

/** Where relative paths start, what "~" means, and the environment git children see part of. */
export interface InputEnvironment {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  home?: string;
}

/** Variables git children may see: the caller's environment without GIT_* overrides and without secrets. */
const GIT_KEEP =
  /^(PATH|HOME|USER|LANG|LC_\w+|TMPDIR|XDG_CONFIG_HOME|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY|all_proxy|ALL_PROXY|SSL_CERT_FILE|SSL_CERT_DIR|GIT_SSL_CAINFO|GIT_SSL_CAPATH|CURL_CA_BUNDLE)$/;

export function gitEnvironment(env: NodeJS.ProcessEnv, allowHttp: boolean): GitEnv {
  const kept: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && GIT_KEEP.test(k)) kept[k] = v;
  return { env: kept, allowHttp };
}

/** "90" (seconds), "90s", "5m", "1h" → milliseconds. */
export function parseSeconds(value: unknown, flag: string): number {
  const text = String(value ?? '')
    .trim()
    .toLowerCase();
  const seconds = /^\d+(\.\d+)?$/.test(text)
    ? Number(text)
    : /^\d+(\.\d+)?s$/.test(text)
      ? Number(text.slice(0, -1))
      : null;
  if (seconds !== null) {
    if (seconds <= 0) throw new UsageError(`--${flag} must be longer than zero`, { field: flag });
    return Math.round(seconds * 1000);
  }
  return parseDuration(text, flag) * 60_000;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch (err) {
    // Nothing there, nothing this user may look at, or text too long to be a path (it may be a URL).
    if (isErrno(err, 'ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'ELOOP', 'EACCES', 'EPERM')) return false;
    throw err;
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The repository to get and how: a flag always wins over the piped repository. */
export function toSourceInput(
  args: SourceArgs,
  upstream: Envelope | undefined,
  where: InputEnvironment = {},
): SourceInput {
  const env = where.env ?? process.env;
  const cwd = where.cwd ?? process.cwd();
  const home = where.home ?? homedir();
  const pipedRepo: { url?: unknown; path?: unknown } = upstream?.context.repo ?? {};
  const rawRepo = firstOf(str(args.repo), str(pipedRepo.url), str(pipedRepo.path));
  if (!rawRepo) {
    throw new UsageError(
      '--repo is required: an https URL, github.com/owner/repo, owner/repo or a directory',
      {
        field: 'repo',
        code: 'USAGE',
      },
    );
  }
  const allowHttp = args.allowLocalHttp === true || args['allow-local-http'] === true;
  const repo = parseRepoSpec(rawRepo, {
    allowHttpLoopback: allowHttp,
    isDirectory: (p) => isDirectory(p.startsWith('/') ? p : resolve(cwd, p.replace(/^~(?=\/)/, home))),
    resolvePath: (p) => resolve(cwd, p.replace(/^~(?=\/)/, home)),
  });
  if (repo.kind === 'url') for (const s of repo.secrets) registerSecret(s);

  const ref = str(args.ref) ? checkRef(str(args.ref)!) : null;
  const workdir = str(args.workdir) ? resolve(cwd, str(args.workdir)!.replace(/^~(?=\/)/, home)) : null;
  if (workdir && repo.kind === 'local') {
    throw new UsageError('--workdir is for URLs: a local directory is read where it is', {
      field: 'workdir',
    });
  }
  const requestedClient = str(args.gitClient) ?? str(args['git-client']) ?? 'auto';
  const gitClient = GIT_CLIENTS.find((client) => client === requestedClient);
  if (!gitClient) {
    throw new UsageError(`--git-client must be auto, native or isomorphic, got ${requestedClient}`, {
      field: 'git-client',
    });
  }

  return {
    repo,
    ref,
    workdir,
    cacheDir: defaultCacheDir(env, home),
    gitClient,
    git: gitEnvironment(env, allowHttp),
    maxBytes: parseSize(args.maxSize ?? args['max-size'] ?? SOURCE_DEFAULTS.maxSize),
    timeoutMs: parseSeconds(args.timeout ?? SOURCE_DEFAULTS.timeout, 'timeout'),
    maxFiles: SOURCE_DEFAULTS.maxFiles,
  };
}
