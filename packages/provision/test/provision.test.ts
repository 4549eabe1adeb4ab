// envboot provision through the built CLI against a simulator: the whole chain, and that nothing is ever left
// behind by accident.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { ProvisionData } from '@envboot/core';
import { ENVBOOT_BIN, assertEnvelope, hasStackTrace } from '@envboot/testkit';
import {
  atTerminal,
  dataOf,
  envboot,
  leftovers,
  processesMentioning,
  runState,
  startWorld,
  stateFiles,
  type World,
} from './support.js';

// A test runs the CLI up to four times, each a process of its own, and a busy machine may take many seconds to
// start one: room for that, rather than jest's 30 s.
jest.setTimeout(180_000);

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

/** `envboot provision` of the sample repository at the simulator, without --yes. */
const provisionArgs = () => ['provision', '--repo', world.repoUrl, '--allow-local-http', '--site', 'sim'];

/** An openrc whose password Keystone refuses. */
const refusedLogin = () => ({
  OS_AUTH_URL: `${world.sim.url}/v3`,
  OS_USERNAME: 'demo',
  OS_PASSWORD: 'not-the-password',
  OS_PROJECT_NAME: 'CHI-000000',
  OS_USER_DOMAIN_NAME: 'Default',
  OS_PROJECT_DOMAIN_NAME: 'Default',
});

const provision = (...args: string[]) => envboot(world, [...provisionArgs(), '--yes', ...args]);

