// Every command under every fault, through the built CLI against a simulator of its own: the command succeeds
// through retries or fails with the documented code, prints one schema-valid envelope and no stack trace, and the
// simulator shows no lease, server, floating IP or key pair that the command did not report as its product.
// The scenario × outcome table in docs/reliability.md is written from this run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EXIT_CODES,
  exitCodeFor,
  type AllocationData,
  type Envelope,
  type ErrorCode,
  type LaunchData,
  type LeaseData,
  type ProvisionData,
} from '@envboot/core';
import {
  REPO_ROOT,
  createBareRepo,
  envelopeOf,
  hasStackTrace,
  runCli,
  sampleEnvelope,
  startGitServer,
  type CliRun,
  type GitServer,
} from '@envboot/testkit';
import { markdownTable, writeSection } from './support/doc.js';
import { FAULTS, type Fault } from './support/faults.js';
import { makeLease, provisionRun, userKeyPair } from './support/setup.js';
import {
  alive,
  createdBetween,
  describeLeaks,
  leaksOf,
  removedBetween,
  startWorld,
  type Alive,
  type Created,
  type Product,
  type World,
} from './support/world.js';

// One Git server for every scenario, started by the first that needs it.
const gitRoot = mkdtempSync(join(tmpdir(), 'rel-git-'));
let git: Promise<GitServer> | undefined;
async function repoUrl(): Promise<string> {
  git ??= createBareRepo(gitRoot, {
    name: 'gpu-train',
    dir: join(REPO_ROOT, 'examples/repos/gpu-train'),
  }).then(() => startGitServer({ root: gitRoot }));
  return (await git).repoUrl('gpu-train');
}

/** How a scenario's command is run, what it may leave behind, and what it must remove. */
interface Prepared {
  args: string[];
  input?: string;
  /** Resources the command must have removed when it succeeds. */
  removes?: Partial<Created>;
}

interface Scenario {
  command: string;
  /** Virtual clock speed: low enough that a lease outlives a run slowed down by retries. */
  speed?: number;
  /** Its preparation is a whole run of its own, made before any fault (the fault is for the command alone). */
  setupBeforeFaults?: boolean;
  /** Faults under which the command must fail, with the code; under the others it must succeed. */
  fails?: Partial<Record<string, ErrorCode>>;
  prepare(world: World, fault: Fault): Promise<Prepared>;
  /** What a successful run was asked to create and reported (its leases, servers, addresses, key pairs). */
  product?(envelope: Envelope, after: Alive): Product;
}

const name = (command: string, fault: Fault) => `rel-${command}-${fault.id}`;
const addressIds = (after: Alive, addresses: Array<string | null | undefined>) =>
  [...after.floatingIps.values()].filter((f) => addresses.includes(f.address)).map((f) => f.id);

