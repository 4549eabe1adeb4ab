// Servers someone can log in to, through the shipped CLI against a simulator: launch and provision refuse to boot
// without an SSH key (before anything is created), --create-key makes one whose private key stays on this machine,
// and on a private network (sharednet1) launch attaches a floating IP unless told not to.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LaunchData } from '@envboot/core';
import { TEST_PUBLIC_KEY, envelopeOf, hasStackTrace, runCli } from '@envboot/testkit';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: Sim;
/** Two skylake hosts for the servers of the key tests and the default floating IP, one more for the opt-out. */
let leaseId: string;
let otherLeaseId: string;

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 500 });
  const cloud = await simCloud(sim);
  // About three minutes of real time at this speed: the leases outlive the file on a busy machine.
  [leaseId, otherLeaseId] = (
    await Promise.all([
      makeLease(sim, cloud, 'shipped-reachable', { nodeType: 'compute_skylake', nodes: 2, hours: 24 }),
      makeLease(sim, cloud, 'shipped-reachable-2', { nodeType: 'compute_cascadelake_r', hours: 24 }),
    ])
  ).map((l) => l.id) as [string, string];
});
afterAll(() => sim.close());

interface SimState {
  leases: Array<{ name: string }>;
  servers: Array<{ id: string; name: string; key_name: string | null; deleting: boolean }>;
  floating_ips: Array<{ address: string; server_id: string | null }>;
  keypairs: Array<{ name: string }>;
}
const state = () => sim.state() as unknown as SimState;
const serversNamed = (name: string) => state().servers.filter((s) => s.name === name && !s.deleting);

const launch = (box: Sandbox, ...args: string[]) => launchOn(leaseId, box, ...args);
const launchOn = (lease: string, box: Sandbox, ...args: string[]) =>
  runCli([lease, '--site', 'sim', '--image', 'CC-Ubuntu22.04', ...args], {
    bin: 'launch',
    env: { ...box.env, ENVBOOT_SIM_URL: sim.url },
    cwd: box.cwd,
    timeoutMs: 60_000,
  });

/** The sharednet1 subnet of the simulator: addresses nobody outside the site can reach. */
const PRIVATE = /^10\.140\./;

describe('no key, no server', () => {
  it('launch without any SSH key is a usage error naming --key-name, --public-key and --create-key; nothing is created', async () => {
    const box = sandbox('shipped-no-key', { sshKey: false });
    const before = { servers: state().servers.length, keypairs: state().keypairs.length };
    const run = await launch(box, '--name-prefix', 'shipped-no-key', '--wait');
    expect(run.code).toBe(2);
    const error = envelopeOf(run).error!;
    expect(error).toMatchObject({ code: 'USAGE', field: 'key-name' });
    for (const flag of ['--key-name', '--public-key', '--create-key']) expect(error.message).toContain(flag);
    expect(run.stderr).toContain('[USAGE]');
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect({ servers: state().servers.length, keypairs: state().keypairs.length }).toEqual(before);
  });

  it('provision without any SSH key stops before it reserves anything, and records no run', async () => {
    const box = sandbox('shipped-no-key-provision', { sshKey: false });
    const before = state().leases.length;
    const run = await runCli(
      ['provision', '--skip-repo-clone', '--site', 'sim', '--yes', '--lease-name', 'shipped-no-key-run'],
      { env: { ...box.env, ENVBOOT_SIM_URL: sim.url }, cwd: box.cwd, timeoutMs: 60_000 },
    );
    expect(run.code).toBe(2);
    const error = envelopeOf(run).error!;
    expect(error.code).toBe('USAGE');
    for (const flag of ['--key-name', '--public-key', '--create-key']) expect(error.message).toContain(flag);
    expect(state().leases).toHaveLength(before);
    expect(() => readdirSync(join(box.root, 'state', 'envboot', 'runs'))).toThrow(/ENOENT/);
  });
});

