// Secrets never leak. Three worlds, one per way of authenticating (password, application credential, OIDC
// password grant with a client secret), each with a password, an application-credential secret, an OIDC client
// secret and an OpenAI key of its own set in every run. Every command runs through the built bin at debug level,
// with the right credential (successes, and errors on purpose: a missing lease, a missing image, a provision that
// fails after it created things, a model that fails) and with a wrong one (AUTH). The site and the model are
// careless: each error they answer echoes what the request carried. Then every stdout, every stderr and every file
// under the world's HOME (state, cache, config, keys, temporary files, the working directory) is searched for every
// secret, plain and encoded: there must be none.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  exitCodeFor,
  type AnalysisData,
  type Envelope,
  type ErrorCode,
  type LeaseData,
  type ProvisionData,
  type RunsData,
} from '@envboot/core';
import {
  REPO_ROOT,
  createBareRepo,
  envelopeOf,
  hasStackTrace,
  sampleEnvelope,
  startGitServer,
  type CliRun,
  type GitServer,
} from '@envboot/testkit';
import type { ModelMode } from './support/secrets-model.js';
import {
  describeHit,
  filesUnder,
  findSecrets,
  type Haystack,
  type Hit,
  type Secret,
} from './support/secrets-search.js';
import { runIn, startSecretsWorld, type AuthKind, type SecretsWorld } from './support/secrets-world.js';

const KINDS: AuthKind[] = ['password', 'appcred', 'oidc'];
const MISSING_LEASE_ID = '00000000-0000-4000-8000-000000000000';

/** What a step learned that later steps use. */
interface Found {
  leaseId?: string;
  completedRun?: string;
  failedRun?: string;
}

interface Step {
  /** The command, as the first argument. */
  command: string;
  /** What this run of it is about. */
  about: string;
  credential: 'right' | 'wrong';
  args(found: Found, repo: string, kind: AuthKind): string[];
  input?: string;
  expect: 'ok' | ErrorCode;
  /** How the model answers during the run. */
  model?: ModelMode;
  /** A fault in force during the run. */
  fault?: Parameters<SecretsWorld['world']['sim']['setFaults']>[0];
  /** Further checks of the envelope; problems found. */
  check?(envelope: Envelope, found: Found): string[];
  record?(envelope: Envelope, found: Found): void;
}

const site = ['--site', 'sim'];
const lease = (found: Found) => found.leaseId ?? MISSING_LEASE_ID;
const leaseName = (kind: AuthKind) => `secrets-${kind}`;
const aiStatus = (envelope: Envelope) => (envelope.data as AnalysisData | null)?.ai?.status;
const expectAi = (status: string) => (envelope: Envelope) =>
  aiStatus(envelope) === status ? [] : [`the model's answer: ${aiStatus(envelope)}, expected ${status}`];