describe('provision', () => {
  it('goes from a repository served over HTTP to a reachable server, and cleanup removes it all', async () => {
    const run = await provision('--lease-name', 'prov-full');
    expect(run.code).toBe(0);
    assertEnvelope(run.envelope);
    const data = dataOf(run);
    expect(data.status).toBe('completed');
    expect(data.plan).toMatchObject({ node_type: 'gpu_rtx_6000', image: 'CC-Ubuntu22.04-CUDA', count: 1 });
    expect(data.servers?.[0]).toMatchObject({ status: 'ACTIVE', ssh_user: 'cc' });
    // The user's own key, on the server's floating IP (sharednet1's addresses are private).
    expect(data.ssh).toBe(
      `ssh -i ${join(world.home, '.ssh', 'id_ed25519')} cc@${data.servers![0]!.floating_ip}`,
    );
    expect(data.servers![0]!.floating_ip).not.toMatch(/^10\./);
    expect(data.steps.every((s) => s.status === 'done')).toBe(true);
    expect(data.created.map((r) => r.type).sort()).toEqual(['floating_ip', 'lease', 'server']);
    expect(data.adopted).toEqual([expect.objectContaining({ type: 'keypair', name: data.key!.name })]);
    expect(data.cleanup).toBe(`envboot cleanup ${data.run_id} --yes`);
    expect(leftovers(world, 'prov-full').servers).toHaveLength(1);

    const listed = await envboot(world, ['runs']);
    expect(listed.envelope?.data).toMatchObject({
      runs: expect.arrayContaining([expect.objectContaining({ run_id: data.run_id, status: 'completed' })]),
    });

    const address = data.servers![0]!.floating_ip;
    expect(leftovers(world).floatingIps.map((f) => f.address)).toContain(address);
    const cleaned = await envboot(world, ['cleanup', data.run_id, '--yes']);
    expect(cleaned.code).toBe(0);
    expect(cleaned.envelope?.data).toMatchObject({ status: 'cleaned', remaining: [] });
    expect(leftovers(world, 'prov-full')).toMatchObject({ leases: [], servers: [] });
    // The floating IP the run attached is released, not left allocated.
    expect(leftovers(world).floatingIps.filter((f) => f.address === address)).toEqual([]);
    const again = await envboot(world, ['cleanup', data.run_id, '--yes']);
    expect(again.envelope?.data).toMatchObject({ status: 'nothing_to_do' });
  });

  it('runs leaves out a state file it cannot read, and says so on stderr', async () => {
    const state = join(world.home, 'damaged-state');
    mkdirSync(join(state, 'envboot', 'runs'), { recursive: true });
    const file = join(state, 'envboot', 'runs', 'prov-20200101-0000-000000.json');
    writeFileSync(file, '{"run_id": "prov-2020');
    const listed = await envboot(world, ['runs'], undefined, { XDG_STATE_HOME: state });
    expect(listed.code).toBe(0);
    expect(listed.envelope?.data).toMatchObject({ runs: [] });
    expect(listed.stderr).toContain(`the run state ${file} cannot be read`);
  });

  it('creates nothing and records nothing with --dry-run', async () => {
    const before = stateFiles(world).length;
    const run = await provision('--dry-run', '--lease-name', 'prov-dry');
    expect(run.code).toBe(0);
    expect(dataOf(run)).toMatchObject({ status: 'dry_run', dry_run: true, created: [] });
    expect(dataOf(run).window).not.toBeNull();
    expect(leftovers(world, 'prov-dry').leases).toHaveLength(0);
    expect(stateFiles(world)).toHaveLength(before);
  });

  it('asks at a terminal before it reserves, with the plan and its reasons; "n" creates nothing', async () => {
    const { code, screen } = await atTerminal(world, [...provisionArgs(), '--lease-name', 'prov-asked'], {
      prompt: '[y/N]',
      answer: 'n\r',
    });
    expect(screen).toMatch(/Reserve 1 × \w+ at .* for \d+h?.*\? \[y\/N\]/);
    // The plan's reasons come before the question, each on a line of its own (not after the status line).
    expect(screen).toMatch(/(^|\n) {2}• .*node type/);
    expect(screen).not.toMatch(/capacity {2}•/);
    expect(code).toBe(0);
    expect(leftovers(world, 'prov-asked')).toMatchObject({ leases: [], servers: [] });
  });

  it('at a terminal with --yes, the result starts on a line of its own after the live status line', async () => {
    const { code, screen } = await atTerminal(world, [
      ...provisionArgs(),
      '--lease-name',
      'prov-tty',
      '--yes',
    ]);
    expect(code).toBe(0);
    expect(screen).toMatch(/\[14\/14\] setup/);
    // The status line is erased (\r, then ESC [2K) before the result for people (docs/output.md), which starts at
    // the line's beginning and ends with the ssh command line.
    expect(screen).toContain('\r\u001b[2KRun prov-');
    expect(screen).toMatch(/Run prov-\S+ completed at /);
    expect(screen.trimEnd().split(/\r?\n/).at(-1)).toMatch(/^ssh (-i \S+ )?cc@\d+\.\d+\.\d+\.\d+$/);
    const runId = /Run (prov-\S+) completed/.exec(screen)?.[1];
    expect(runId).toBeDefined();
    await envboot(world, ['cleanup', runId!, '--yes']);
    expect(leftovers(world, 'prov-tty')).toMatchObject({ leases: [], servers: [] });
  });

  it('runs twice at once without sharing state', async () => {
    const [a, b] = await Promise.all([
      provision('--lease-name', 'prov-twin-a', '--node-type', 'compute_skylake'),
      provision('--lease-name', 'prov-twin-b', '--node-type', 'compute_skylake'),
    ]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(dataOf(a).run_id).not.toBe(dataOf(b).run_id);
    expect(dataOf(a).lease?.lease_id).not.toBe(dataOf(b).lease?.lease_id);
    for (const run of [a, b]) await envboot(world, ['cleanup', dataOf(run).run_id, '--yes']);
  });
});

describe('provision in a pipe', () => {
  const bash = (script: string) =>
    new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn('bash', ['-o', 'pipefail', '-c', script], {
        env: world.env,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.on('close', (code) => resolve({ code, stdout }));
    });
  const cli = `${process.execPath} ${ENVBOOT_BIN}`;

  it('provisions the plan analyze made', async () => {
    const run = await bash(
      `${cli} analyze --repo ${world.repoUrl} --allow-local-http --site sim | ${cli} provision --yes --skip-launch --lease-name prov-piped`,
    );
    expect(run.code).toBe(0);
    const envelope: unknown = JSON.parse(run.stdout);
    assertEnvelope(envelope);
    const data = envelope.data as ProvisionData;
    expect(data.steps.find((s) => s.name === 'analyze')?.status).toBe('skipped');
    expect(data.plan).toMatchObject({ node_type: 'gpu_rtx_6000' });
    await envboot(world, ['cleanup', data.run_id, '--yes']);
  });

  it('reserves with --skip-launch and boots by hand with launch', async () => {
    const run = await bash(
      `${cli} provision --repo ${world.repoUrl} --allow-local-http --site sim --yes --skip-launch --lease-name prov-by-hand | ${cli} launch --wait`,
    );
    expect(run.code).toBe(0);
    const envelope: unknown = JSON.parse(run.stdout);
    assertEnvelope(envelope);
    expect(envelope.kind).toBe('launch');
    expect(envelope.data).toMatchObject({
      image: 'CC-Ubuntu22.04-CUDA',
      servers: [expect.objectContaining({ status: 'ACTIVE' })],
    });
    const runId = envelope.context.run_id as string;
    const cleaned = await envboot(world, ['cleanup', runId, '--yes']);
    expect(cleaned.code).toBe(0);
    expect(leftovers(world, 'prov-by-hand')).toMatchObject({ leases: [], servers: [] });
  });
});

describe('a failing step removes what the run created', () => {
  const cases: Array<[step: string, args: string[], faults: object | null, code: string]> = [
    ['plan', ['--nodes', '40'], null, 'INSUFFICIENT_CAPACITY'],
    ['lease', [], { rules: [{ route: 'POST /reservation/v1/leases', status: 503, first: 10 }] }, 'CLOUD_API'],
    ['lease_active', [], { leaseError: 'next' }, 'LEASE_FAILED'],
    ['launch', [], { rules: [{ route: 'POST /compute/v2.1/servers', status: 500, first: 10 }] }, 'CLOUD_API'],
    ['server_active', [], { serverError: 'next' }, 'SERVER_FAILED'],
    ['floating_ip', [], { floatingIpPool: 0 }, 'INSUFFICIENT_CAPACITY'],
  ];

  it.each(cases)('%s', async (step, args, faults, code) => {
    const name = `prov-fail-${step.replace('_', '-')}`;
    if (faults) world.sim.setFaults(faults as never);
    const run = await provision('--lease-name', name, '--node-type', 'compute_skylake', ...args);
    world.sim.clearFaults();
    assertEnvelope(run.envelope);
    expect(run.envelope?.error?.code).toBe(code);
    expect(run.code).not.toBe(0);
    const data = dataOf(run);
    expect(data).toMatchObject({ status: 'failed', failed_step: step, remaining: [] });
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(leftovers(world, name)).toMatchObject({ leases: [], servers: [] });
    expect(
      leftovers(world).floatingIps.filter(
        (f) => f.port_id === null && (f.description ?? '').includes(data.lease?.lease_id ?? '~'),
      ),
    ).toHaveLength(0);
  });

  it('says on stderr what clean-up could not delete, and lists it as remaining', async () => {
    world.sim.setFaults({
      leaseError: 'next',
      rules: [{ route: 'DELETE /reservation/v1/leases/*', status: 500, rate: 1 }],
    } as never);
    const run = await provision('--lease-name', 'prov-undeletable', '--node-type', 'compute_skylake');
    world.sim.clearFaults();
    expect(run.envelope?.error).toMatchObject({
      code: 'LEASE_FAILED',
      hint: expect.stringContaining('envboot cleanup'),
    });
    const data = dataOf(run);
    expect(data.remaining).toEqual([expect.objectContaining({ type: 'lease', name: 'prov-undeletable' })]);
    expect(run.stderr).toContain('could not delete lease prov-undeletable');
    expect((await envboot(world, ['cleanup', data.run_id, '--yes'])).code).toBe(0);
    expect(leftovers(world, 'prov-undeletable').leases).toHaveLength(0);
  });

  it('lists what the run created as remaining when clean-up itself fails', async () => {
    world.sim.setFaults({
      leaseError: 'next',
      rules: [{ route: 'GET /compute/v2.1/servers/**', status: 500, rate: 1 }],
    } as never);
    const run = await provision('--lease-name', 'prov-no-cleanup', '--node-type', 'compute_skylake');
    world.sim.clearFaults();
    expect(run.envelope?.error).toMatchObject({
      code: 'LEASE_FAILED',
      hint: expect.stringContaining('envboot cleanup'),
    });
    const data = dataOf(run);
    expect(data.remaining).toEqual([expect.objectContaining({ type: 'lease', name: 'prov-no-cleanup' })]);
    expect(run.stderr).toContain('could not clean up after the failure');
    expect((await envboot(world, ['cleanup', data.run_id, '--yes'])).code).toBe(0);
    expect(leftovers(world, 'prov-no-cleanup').leases).toHaveLength(0);
  });

  it('connect: refused credentials stop the run before anything is made', async () => {
    const run = await envboot(world, [...provisionArgs(), '--yes'], undefined, refusedLogin());
    expect(run.code).toBe(7);
    expect(run.envelope?.error?.code).toBe('AUTH');
    expect(dataOf(run)).toMatchObject({ status: 'failed', failed_step: 'connect', created: [] });
    expect(run.stdout + run.stderr).not.toContain('not-the-password');
  });

  it('connect: a failure while the repository is still being fetched stops the fetch and leaves no partial clone', async () => {
    const cache = join(world.home, 'cache-slow-git');
    const partial = () =>
      readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((p) => basename(p).startsWith('tmp-'));
    // The Git server answers nothing until released: a run that waited for the fetch would never end.
    world.git.hold();
    try {
      const run = await envboot(world, [...provisionArgs(), '--yes'], undefined, {
        ...refusedLogin(),
        XDG_CACHE_HOME: cache,
      });
      expect(run.envelope?.error?.code).toBe('AUTH');
      // A stopped clone is removed, and no git is left running to finish it later.
      expect(partial()).toEqual([]);
      expect(processesMentioning(cache)).toEqual([]);
    } finally {
      world.git.release();
    }
  });

  it('analyze: a repository that does not exist stops the run before anything is made', async () => {
    const before = leftovers(world).leases.length;
    const run = await envboot(world, [
      'provision',
      '--repo',
      `${world.git.url}/nothing-here.git`,
      '--allow-local-http',
      '--site',
      'sim',
      '--yes',
    ]);
    expect(run.envelope?.error?.code).toBe('REPO_UNAVAILABLE');
    expect(dataOf(run)).toMatchObject({ status: 'failed', failed_step: 'analyze', created: [] });
    expect(leftovers(world).leases).toHaveLength(before);
  });

  it('plugins listed in the configuration file are loaded too', async () => {
    const dir = join(world.home, 'config', 'envboot');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'small-plan.mjs'),
      'export function selectPlan(req, catalog, plan) { return { ...plan, duration_minutes: 60 }; }\n',
    );
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ plugins: ['small-plan.mjs'] }));
    try {
      const run = await provision('--lease-name', 'prov-config-plugin', '--dry-run');
      expect(run.code).toBe(0);
      expect(dataOf(run).plan).toMatchObject({ duration_minutes: 60, duration: '1h', source: 'plugin' });
    } finally {
      rmSync(join(dir, 'config.json'));
    }
  });

  it('a plugin hook that throws fails the run with its message, and clean-up still happens', async () => {
    const plugin = join(world.home, 'failing-plugin.mjs');
    writeFileSync(
      plugin,
      'export function preLaunch(ctx) { throw new Error(`no launch for ${ctx.run_id}`); }\n',
    );
    const run = await provision(
      '--lease-name',
      'prov-plugin',
      '--node-type',
      'compute_skylake',
      '--plugin',
      plugin,
    );
    expect(run.code).toBe(2);
    expect(run.envelope?.error).toMatchObject({
      code: 'PLUGIN_FAILED',
      message: expect.stringContaining('no launch for prov-'),
    });
    expect(leftovers(world, 'prov-plugin').leases).toHaveLength(0);
  });

  it('a plugin may choose the node type, within the catalog', async () => {
    const plugin = join(world.home, 'select-plugin.mjs');
    writeFileSync(
      plugin,
      "export function selectPlan(req, catalog, plan) { return { ...plan, node_type: 'storage_nvme', image: 'CC-Ubuntu22.04' }; }\n",
    );
    const run = await provision('--lease-name', 'prov-select', '--plugin', plugin, '--skip-launch');
    expect(run.code).toBe(0);
    expect(dataOf(run).plan).toMatchObject({
      node_type: 'storage_nvme',
      source: 'plugin',
      resource_properties: '["==","$node_type","storage_nvme"]',
    });
    await envboot(world, ['cleanup', dataOf(run).run_id, '--yes']);
  });
});

