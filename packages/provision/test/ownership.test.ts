// A run owns only what it created, through the built CLI against a simulator: a lease the user already has is used
// only when the user says so (and only when it fits, unless told to use it anyway), is recorded as adopted, and is
// never deleted, nor the user's servers on it or a key pair the user named; a run whose process is gone is shown
// as interrupted, and cleanup and --resume take it, while a live process still keeps both away.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { CleanupData, RunsData } from '@envboot/core';
import { assertEnvelope, hasStackTrace } from '@envboot/testkit';
import { atTerminal, dataOf, envboot, leftovers, startWorld, type World } from './support.js';

// Each test runs several commands one after the other, each a process of its own: room for a busy machine.
jest.setTimeout(180_000);

let world: World;
// At the worlds' 300×, the user's week-long lease lasts 34 minutes of real time and a run's day-long one 5.
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

const provision = (...args: string[]) =>
  envboot(world, ['provision', '--repo', world.repoUrl, '--allow-local-http', '--site', 'sim', ...args]);

interface SimState {
  leases: Array<{ id: string; name: string; status: string }>;
  servers: Array<{ id: string; name: string; deleting: boolean; status: string }>;
  keypairs: Array<{ name: string }>;
}
const simState = () => world.sim.state() as unknown as SimState;
const liveServers = (name: string) =>
  simState().servers.filter((s) => s.name === name && !s.deleting && s.status !== 'DELETED');

/** "YYYY-MM-DD HH:MM" (UTC), `days` from the simulator's now. */
const daysAhead = (days: number) =>
  new Date(world.sim.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 16).replace('T', ' ');

async function userLease(args: string[]): Promise<string> {
  const made = await envboot(world, ['lease-create', '--site', 'sim', ...args]);
  expect(made.code).toBe(0);
  return (made.envelope!.data as unknown as { lease_id: string }).lease_id;
}

const runsNow = async () => (await envboot(world, ['runs'])).envelope!.data as unknown as RunsData;
const listed = async (runId: string) => (await runsNow()).runs.find((r) => r.run_id === runId);