/** With the right credential, in order: each success and each error on purpose. */
const RIGHT: Step[] = [
  {
    command: 'capacity',
    about: 'free hosts',
    credential: 'right',
    args: () => ['capacity', ...site, '--node-type', 'compute_skylake', '--nodes', '1', '--duration', '4h'],
    expect: 'ok',
  },
  {
    command: 'lease-create',
    about: 'a lease',
    credential: 'right',
    args: (_f, _r, kind) => [
      'lease-create',
      ...site,
      '--node-type',
      'compute_skylake',
      '--duration',
      // The longest a site allows: 5 minutes of real time at 2000×, so the lease outlives every later step even
      // when a busy machine makes them slow.
      '7d',
      '--name',
      leaseName(kind),
    ],
    expect: 'ok',
    record: (envelope, found) => {
      found.leaseId = (envelope.data as LeaseData).lease_id ?? undefined;
    },
  },
  {
    command: 'lease-status',
    about: 'until the lease is active',
    credential: 'right',
    args: (found) => ['lease-status', lease(found), ...site, '--wait', '86400'],
    expect: 'ok',
  },
  {
    command: 'lease-status',
    about: 'a missing lease',
    credential: 'right',
    args: () => ['lease-status', MISSING_LEASE_ID, ...site],
    expect: 'NOT_FOUND',
  },
  {
    command: 'allocate',
    about: 'a floating IP for the lease',
    credential: 'right',
    args: (found) => ['allocate', lease(found), ...site, '--floating-ips', '1'],
    expect: 'ok',
  },
  {
    command: 'launch',
    about: 'an image that does not exist',
    credential: 'right',
    args: (found) => ['launch', lease(found), ...site, '--image', 'No-Such-Image', '--wait', '3600'],
    expect: 'NOT_FOUND',
  },
  {
    command: 'launch',
    about: 'a server on the lease',
    credential: 'right',
    args: (found) => ['launch', lease(found), ...site, '--image', 'CC-Ubuntu22.04', '--wait', '3600'],
    expect: 'ok',
  },
  {
    command: 'lease-delete',
    about: 'the lease',
    credential: 'right',
    args: (_f, _r, kind) => ['lease-delete', leaseName(kind), ...site, '--yes', '--wait', '600'],
    expect: 'ok',
  },
  {
    command: 'lease-delete',
    about: 'a missing lease',
    credential: 'right',
    args: () => ['lease-delete', 'secrets-no-such-lease', ...site, '--yes'],
    expect: 'NOT_FOUND',
  },
  {
    command: 'analyze',
    about: 'a repository, the model answering',
    credential: 'right',
    args: (_f, repo) => ['analyze', '--repo', repo, '--allow-local-http', ...site],
    model: 'answer',
    expect: 'ok',
    check: expectAi('used'),
  },
  {
    command: 'analyze',
    about: 'the model refusing the key (401 quoting it)',
    credential: 'right',
    args: (_f, repo) => ['analyze', '--repo', repo, '--allow-local-http', ...site],
    model: 'refuse-401',
    expect: 'ok',
    check: expectAi('failed'),
  },
  {
    command: 'provision',
    about: 'a whole run, with a new key pair',
    credential: 'right',
    args: (_f, repo, kind) => [
      'provision',
      '--repo',
      repo,
      '--allow-local-http',
      ...site,
      '--yes',
      '--create-key',
      '--lease-name',
      `${leaseName(kind)}-run`,
    ],
    model: 'answer',
    expect: 'ok',
    record: (envelope, found) => {
      found.completedRun = (envelope.data as ProvisionData).run_id;
    },
    check: (envelope) =>
      (envelope.data as ProvisionData).key?.private_key_path ? [] : ['no private key written'],
  },
  {
    command: 'provision',
    about:
      'a run that fails after creating a lease and a server (no floating IP left; the model failing with 500)',
    credential: 'right',
    args: (_f, repo, kind) => [
      'provision',
      '--repo',
      repo,
      '--allow-local-http',
      ...site,
      '--yes',
      '--keep-on-failure',
      '--lease-name',
      `${leaseName(kind)}-failed`,
    ],
    model: 'fail-500',
    fault: { floatingIpPool: 0 },
    expect: 'INSUFFICIENT_CAPACITY',
    record: (envelope, found) => {
      found.failedRun = (envelope.data as ProvisionData | null)?.run_id;
    },
    check: (envelope) => {
      const created = (envelope.data as ProvisionData | null)?.created ?? [];
      return created.some((r) => r.type === 'server') ? [] : ['the failed run created no server'];
    },
  },
  {
    command: 'runs',
    about: 'the two runs',
    credential: 'right',
    args: () => ['runs'],
    expect: 'ok',
    check: (envelope, found) => {
      const ids = (envelope.data as RunsData).runs.map((r) => r.run_id);
      return [found.completedRun, found.failedRun].every((id) => id && ids.includes(id))
        ? []
        : [`runs lists ${ids.join(', ')}`];
    },
  },
];

/** With the wrong credential: every command (those that use the cloud fail with AUTH), any order. */
const WRONG_ARGS: Array<[command: string, args: Step['args']]> = [
  ['capacity', () => ['capacity', ...site, '--node-type', 'compute_skylake', '--duration', '4h']],
  [
    'lease-create',
    () => ['lease-create', ...site, '--node-type', 'compute_skylake', '--name', 'secrets-wrong'],
  ],
  ['lease-status', () => ['lease-status', MISSING_LEASE_ID, ...site]],
  ['lease-delete', () => ['lease-delete', 'secrets-wrong', ...site, '--yes']],
  ['allocate', () => ['allocate', MISSING_LEASE_ID, ...site, '--floating-ips', '1']],
  ['launch', () => ['launch', MISSING_LEASE_ID, ...site, '--image', 'CC-Ubuntu22.04']],
  ['analyze', (_f, repo) => ['analyze', '--repo', repo, '--allow-local-http', ...site]],
  ['provision', (_f, repo) => ['provision', '--repo', repo, '--allow-local-http', ...site, '--yes']],
  ['runs', () => ['runs']],
  ['cleanup', (found) => ['cleanup', found.failedRun ?? 'prov-20000101-0000-000000', '--yes']],
  ['validate', () => ['validate']],
];
const WRONG: Step[] = WRONG_ARGS.map(([command, args]) => ({
  command,
  about: 'the wrong credential',
  credential: 'wrong',
  args,
  input: command === 'validate' ? `${JSON.stringify(sampleEnvelope())}\n` : undefined,
  model: 'answer',
  expect: command === 'runs' || command === 'validate' ? 'ok' : 'AUTH',
}));