describe('launch --create-key', () => {
  it('makes a key pair whose private key is written 0600 under the state directory, never printed', async () => {
    const box = sandbox('shipped-create-key', { sshKey: false });
    const run = await launch(box, '--name-prefix', 'shipped-create-key', '--create-key', '--wait');
    expect(run.code).toBe(0);
    const [server] = (envelopeOf(run).data as LaunchData).servers;
    const keys = join(box.root, 'state', 'envboot', 'keys');
    const file = join(keys, server!.key_name!);
    expect(server!.key_name).toMatch(/^envboot-shipped-create-key-[0-9a-f]{6}$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(keys).mode & 0o777).toBe(0o700);
    const privateKey = readFileSync(file, 'utf8');
    expect(privateKey).toContain('PRIVATE KEY');
    const body = privateKey.split('\n')[1]!;
    expect(run.stdout + run.stderr).not.toContain(body);
    expect(state().keypairs.map((k) => k.name)).toContain(server!.key_name);
    expect(server!.ssh).toBe(`ssh -i ${file} cc@${server!.floating_ip}`);
  });

  it('with --public-key as well is a usage error', async () => {
    const box = sandbox('shipped-create-key-both', { sshKey: false });
    const run = await launch(box, '--create-key', '--public-key', join(box.root, 'x.pub'));
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'USAGE', field: 'public-key' });
  });
});

describe('a reachable address', () => {
  let box: Sandbox;
  beforeAll(() => {
    box = sandbox('shipped-floating');
  });

  it('on sharednet1, a private network, launch attaches a floating IP without being asked', async () => {
    const run = await launch(box, '--name-prefix', 'shipped-fip-default', '--wait');
    expect(run.code).toBe(0);
    const [server] = (envelopeOf(run).data as LaunchData).servers;
    expect(server!.fixed_ip).toMatch(PRIVATE);
    expect(server!.floating_ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(server!.floating_ip).not.toMatch(PRIVATE);
    expect(server!.ssh).toBe(`ssh -i ${join(box.home, '.ssh', 'id_ed25519')} cc@${server!.floating_ip}`);
    const fip = state().floating_ips.find((f) => f.address === server!.floating_ip);
    expect(fip?.server_id).toBe(server!.server_id);
  });

  it('--no-floating-ip attaches none, and says on stderr that the address is private', async () => {
    const run = await launchOn(
      otherLeaseId,
      box,
      '--name-prefix',
      'shipped-fip-none',
      '--no-floating-ip',
      '--wait',
    );
    expect(run.code).toBe(0);
    const [server] = (envelopeOf(run).data as LaunchData).servers;
    expect(server!.floating_ip).toBeNull();
    expect(server!.ssh).toMatch(/@10\.140\./);
    expect(run.stderr).toMatch(/"level":40.*private network/);
  });

  it('--assign-floating-ip (api-6) with --no-floating-ip is a usage error', async () => {
    const both = await launch(box, '--assign-floating-ip', '--no-floating-ip');
    expect(both.code).toBe(2);
    expect(envelopeOf(both).error).toMatchObject({ code: 'USAGE', field: 'floating-ip' });
  });
});

describe('provision --public-key', () => {
  it('imports the file as a key pair and boots with it, on a floating IP', async () => {
    const box = sandbox('shipped-provision-public-key', { sshKey: false });
    mkdirSync(join(box.root, 'keys'));
    const file = join(box.root, 'keys', 'mine.pub');
    writeFileSync(file, `${TEST_PUBLIC_KEY}\n`);
    const run = await runCli(
      [
        'provision',
        '--skip-repo-clone',
        '--site',
        'sim',
        '--yes',
        '--node-type',
        'gpu_rtx_6000',
        '--lease-name',
        'shipped-provision-key',
        '--public-key',
        file,
      ],
      { env: { ...box.env, ENVBOOT_SIM_URL: sim.url }, cwd: box.cwd, timeoutMs: 90_000 },
    );
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as { ssh: string; key: { name: string }; run_id: string };
    expect(data.ssh).toMatch(
      new RegExp(`^ssh -i ${join(box.root, 'keys', 'mine')} cc@\\d+\\.\\d+\\.\\d+\\.\\d+$`),
    );
    expect(data.ssh).not.toMatch(/@10\.140\./);
    expect(serversNamed('shipped-provision-key')[0]?.key_name).toBe(data.key.name);
    const cleaned = await runCli(['cleanup', data.run_id, '--yes'], {
      env: { ...box.env, ENVBOOT_SIM_URL: sim.url },
      timeoutMs: 60_000,
    });
    expect(cleaned.code).toBe(0);
  });
});
