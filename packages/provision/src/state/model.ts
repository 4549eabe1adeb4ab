// What a provision run records about itself: enough to resume it or to delete what it created, and no secret.
import type { ErrorObject, LaunchData, LeaseData, PlanData, SetupData } from '@envboot/core';

export const STEP_NAMES = [
  'connect',
  'analyze',
  'plan',
  'capacity',
  'keypair',
  'lease',
  'lease_active',
  'allocate',
  'launch',
  'server_active',
  'floating_ip',
  'ssh',
  'ssh_ready',
  'setup',
] as const;
export type StepName = (typeof STEP_NAMES)[number];

export type StepStatus = 'pending' | 'running' | 'done' | 'skipped' | 'failed';
export type RunStatus =
  'running' | 'completed' | 'failed' | 'interrupted' | 'cleaned' | 'planned' | 'dry_run';

export interface StepRecord {
  status: StepStatus;
  started_at: string | null;
  finished_at: string | null;
  elapsed_ms: number | null;
  requests: number | null;
}

/** The run's options as given (flags and the piped plan), so that --resume repeats the same run. */
export interface RunOptions {
  repo: string | null;
  ref: string | null;
  workdir: string | null;
  skipRepoClone: boolean;
  site: string;
  nodeType: string | null;
  image: string | null;
  nodes: number | null;
  durationMinutes: number | null;
  start: string | null;
  leaseName: string | null;
  /** An existing lease of the user's to run on (--lease: an id or a name). */
  lease?: string | null;
  /** Use an existing lease of the --lease-name when it fits the plan (--adopt-lease). */
  adoptLease?: boolean;
  /** Use the existing lease even when it does not fit the plan (--adopt-anyway). */
  adoptAnyway?: boolean;
  serverName: string | null;
  network: string | null;
  floatingIp: boolean;
  keyName: string | null;
  createKey: boolean;
  keyPath: string | null;
  skipLaunch: boolean;
  /** Wait until every server answers SSH and the key logs in (default; --no-wait-ssh: not). Absent in older runs. */
  waitSsh?: boolean;
  /** How long the servers are given to answer SSH (--ssh-timeout). */
  sshTimeoutSeconds?: number;
  keepOnFailure: boolean;
  /** Set the repository up on the servers once SSH answers (default; --no-setup: not). Absent in older runs. */
  setup?: boolean;
  /** The user's own check, run in the environment at the end of the set-up (--check). */
  check?: string | null;
  /** Where pip finds packages on the node (--pip-index-url, --pip-find-links, --pip-no-index). */
  pip?: { indexUrl: string | null; findLinks: string | null; noIndex: boolean } | null;
  /** How long the set-up may take (--setup-timeout). */
  setupTimeoutSeconds?: number;
  /** Delete what the run created when the set-up fails too (by default the servers are kept to look at). */
  cleanupOnFailure?: boolean;
  plugins: string[];
  ai: 'auto' | 'on' | 'off';
  /** Plain http on 127.0.0.1 for the repository (local Git servers, the demo). */
  allowLocalHttp: boolean;
  /** A plan that came down the pipe (analyze | provision). */
  pipedPlan: PlanData | null;
}

export interface RunState {
  version: 1;
  run_id: string;
  created_at: string;
  updated_at: string;
  status: RunStatus;
  /** The process working on the run, while it runs (a second process must not take it over). */
  pid: number | null;
  options: RunOptions;
  steps: Record<StepName, StepRecord>;
  /** `url`: what a node clones (https, no credentials); null for a local directory. */
  repo: { source: string; commit: string | null; path: string | null; url?: string | null } | null;
  requirements: Record<string, unknown> | null;
  plan: PlanData | null;
  window: { start: string; end: string; duration_minutes: number } | null;
  key: { name: string; created: boolean; private_key_path: string | null } | null;
  /** The lease's name is recorded before it is created, so an interrupted create can be found again. */
  lease: {
    id: string | null;
    name: string;
    host_reservation_id: string | null;
    floatingip_reservation_id: string | null;
    /** When the create was sent, by the cloud's clock: a lease of the name created since then is the run's. */
    requested_at?: string;
    /** The user's own lease, which the run was told to use: never deleted by the run or its clean-up. */
    adopted?: boolean;
  } | null;
  servers: Array<{ id: string | null; name: string }>;
  floating_ips: Array<{ id: string; address: string; created: boolean }>;
  ssh: string[];
  /** What the envelope shows of the lease, the hosts and the servers (no secrets in any of them). */
  outputs: {
    lease: LeaseData | null;
    hosts: Array<{ uuid: string; hostname: string | null; node_type: string | null; host_id?: string }>;
    servers: LaunchData['servers'];
  };
  /** The repository set up on the servers (the setup step). */
  environment?: SetupData['environment'] | null;
  failed_step: StepName | null;
  error: ErrorObject | null;
  removed: Resource[];
  remaining: Resource[];
}

/** Something in the cloud a run created, or adopted (used without owning it). */
export interface Resource {
  type: 'lease' | 'server' | 'floating_ip' | 'keypair';
  id: string;
  name: string | null;
}

export function emptySteps(): Record<StepName, StepRecord> {
  return Object.fromEntries(
    STEP_NAMES.map((n) => [
      n,
      { status: 'pending', started_at: null, finished_at: null, elapsed_ms: null, requests: null },
    ]),
  ) as Record<StepName, StepRecord>;
}

export function newState(runId: string, options: RunOptions, now = new Date()): RunState {
  const at = now.toISOString();
  return {
    version: 1,
    run_id: runId,
    created_at: at,
    updated_at: at,
    status: 'running',
    pid: null,
    options,
    steps: emptySteps(),
    repo: null,
    requirements: null,
    plan: null,
    window: null,
    key: null,
    lease: null,
    servers: [],
    floating_ips: [],
    ssh: [],
    outputs: { lease: null, hosts: [], servers: [] },
    failed_step: null,
    error: null,
    removed: [],
    remaining: [],
  };
}