/** With the right credential again: the runs cleaned up, and what needs no cloud. */
const AFTER: Step[] = [
  {
    command: 'cleanup',
    about: 'the completed run',
    credential: 'right',
    args: (found) => ['cleanup', found.completedRun ?? 'prov-20000101-0000-000000', '--yes'],
    expect: 'ok',
  },
  {
    command: 'cleanup',
    about: 'the failed run',
    credential: 'right',
    args: (found) => ['cleanup', found.failedRun ?? 'prov-20000101-0000-000000', '--yes'],
    expect: 'ok',
  },
  { command: 'runs', about: 'the cleaned runs', credential: 'right', args: () => ['runs'], expect: 'ok' },
  {
    command: 'validate',
    about: 'an envelope',
    credential: 'right',
    args: () => ['validate'],
    input: `${JSON.stringify(sampleEnvelope())}\n`,
    expect: 'ok',
  },
  {
    command: 'validate',
    about: 'a document that is no envelope',
    credential: 'right',
    args: () => ['validate'],
    input: '{"x":1}\n',
    expect: 'INVALID_INPUT',
  },
];

/** Commands that talk to the cloud, and so have debug lines to print. */
const OFFLINE = new Set(['runs', 'validate']);

interface Outcome {
  kind: AuthKind;
  step: Step;
  run: CliRun;
  actual: string;
  problems: string[];
}

const outcomes: Outcome[] = [];
const haystacks: Haystack[] = [];
const allSecrets: Secret[] = [];
const worlds = new Map<AuthKind, SecretsWorld>();
const gitRoot = mkdtempSync(join(tmpdir(), 'rel-secrets-git-'));
let git: GitServer | undefined;

async function runStep(w: SecretsWorld, step: Step, found: Found, repo: string): Promise<void> {
  if (step.model) w.model.mode = step.model;
  if (step.fault) w.world.sim.setFaults(step.fault);
  const args = [...step.args(found, repo, w.kind), '--log-level', 'debug'];
  const run = await runIn(w.cwd, args, {
    env: w.env(step.credential),
    input: step.input,
    timeoutMs: 120_000,
  });
  if (step.fault) w.world.sim.clearFaults();
  const problems: string[] = [];
  let envelope: Envelope | null = null;
  try {
    envelope = envelopeOf(run);
  } catch (err) {
    problems.push(`stdout is not one valid envelope: ${(err as Error).message.slice(0, 300)}`);
  }
  const actual = envelope ? (envelope.ok ? 'ok' : envelope.error!.code) : '?';
  if (actual !== step.expect)
    problems.push(`expected ${step.expect}, got ${actual}: ${run.stdout.slice(0, 600)}`);
  const exit = step.expect === 'ok' ? 0 : exitCodeFor(step.expect);
  if (run.code !== exit) problems.push(`exit ${run.code}, expected ${exit}`);
  if (hasStackTrace(run.stdout) || hasStackTrace(run.stderr)) problems.push('a stack trace was printed');
  if (!OFFLINE.has(step.command) && !/"level":20[,}]/.test(run.stderr))
    problems.push('no debug line on stderr');
  if (envelope) {
    step.record?.(envelope, found);
    problems.push(...(step.check?.(envelope, found) ?? []));
  }
  outcomes.push({ kind: w.kind, step, run, actual, problems });
  const name = `${step.command} (${step.about}, ${w.kind} world)`;
  haystacks.push({ where: `stdout of ${name}`, bytes: Buffer.from(run.stdout) });
  haystacks.push({ where: `stderr of ${name}`, bytes: Buffer.from(run.stderr) });
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

async function runWorld(kind: AuthKind, repo: string): Promise<void> {
  const w = await startSecretsWorld(kind, 2000);
  worlds.set(kind, w);
  allSecrets.push(...Object.values(w.secrets));
  const found: Found = {};
  for (const step of RIGHT) await runStep(w, step, found, repo);
  await pool(WRONG, 3, (step) => runStep(w, step, found, repo));
  for (const step of AFTER) await runStep(w, step, found, repo);
  // Everything the runs left under HOME: state files, the token cache, keys, clones, temporary files, the cwd.
  for (const file of filesUnder(w.world.home))
    haystacks.push({ where: `${file.where} (${kind} world)`, bytes: file.bytes });
}