describe('a lease the user already has', () => {
  let shortId: string;
  let longId: string;

  beforeAll(async () => {
    // One hour, five days from now (PENDING for the whole test), where the plan wants four.
    shortId = await userLease([
      '--name',
      'own-short',
      '--node-type',
      'compute_cascadelake_r',
      '--start',
      daysAhead(5),
      '--duration',
      '1h',
    ]);
    // Seven days from now on, with a server of the user's own on one of its two hosts.
    longId = await userLease([
      '--name',
      'own-long',
      '--node-type',
      'compute_skylake',
      '--nodes',
      '2',
      '--duration',
      '7d',
    ]);
    expect((await envboot(world, ['lease-status', longId, '--site', 'sim', '--wait', '600'])).code).toBe(0);
    const users = await envboot(world, [
      'launch',
      longId,
      '--site',
      'sim',
      '--image',
      'CC-Ubuntu22.04',
      '--name-prefix',
      'users-own',
      '--wait',
    ]);
    expect(users.code).toBe(0);
  });

  it('is not adopted silently: its --lease-name is a CONFLICT naming --adopt-lease, and nothing is created', async () => {
    const run = await provision(
      '--yes',
      '--lease-name',
      'own-short',
      '--node-type',
      'compute_cascadelake_r',
      '--duration',
      '4h',
    );
    expect(run.code).toBe(4);
    assertEnvelope(run.envelope);
    expect(run.envelope!.error).toMatchObject({
      code: 'CONFLICT',
      field: 'lease-name',
      message: expect.stringContaining('a lease named "own-short" already exists'),
      hint: expect.stringContaining('--adopt-lease'),
    });
    expect(dataOf(run)).toMatchObject({
      status: 'failed',
      failed_step: 'capacity',
      created: [],
      adopted: [],
    });
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(simState().leases.filter((l) => l.name === 'own-short')).toEqual([
      expect.objectContaining({ id: shortId, status: 'PENDING' }),
    ]);
  });

  it('with --adopt-lease, one that ends before the planned duration would is refused with the reason', async () => {
    const run = await provision(
      '--yes',
      '--lease-name',
      'own-short',
      '--adopt-lease',
      '--node-type',
      'compute_cascadelake_r',
      '--duration',
      '4h',
    );
    expect(run.code).toBe(4);
    expect(run.envelope!.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(
        /lease own-short does not fit the plan: it ends at \S+Z, 3h00m before the planned 4h would/,
      ),
      hint: expect.stringContaining('--adopt-anyway'),
    });
    expect(dataOf(run).created).toEqual([]);
    expect(simState().leases.find((l) => l.id === shortId)?.status).toBe('PENDING');
  });

  it('at a terminal, asks with the dates of the lease against the plan; "n" creates nothing', async () => {
    const { code, screen } = await atTerminal(
      world,
      [
        'provision',
        '--repo',
        world.repoUrl,
        '--allow-local-http',
        '--site',
        'sim',
        '--lease-name',
        'own-short',
        '--node-type',
        'compute_cascadelake_r',
        '--duration',
        '4h',
      ],
      { prompt: '[y/N]', answer: 'n\r' },
    );
    expect(code).toBe(0);
    expect(screen).toMatch(/• lease own-short: PENDING, \S+Z → \S+Z, 1 × compute_cascadelake_r/);
    expect(screen).toMatch(/• the plan: 1 × compute_cascadelake_r for 4h, until \S+Z/);
    expect(screen).toMatch(/• it does not fit: it ends at \S+Z, 3h00m before the planned 4h would/);
    expect(screen).toContain('Use your lease own-short for this run anyway? It stays yours');
    expect(screen).toMatch(/Run prov-\S+ at .*: planned, nothing was\s+reserved/);
    expect(screen).not.toContain('--yes to reserve');
    expect(simState().leases.filter((l) => l.name === 'own-short')).toHaveLength(1);
  });

  it('with --adopt-lease, one that fits is used and recorded as adopted; cleanup leaves it, its other server and the named key pair', async () => {
    const run = await provision(
      '--yes',
      '--lease-name',
      'own-long',
      '--adopt-lease',
      '--node-type',
      'compute_skylake',
      '--server-name',
      'prov-on-own',
      '--key-name',
      'users-key',
    );
    expect(run.code).toBe(0);
    assertEnvelope(run.envelope);
    const data = dataOf(run);
    expect(data).toMatchObject({ status: 'completed', lease: { lease_id: longId } });
    expect(data.adopted).toEqual([
      { type: 'lease', id: longId, name: 'own-long' },
      { type: 'keypair', id: 'users-key', name: 'users-key' },
    ]);
    expect(data.created.map((r) => r.type).sort()).toEqual(['floating_ip', 'server']);
    expect(data.steps.find((s) => s.name === 'lease')?.status).toBe('skipped');
    expect(liveServers('prov-on-own')).toHaveLength(1);

    const cleaned = await envboot(world, ['cleanup', data.run_id, '--yes']);
    expect(cleaned.code).toBe(0);
    const result = cleaned.envelope!.data as unknown as CleanupData;
    expect(result).toMatchObject({ status: 'cleaned', remaining: [] });
    expect(result.kept).toEqual(data.adopted);
    expect(liveServers('prov-on-own')).toHaveLength(0);
    expect(liveServers('users-own')).toHaveLength(1);
    expect(simState().leases.find((l) => l.id === longId)?.status).toBe('ACTIVE');
    expect(simState().keypairs.map((k) => k.name)).toContain('users-key');
  });

  it('--lease by name: a run that fails on it removes what it made, and only that', async () => {
    world.sim.setFaults({ serverError: 'next' } as never);
    const run = await provision(
      '--yes',
      '--lease',
      'own-long',
      '--node-type',
      'compute_skylake',
      '--server-name',
      'prov-fails-on-own',
    );
    world.sim.clearFaults();
    expect(run.envelope!.error?.code).toBe('SERVER_FAILED');
    const data = dataOf(run);
    expect(data).toMatchObject({ status: 'failed', failed_step: 'server_active', remaining: [] });
    expect(data.adopted).toContainEqual({ type: 'lease', id: longId, name: 'own-long' });
    expect(data.removed.map((r) => r.type)).toEqual(['server']);
    expect(liveServers('prov-fails-on-own')).toHaveLength(0);
    expect(liveServers('users-own')).toHaveLength(1);
    expect(simState().leases.find((l) => l.id === longId)?.status).toBe('ACTIVE');
  });

  it("does not take over a server of the run's name that was there first", async () => {
    const run = await provision(
      '--yes',
      '--lease',
      'own-long',
      '--node-type',
      'compute_skylake',
      '--server-name',
      'users-own',
    );
    expect(run.code).toBe(4);
    expect(run.envelope!.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('a server named "users-own" already exists'),
      hint: expect.stringContaining('--server-name'),
    });
    expect(dataOf(run)).toMatchObject({ failed_step: 'launch', created: [], removed: [] });
    expect(liveServers('users-own')).toHaveLength(1);
  });

  it('at a terminal, "y" to a lease that fits adopts it; a key pair created under a name the user gave stays', async () => {
    const { code, screen } = await atTerminal(
      world,
      [
        'provision',
        '--repo',
        world.repoUrl,
        '--allow-local-http',
        '--site',
        'sim',
        '--lease-name',
        'own-long',
        '--node-type',
        'compute_skylake',
        '--server-name',
        'prov-asked-on-own',
        '--create-key',
        '--key-name',
        'users-new-key',
      ],
      { prompt: '[y/N]', answer: 'y\r' },
    );
    expect(code).toBe(0);
    expect(screen).toContain('Use your lease own-long for this run? It stays yours');
    expect(screen).toMatch(/yours +lease own-long, key pair users-new-key \(kept\)/);
    const runId = /Run (prov-\S+) completed/.exec(screen)?.[1];
    expect(runId).toBeDefined();
    expect(liveServers('prov-asked-on-own')).toHaveLength(1);
    const cleaned = await envboot(world, ['cleanup', runId!, '--yes']);
    expect(cleaned.code).toBe(0);
    expect(liveServers('prov-asked-on-own')).toHaveLength(0);
    expect(simState().leases.find((l) => l.id === longId)?.status).toBe('ACTIVE');
    expect(simState().keypairs.map((k) => k.name)).toContain('users-new-key');
  });

  it('--adopt-anyway uses a lease that does not fit, with as many servers as it has hosts', async () => {
    const run = await provision(
      '--yes',
      '--lease',
      longId,
      '--adopt-anyway',
      '--nodes',
      '3',
      '--node-type',
      'compute_skylake',
      '--server-name',
      'prov-anyway',
      '--dry-run',
    );
    expect(run.code).toBe(0);
    expect(dataOf(run)).toMatchObject({ status: 'dry_run', plan: { count: 2 }, created: [] });
    expect(dataOf(run).adopted).toContainEqual({ type: 'lease', id: longId, name: 'own-long' });
  });
});