describe('interruption', () => {
  it('stops at Ctrl-C while waiting for the lease, records it, and --resume finishes the run', async () => {
    const start = new Date(world.sim.clock.now().getTime() + 3 * 86_400_000);
    const startText = start.toISOString().slice(0, 16).replace('T', ' ');
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
        'prov-int',
        '--node-type',
        'compute_skylake',
        '--start',
        startText,
      ],
      (text, kill) => {
        if (!sent && text.includes('lease active')) {
          sent = true;
          setTimeout(() => kill('SIGINT'), 200);
        }
      },
    );
    expect(run.code).toBe(130);
    expect(run.envelope?.error).toMatchObject({
      code: 'INTERRUPTED',
      hint: expect.stringContaining('--resume'),
    });
    const data = dataOf(run);
    expect(data.status).toBe('interrupted');
    expect(runState(world, data.run_id).steps.lease.status).toBe('done');
    expect(leftovers(world, 'prov-int').leases).toHaveLength(1);

    world.sim.clock.advance(3 * 86_400_000);
    const resumed = await envboot(world, ['provision', '--resume', data.run_id, '--yes']);
    expect(resumed.code).toBe(0);
    expect(dataOf(resumed)).toMatchObject({ run_id: data.run_id, status: 'completed' });
    expect(dataOf(resumed).lease?.lease_id).toBe(data.lease?.lease_id);
    await envboot(world, ['cleanup', data.run_id, '--yes']);
    expect(leftovers(world, 'prov-int')).toMatchObject({ leases: [], servers: [] });
  });

  it('stops at Ctrl-C while the server builds, and cleanup leaves nothing', async () => {
    world.sim.clock.setSpeed(20);
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
        'prov-build',
        '--node-type',
        'compute_skylake',
      ],
      (text, kill) => {
        if (!sent && text.includes('servers: 1 BUILD')) {
          sent = true;
          kill('SIGINT');
        }
      },
    );
    world.sim.clock.setSpeed(300);
    expect(run.code).toBe(130);
    const data = dataOf(run);
    expect(data.failed_step).toBe('server_active');
    expect(leftovers(world, 'prov-build').servers).toHaveLength(1);
    const cleaned = await envboot(world, ['cleanup', data.run_id, '--yes']);
    expect(cleaned.envelope?.data).toMatchObject({ status: 'cleaned' });
    expect(leftovers(world, 'prov-build')).toMatchObject({ leases: [], servers: [] });
  });
});