beforeAll(async () => {
  await createBareRepo(gitRoot, {
    name: 'cpu-analysis',
    dir: join(REPO_ROOT, 'examples/repos/cpu-analysis'),
  });
  git = await startGitServer({ root: gitRoot });
  const repo = git.repoUrl('cpu-analysis');
  // Every world runs to its end before any is closed, even when one fails.
  const settled = await Promise.allSettled(KINDS.map((kind) => runWorld(kind, repo)));
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
}, 300_000);

afterAll(async () => {
  await Promise.all([...worlds.values()].map((w) => w.close()));
  await git?.close();
  rmSync(gitRoot, { recursive: true, force: true });
});

describe.each(KINDS)('the %s world', (kind) => {
  it('ran every command as intended, at debug level', () => {
    const mine = outcomes.filter((o) => o.kind === kind);
    expect(mine).toHaveLength(RIGHT.length + WRONG.length + AFTER.length);
    const commands = new Set(mine.map((o) => o.step.command));
    expect([...commands].sort()).toEqual(
      [
        'allocate',
        'analyze',
        'capacity',
        'cleanup',
        'lease-create',
        'lease-delete',
        'lease-status',
        'launch',
        'provision',
        'runs',
        'validate',
      ].sort(),
    );
    const problems = mine.flatMap((o) => o.problems.map((p) => `${o.step.command} (${o.step.about}): ${p}`));
    expect(problems).toEqual([]);
  });

  it('sent its secrets where they belong, and was answered with them echoed back', () => {
    const w = worlds.get(kind)!;
    const calls = w.gate.calls;
    const statuses = (k: string) => new Set(calls.filter((c) => c.kind === k).map((c) => c.status));
    const echoed = (s: Secret) => calls.some((c) => c.echo?.includes(s.value));
    if (kind === 'password') {
      expect([...statuses('keystone-password')].sort()).toEqual([201, 401]);
      expect(echoed(w.secrets.wrong)).toBe(true);
    }
    if (kind === 'appcred') {
      expect([...statuses('keystone-appcred')].sort()).toEqual([201, 401]);
      expect(echoed(w.secrets.wrong)).toBe(true);
    }
    if (kind === 'oidc') {
      // The identity provider was reached: its discovery document, then its token endpoint, which took the
      // right client secret and refused the wrong one (echoing it, and the form-encoded password).
      expect(statuses('idp-discovery').has(200)).toBe(true);
      expect([...statuses('idp-token')].sort()).toEqual([200, 401]);
      expect(statuses('federation').has(201)).toBe(true);
      expect(echoed(w.secrets.wrong)).toBe(true);
      expect(calls.some((c) => c.echo?.includes(encodeURIComponent(w.secrets.password.value)))).toBe(true);
    }
    // The services' errors (a missing lease, no floating IP) echoed the token.
    expect(
      calls.some((c) => c.kind === 'service' && c.status === 404 && c.echo?.includes('X-Auth-Token')),
    ).toBe(true);
    // The model was called with the key, answered, and echoed it in a 401 and a 500.
    const key = `Bearer ${w.secrets.openaiKey.value}`;
    const modelStatuses = new Set(w.model.calls.filter((c) => c.authorization === key).map((c) => c.status));
    expect([...modelStatuses].sort()).toEqual([200, 401, 500]);
  });

  it('left the state files of its runs, a private key and cached tokens to search', () => {
    const files = haystacks.filter(
      (h) => h.where.startsWith('file ~/') && h.where.endsWith(`(${kind} world)`),
    );
    const under = (dir: string) => files.filter((f) => f.where.startsWith(`file ~/${dir}/`)).length;
    // The completed run, the failed one, and the one the wrong credential stopped.
    expect(under('state/envboot/runs')).toBe(3);
    expect(under('state/envboot/keys')).toBeGreaterThanOrEqual(1);
    expect(under('cache/envboot/tokens')).toBeGreaterThanOrEqual(2);
  });
});

describe('no secret anywhere', () => {
  it('finds none of the secrets, plain or encoded, in any stdout, stderr or file', () => {
    expect(allSecrets).toHaveLength(KINDS.length * 5);
    expect(haystacks.length).toBeGreaterThan(KINDS.length * 2 * (RIGHT.length + WRONG.length + AFTER.length));
    const hits: Hit[] = findSecrets(haystacks, allSecrets);
    expect(hits.map(describeHit)).toEqual([]);
  });
});