const SCENARIOS: Scenario[] = [
  {
    command: 'capacity',
    prepare: async () => ({
      args: [
        'capacity',
        '--site',
        'sim',
        '--node-type',
        'compute_skylake',
        '--nodes',
        '2',
        '--duration',
        '4h',
      ],
    }),
  },
  {
    command: 'lease-create',
    prepare: async (_world, fault) => ({
      args: [
        'lease-create',
        '--site',
        'sim',
        '--node-type',
        'compute_skylake',
        '--duration',
        '1d',
        '--name',
        name('lease-create', fault),
      ],
    }),
    product: (envelope) => ({ leases: [(envelope.data as LeaseData).lease_id] }),
  },
  {
    command: 'lease-status',
    fails: { 'lease-error': 'LEASE_FAILED' },
    prepare: async (world, fault) => {
      // Starts in two virtual hours (3.6 s at this speed), so the command waits and polls.
      const lease = await makeLease(world, { name: name('lease-status', fault), startsInMinutes: 120 });
      return { args: ['lease-status', lease.id, '--site', 'sim', '--wait', '86400'] };
    },
  },
  {
    command: 'lease-delete',
    prepare: async (world, fault) => {
      const lease = await makeLease(world, { name: name('lease-delete', fault), started: true });
      return {
        args: ['lease-delete', lease.name, '--site', 'sim', '--yes', '--wait', '600'],
        removes: { leases: [lease.id] },
      };
    },
  },
  {
    command: 'allocate',
    fails: { 'lease-error': 'LEASE_FAILED', 'fip-empty': 'INSUFFICIENT_CAPACITY' },
    prepare: async (world, fault) => {
      const lease = await makeLease(world, { name: name('allocate', fault), started: true });
      return { args: ['allocate', lease.id, '--site', 'sim', '--floating-ips', '1'] };
    },
    product: (envelope) => ({
      floatingIps: (envelope.data as AllocationData).floating_ips.filter((f) => !f.reserved).map((f) => f.id),
    }),
  },
  {
    command: 'launch',
    speed: 500,
    fails: {
      'lease-error': 'CONFLICT',
      'server-error': 'SERVER_FAILED',
      'fip-empty': 'INSUFFICIENT_CAPACITY',
    },
    prepare: async (world, fault) => {
      const lease = await makeLease(world, { name: name('launch', fault), started: true });
      return {
        args: [
          'launch',
          lease.id,
          '--site',
          'sim',
          '--image',
          'CC-Ubuntu22.04',
          '--wait',
          '3600',
          '--assign-floating-ip',
          '--key-name',
          await userKeyPair(world),
        ],
      };
    },
    product: (envelope, after) => {
      const servers = (envelope.data as LaunchData).servers;
      return {
        servers: servers.map((s) => s.server_id),
        floatingIps: addressIds(
          after,
          servers.map((s) => s.floating_ip),
        ),
      };
    },
  },
  {
    command: 'analyze',
    prepare: async () => ({
      args: ['analyze', '--repo', await repoUrl(), '--allow-local-http', '--site', 'sim'],
    }),
  },
  {
    command: 'provision',
    speed: 500,
    fails: {
      'lease-error': 'LEASE_FAILED',
      'server-error': 'SERVER_FAILED',
      'fip-empty': 'INSUFFICIENT_CAPACITY',
    },
    prepare: async (world, fault) => ({
      args: [
        'provision',
        '--repo',
        await repoUrl(),
        '--allow-local-http',
        '--site',
        'sim',
        '--yes',
        '--lease-name',
        name('provision', fault),
        '--key-name',
        await userKeyPair(world),
      ],
    }),
    product: (envelope) => {
      const created = (envelope.data as ProvisionData).created;
      const ids = (type: string) => created.filter((r) => r.type === type).map((r) => r.id);
      return {
        leases: ids('lease'),
        servers: ids('server'),
        floatingIps: ids('floating_ip'),
        keypairs: created.filter((r) => r.type === 'keypair').map((r) => r.name ?? r.id),
      };
    },
  },
  {
    command: 'runs',
    prepare: async () => ({ args: ['runs'] }),
  },
  {
    command: 'cleanup',
    speed: 500,
    setupBeforeFaults: true,
    prepare: async (world, fault) => {
      const run = await provisionRun(world, name('cleanup', fault));
      const ids = (type: string) => run.created.filter((r) => r.type === type).map((r) => r.id);
      return {
        args: ['cleanup', run.run_id, '--yes'],
        removes: { leases: ids('lease'), servers: ids('server'), floatingIps: ids('floating_ip') },
      };
    },
  },
  {
    command: 'validate',
    prepare: async () => ({ args: ['validate'], input: `${JSON.stringify(sampleEnvelope())}\n` }),
  },
];

interface Outcome {
  command: string;
  fault: string;
  expected: string;
  actual: string;
  exit: number | null;
  requests: number;
  retries: number;
  authRequests: number;
  leaks: string;
  notRemoved: string;
  problems: string[];
}

