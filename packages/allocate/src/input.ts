// allocate's flags and piped values → its input.
import { homedir } from 'node:os';
import { UsageError, wholeNumber, type Envelope } from '@envboot/core';
import { leaseRefFrom } from '@envboot/leases';
import type { blazar, reference } from '@envboot/openstack';
import type { AllocateArgs } from './cli.js';

/** --repo and its flags as given: checked by git-source's rules when the step runs, so start-up never loads them. */
export interface CheckoutRequest {
  repo: string;
  /** Branch or tag (null: the remote's default branch). */
  branch: string | null;
  /** Where the files go (null: ./<repository name> for a URL; a local directory is used where it is). */
  workdir: string | null;
  /** Clone time limit: seconds, or 90s, 5m. */
  timeout: string;
  maxSize: string | null;
  /** Also accept http:// URLs on the loopback interface (local Git servers). */
  allowLocalHttp: boolean;
  /** Where relative paths start and what "~" means. */
  cwd: string;
  home: string;
  /** The environment git children see part of. */
  env: NodeJS.ProcessEnv;
}

export interface AllocateInput {
  lease: string;
  /** Make sure this many floating IPs are available to the lease (null: only report them). */
  floatingIps: number | null;
  /** Also put a repository into a working directory, as the original api-5 did (null: no --repo). */
  checkout: CheckoutRequest | null;
  /**
   * The site's Blazar hosts and reference nodes, when the caller has just read them (provision does): they are not
   * read again. Their hardware does not change while a lease starts.
   */
  known?: KnownSite;
}

export interface KnownSite {
  hosts: blazar.Host[];
  nodes: reference.Node[];
}

/** The original api-5's clone time limit. */
export const DEFAULT_TIMEOUT_SECONDS = 600;

export interface InputEnvironment {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  home?: string;
}

function given(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return String(value).trim();
}

export function toInput(
  args: AllocateArgs,
  upstream: Envelope | undefined,
  where: InputEnvironment = {},
): AllocateInput {
  return {
    lease: leaseRefFrom({ lease: args.lease, reservationId: args.reservationId }, upstream),
    floatingIps: wholeNumber(args.floatingIps, 'floating-ips', 0),
    checkout: checkoutFrom(args, where),
  };
}

function checkoutFrom(args: AllocateArgs, where: InputEnvironment): CheckoutRequest | null {
  const flags = {
    branch: given(args.branch),
    workdir: given(args.workdir),
    timeout: given(args.timeout),
    'max-size': given(args.maxSize ?? args['max-size']),
  };
  const repo = given(args.repo);
  if (repo === null) {
    const stray = Object.entries(flags).find(([, v]) => v !== null)?.[0];
    if (stray) {
      throw new UsageError(`--${stray} goes with --repo: which repository?`, {
        field: stray,
        hint: 'Add --repo URL (or a local directory), or leave out the repository flags.',
      });
    }
    return null;
  }
  return {
    repo,
    branch: flags.branch || null,
    workdir: flags.workdir || null,
    timeout: flags.timeout || String(DEFAULT_TIMEOUT_SECONDS),
    maxSize: flags['max-size'] || null,
    allowLocalHttp: args.allowLocalHttp === true || args['allow-local-http'] === true,
    cwd: where.cwd ?? process.cwd(),
    home: where.home ?? homedir(),
    env: where.env ?? process.env,
  };
}