describe('runs whose process is gone', () => {
  const runsDir = () => join(world.home, 'state', 'envboot', 'runs');

  /** The run whose lease has this name, and the process its lock file names. */
  function runOf(leaseName: string): { runId: string; pid: number | null } | null {
    for (const file of readdirSync(runsDir()).filter((f) => f.endsWith('.json'))) {
      const state = JSON.parse(readFileSync(join(runsDir(), file), 'utf8')) as {
        run_id: string;
        options: { leaseName: string | null };
      };
      if (state.options.leaseName !== leaseName) continue;
      const lock = join(runsDir(), `${file}.lock`);
      // The lock names the process by its id, then (where /proc tells it) when it started.
      const pid = existsSync(lock) ? Number(readFileSync(lock, 'utf8').trim().split(/\s+/)[0]) : null;
      return { runId: state.run_id, pid };
    }
    return null;
  }

  it('a run whose terminal closed at its question is interrupted; cleanup and --resume take it, not while it lived', async () => {
    let checks: Promise<void> | undefined;
    let held: { runId: string; pid: number | null } | null = null;
    const { screen } = await atTerminal(
      world,
      [
        'provision',
        '--repo',
        world.repoUrl,
        '--allow-local-http',
        '--site',
        'sim',
        '--lease-name',
        'prov-hung-up',
        '--node-type',
        'gpu_rtx_6000',
        '--duration',
        '1d',
      ],
      undefined,
      (text) => {
        if (checks || !text.includes('[y/N]')) return;
        checks = (async () => {
          held = runOf('prov-hung-up');
          try {
            expect(held?.pid).toEqual(expect.any(Number));
            // While the process lives, the run is its own.
            expect(await listed(held!.runId)).toMatchObject({ status: 'running', active: true });
            const cleanup = await envboot(world, ['cleanup', held!.runId, '--yes']);
            expect(cleanup.code).toBe(4);
            expect(cleanup.envelope!.error?.message).toContain(`in use by process ${held!.pid}`);
            const resume = await envboot(world, ['provision', '--resume', held!.runId, '--yes']);
            expect(resume.code).toBe(4);
          } finally {
            // The terminal goes away: its processes get SIGHUP, which ends them.
            if (held?.pid) process.kill(held.pid, 'SIGHUP');
          }
        })();
      },
    );
    await checks;
    expect(screen).toContain('[y/N]');
    const { runId } = held!;
    expect(await listed(runId)).toMatchObject({ status: 'interrupted', active: false });

    const resumed = await envboot(world, ['provision', '--resume', runId, '--yes']);
    expect(resumed.code).toBe(0);
    expect(dataOf(resumed)).toMatchObject({ run_id: runId, status: 'completed' });
    const cleaned = await envboot(world, ['cleanup', runId, '--yes']);
    expect(cleaned.envelope!.data).toMatchObject({ status: 'cleaned' });
    expect(leftovers(world, 'prov-hung-up')).toMatchObject({ leases: [], servers: [] });
  });

  it('a run killed while it waits for its lease is interrupted, and cleanup deletes the lease', async () => {
    let sent = false;
    const run = await envboot(
      world,
      [
        'provision',
        '--repo',
        world.repoUrl,
        '--allow-local-http',
        '--site',
        'sim',
        '--yes',
        '--lease-name',
        'prov-killed',
        '--node-type',
        'storage_nvme',
        '--start',
        daysAhead(3),
        '--duration',
        '4h',
      ],
      (text, kill) => {
        if (!sent && text.includes('lease active')) {
          sent = true;
          kill('SIGKILL');
        }
      },
    );
    expect(run.code).toBeNull(); // killed: no envelope, no word on stderr
    const killed = runOf('prov-killed')!;
    expect(killed.pid).toEqual(expect.any(Number)); // the lock file of a process that is gone
    const { runId } = killed;
    expect(await listed(runId)).toMatchObject({ status: 'interrupted', active: false, failed_step: null });
    expect(leftovers(world, 'prov-killed').leases).toHaveLength(1);

    const cleaned = await envboot(world, ['cleanup', runId, '--yes']);
    expect(cleaned.code).toBe(0);
    expect(cleaned.envelope!.data).toMatchObject({
      status: 'cleaned',
      removed: [expect.objectContaining({ type: 'lease', name: 'prov-killed' })],
    });
    expect(leftovers(world, 'prov-killed').leases).toHaveLength(0);
    expect(await listed(runId)).toMatchObject({ status: 'cleaned', active: false });
  });
});