const outcomes: Outcome[] = [];
/** Each command line as run, with its scenario's own ids and URLs replaced by placeholders. */
const shown: Record<string, string> = {};

function placeholders(args: string[], fault: Fault): string {
  return args
    .map((a) =>
      /^[0-9a-f-]{36}$/.test(a)
        ? '<lease>'
        : /^prov-/.test(a)
          ? '<run>'
          : /^http:\/\/127\.0\.0\.1/.test(a)
            ? '<repository over local HTTP>'
            : a.startsWith(`rel-`) && a.endsWith(`-${fault.id}`)
              ? '<name>'
              : a,
    )
    .join(' ');
}

const codeOf = (envelope: Envelope | null) => (envelope ? (envelope.ok ? 'ok' : envelope.error!.code) : '?');

async function runScenario(scenario: Scenario, fault: Fault): Promise<Outcome> {
  const world = await startWorld({ speed: scenario.speed ?? 2000 });
  try {
    const early = fault.beforeSetup === true && scenario.setupBeforeFaults !== true;
    if (early) fault.apply(world.sim);
    const prepared = await scenario.prepare(world, fault);
    shown[scenario.command] ??= placeholders(prepared.args, fault);
    const before = alive(world.sim);
    if (!early) fault.apply(world.sim);
    const run: CliRun = await runCli(prepared.args, {
      env: world.env,
      input: prepared.input,
      timeoutMs: 240_000,
    });
    world.sim.clearFaults();
    const after = alive(world.sim);
    const problems: string[] = [];
    let envelope: Envelope | null = null;
    try {
      envelope = envelopeOf(run);
    } catch (err) {
      problems.push(`stdout is not one valid envelope: ${(err as Error).message.slice(0, 400)}`);
    }
    const expected = scenario.fails?.[fault.id] ?? 'ok';
    const actual = codeOf(envelope);
    const wantExit = expected === 'ok' ? 0 : exitCodeFor(expected as ErrorCode);
    if (actual !== expected)
      problems.push(
        `expected ${expected}, got ${actual}: ${envelope?.error?.message ?? ''} ${JSON.stringify(envelope?.error?.details ?? null)}`,
      );
    if (run.code !== (actual === 'ok' ? 0 : exitCodeFor(actual as ErrorCode)))
      problems.push(`exit ${run.code} does not match ${actual}`);
    if (run.code !== wantExit) problems.push(`exit ${run.code}, expected ${wantExit}`);
    if (![0, ...Object.values(EXIT_CODES)].includes(run.code ?? -1))
      problems.push(`undocumented exit ${run.code}`);
    if (hasStackTrace(run.stderr) || hasStackTrace(run.stdout)) problems.push('a stack trace was printed');
    const product: Product = envelope?.ok && scenario.product ? scenario.product(envelope, after) : {};
    const leaks = leaksOf(createdBetween(before, after), product);
    const removed = removedBetween(before, after);
    const notRemoved: Created = { leases: [], servers: [], floatingIps: [], keypairs: [] };
    if (process.env.REL_DEBUG)
      console.log(
        run.stdout,
        run.stderr,
        JSON.stringify(prepared),
        JSON.stringify([...before.leases.values()]),
        JSON.stringify([...after.leases.values()]),
      );
    if (envelope?.ok && prepared.removes) {
      for (const [kind, ids] of Object.entries(prepared.removes) as Array<[keyof Created, string[]]>)
        notRemoved[kind] = ids.filter((id) => !removed[kind].includes(id));
    }
    return {
      command: scenario.command,
      fault: fault.id,
      expected,
      actual,
      exit: run.code,
      requests: envelope?.metrics.requests ?? 0,
      retries: envelope?.metrics.retries ?? 0,
      authRequests: envelope?.metrics.auth_requests ?? 0,
      leaks: describeLeaks(leaks),
      notRemoved: describeLeaks(notRemoved),
      problems,
    };
  } finally {
    await world.close();
  }
}

