// The api-core commands as users run them: built bins as child processes, real pipes, real HTTP to a simulator.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LaunchData } from '@envboot/core';
import {
  REPO_ROOT,
  assertEnvelope,
  childEnv,
  createBareRepo,
  envelopeOf,
  hasStackTrace,
  runCli,
  startGitServer,
  writeSshKey,
} from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'node_modules/.bin');

let sim: Sim;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'uc', speed: 600 });
  const home = mkdtempSync(join(tmpdir(), 'envboot-home-'));
  writeSshKey(home);
  env = childEnv({
    ENVBOOT_SIM_URL: sim.url,
    HOME: home,
    XDG_CACHE_HOME: join(home, '.cache'),
    PATH: `${BIN}:${process.env.PATH}`,
  });
});
afterAll(() => sim.close());

function bash(script: string) {
  return run('bash', ['-o', 'pipefail', '-c', script], { env, cwd: REPO_ROOT, timeout: 120_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );
}

describe('the api-core pipeline', () => {
  it('goes from capacity to a reachable server through pipes, with one token request in all', async () => {
    const before = sim.stats()['POST /v3/auth/tokens'] ?? 0;
    const saved = join(mkdtempSync(join(tmpdir(), 'envboot-pipe-')), 'launch.json');
    const result = await bash(
      `envboot capacity --site sim --node-type compute_skylake --nodes 1 --duration 2h | envboot lease-create | envboot lease-status --wait 120 | envboot allocate | envboot launch --image CC-Ubuntu22.04 --assign-floating-ip --wait 900 | tee ${saved} | jq -e '.ok'`,
    );
    expect(result.stderr).not.toMatch(/"level":50/);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('true');
    const last = JSON.parse(readFileSync(saved, 'utf8')) as unknown;
    assertEnvelope(last);
    expect(last.kind).toBe('launch');
    const data = last.data as LaunchData;
    expect(data.servers[0]).toMatchObject({ status: 'ACTIVE', ssh_user: 'cc' });
    expect(data.servers[0]!.ssh).toBe(
      `ssh -i ${join(env.HOME!, '.ssh', 'id_ed25519')} cc@${data.servers[0]!.floating_ip}`,
    );
    // The context carried every step's findings to the end.
    expect(last.context).toMatchObject({
      site: 'sim',
      node_type: 'compute_skylake',
      lease: { id: data.lease_id },
    });
    expect((sim.stats()['POST /v3/auth/tokens'] ?? 0) - before).toBe(1);
  });

  it("runs the README's pipe to an ssh line that works: the user's key, the server's floating IP", async () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const pipe = /```sh\n(envboot capacity [\s\S]*?)\n```/.exec(readme)?.[1];
    expect(pipe).toBeDefined();
    // As written, at the simulated site; a slower clock, so that the lease outlives the pipe on a busy machine.
    sim.clock.setSpeed(120);
    try {
      const result = await bash(pipe!.replace(/--site uc\b/g, '--site sim'));
      expect(result.code).toBe(0);
      const [line, ...more] = result.stdout.trim().split('\n');
      expect(more).toEqual([]);
      const key = join(env.HOME!, '.ssh', 'id_ed25519');
      const address = new RegExp(`^ssh -i ${key} cc@(\\d+\\.\\d+\\.\\d+\\.\\d+)$`).exec(line!)?.[1];
      expect({ line, address }).toEqual({ line, address: expect.any(String) });
      // Not an address of sharednet1 (private, 10.140.80.0/22): the floating IP attached to the server.
      expect(address).not.toMatch(/^10\./);
      const fips = (sim.state() as { floating_ips: Array<{ address: string; server_id: string | null }> })
        .floating_ips;
      expect(fips.find((f) => f.address === address)?.server_id).toEqual(expect.any(String));
    } finally {
      sim.clock.setSpeed(600);
    }
  });

  it('shows the first failure at the end of the pipe, with its exit code', async () => {
    const result = await bash(
      'envboot lease-create --site sim --node-type gpu_a100_nvlink --nodes 5 --duration 1h | envboot lease-status --wait 60 | envboot launch --image CC-Ubuntu22.04',
    );
    expect(result.code).toBe(4);
    const env = JSON.parse(result.stdout);
    assertEnvelope(env);
    expect(env).toMatchObject({ ok: false, kind: 'lease', error: { code: 'INSUFFICIENT_CAPACITY' } });
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});

describe('the original tools', () => {
  const lease = '00000000-0000-4000-8000-000000000000';
  const cases: Array<[string, string[]]> = [
    ['api-1', ['--zone', 'sim', '--start', 'now', '--duration', '60', '--dry-run']],
    [
      'api-2',
      [
        '--zone',
        'sim',
        '--start',
        'now',
        '--duration',
        '90',
        '--nodes',
        '1',
        '--name',
        'x',
        '--resource-type',
        'physical:host',
        '--dry-run',
      ],
    ],
    ['api-3', ['--reservation-id', lease, '--zone', 'sim', '--wait', '5', '--dry-run']],
    [
      'api-4',
      [
        '--reservation-id',
        lease,
        '--zone',
        'sim',
        '--dry-run',
        '--confirm',
        '--wait',
        '5',
        '--interval',
        '1',
        '--treat-not-found-as-ok',
      ],
    ],
    [
      'api-6',
      [
        '--reservation-id',
        lease,
        '--image',
        'CC-Ubuntu22.04',
        '--flavor',
        'baremetal',
        '--network',
        'sharednet1',
        '--key-name',
        'k',
        '--sec-groups',
        'default',
        '--count',
        '1',
        '--name-prefix',
        'n',
        '--assign-floating-ip',
        '--wait',
        '5',
        '--interval',
        '1',
        '--dry-run',
        '--bm-image',
        'CC-Ubuntu22.04',
        '--bm-ssh-user',
        'cc',
        '--force-ironic',
      ],
    ],
  ];

  it.each(cases)('%s accepts every documented flag', async (bin, args) => {
    const result = await runCli(args, { bin, env: { ENVBOOT_SIM_URL: sim.url, HOME: env.HOME } });
    const envelope = envelopeOf(result);
    expect(envelope.error?.code).not.toBe('USAGE');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('api-5 checks the repository out into --workdir for the lease', async () => {
    const root = mkdtempSync(join(tmpdir(), 'envboot-repos-'));
    const repo = await createBareRepo(root, {
      name: 'code',
      branch: 'master',
      files: { 'run.sh': 'echo ok\n' },
    });
    const git = await startGitServer({ root });
    try {
      const leased = await makeLease(sim, await simCloud(sim), 'api-5-lease', {
        nodeType: 'compute_skylake',
      });
      const workdir = join(mkdtempSync(join(tmpdir(), 'envboot-api-5-')), 'code');
      const args = ['--reservation-id', leased.id, '--repo', git.repoUrl('code'), '--workdir', workdir];
      const result = await runCli([...args, '--zone', 'sim', '--timeout', '60', '--allow-local-http'], {
        bin: 'api-5',
        env: { ENVBOOT_SIM_URL: sim.url, HOME: env.HOME },
      });
      expect(envelopeOf(result)).toMatchObject({
        ok: true,
        data: { reservation_id: leased.id, branch: 'master', workdir, checkout: { commit: repo.commit } },
      });
      expect(readFileSync(join(workdir, 'run.sh'), 'utf8')).toBe('echo ok\n');
      expect(JSON.parse(readFileSync(join(workdir, 'provision.json'), 'utf8'))).toMatchObject({
        reservation_id: leased.id,
      });
    } finally {
      await git.close();
    }
  });
});