/** Runs `work` on every item, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}

const CELLS = SCENARIOS.flatMap((scenario) => FAULTS.map((fault) => [scenario, fault] as const));
const key = (scenario: Scenario, fault: Fault) => `${scenario.command} ${fault.id}`;
const results = new Map<string, Outcome | Error>();

// The scenarios mostly wait (retries, Retry-After, virtual time), each against its own simulator: several at once.
beforeAll(async () => {
  await pool(CELLS, 6, async ([scenario, fault]) => {
    const outcome = await runScenario(scenario, fault).catch((err: Error) => err);
    results.set(key(scenario, fault), outcome);
    if (!(outcome instanceof Error)) outcomes.push(outcome);
  });
}, 900_000);

describe('every command under every fault', () => {
  it.each(CELLS.map(([s, f]) => [s.command, f.title, s, f] as const))(
    '%s under %s',
    (_command, _title, scenario, fault) => {
      const outcome = results.get(key(scenario, fault));
      if (outcome instanceof Error) throw outcome;
      expect(outcome?.problems).toEqual([]);
      expect({ leaks: outcome?.leaks, notRemoved: outcome?.notRemoved }).toEqual({
        leaks: 'none',
        notRemoved: 'none',
      });
    },
  );
});

afterAll(async () => {
  await (await git)?.close();
  rmSync(gitRoot, { recursive: true, force: true });
  if (outcomes.length === SCENARIOS.length * FAULTS.length) writeSection('faults', faultTable());
});

function cell(o: Outcome): string {
  const parts = [o.actual === 'ok' ? 'ok' : `${o.actual} (exit ${o.exit})`];
  // How often a token expires depends on where the second boundaries fall: only whether it was renewed is shown.
  if (o.requests === 0) parts.push('no cloud call');
  else if (o.fault === 'token') parts.push(o.authRequests > 1 ? 'token renewed' : 'done before it expired');
  else if (o.retries > 0) parts.push(`${o.retries} ${o.retries === 1 ? 'retry' : 'retries'}`);
  if (o.leaks !== 'none') parts.push(`leaked ${o.leaks}`);
  if (o.notRemoved !== 'none') parts.push(`left ${o.notRemoved}`);
  const held = o.problems.length === 0 && o.leaks === 'none' && o.notRemoved === 'none';
  return `${parts.join(' · ')}${held ? '' : ' ✗'}`;
}

function faultTable(): string {
  const rows = SCENARIOS.map((s) => [
    `\`${s.command}\``,
    ...FAULTS.map((f) => {
      const o = outcomes.find((x) => x.command === s.command && x.fault === f.id);
      return o ? cell(o) : '—';
    }),
  ]);
  const failed = outcomes.filter((o) => o.problems.length || o.leaks !== 'none' || o.notRemoved !== 'none');
  return [
    markdownTable(['command', ...FAULTS.map((f) => f.title)], rows),
    '',
    failed.length === 0
      ? `All ${outcomes.length} scenarios held: the expected outcome and exit code, one schema-valid envelope, no ` +
        'stack trace, and nothing left in the simulator that the command did not report as its product.'
      : `${failed.length} of ${outcomes.length} scenarios did not hold (marked ✗).`,
    '',
    '"retries" are the HTTP attempts the client repeated (the envelope\'s `metrics.retries`); under token expiry, ' +
      'whether the run had to authenticate again (a run that ends within a second or two needs no new token).',
    '',
    'The faults:',
    '',
    ...FAULTS.map((f) => `- **${f.title}**: ${f.description}.`),
    '',
    'The commands (each against a simulator of its own; `<lease>` is made by the scenario first, `<run>` by a ' +
      "provision run made before the fault, and the key pair `rel-user-key` is the user's own, already there):",
    '',
    ...SCENARIOS.map((s) => `- \`envboot ${shown[s.command] ?? s.command}\``),
  ].join('\n');
}
