// launch --wait-ssh through the shipped bin against a simulator with live nodes: it returns only once the key logs
// in as cc over a real SSH handshake, with the host key the console shows recorded; a wrong key is SSH_AUTH and a
// port that still refuses when --ssh-timeout ends is SSH_REFUSED, each removing what the launch created. The
// simulator's clock runs at real speed and the test moves it: the server becomes ACTIVE when it is moved 11 minutes,
// and its node answers SSH only once it is moved on again, after launch has been seen being refused.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { LaunchData } from '@envboot/core';
import { ENVBOOT_BIN, childEnv, envelopeOf, type CliRun } from '@envboot/testkit';
import { blazar, nova, type Cloud } from '@envboot/openstack';
import { makeLease, simCloud } from '@envboot/testkit-cloud';
import { logLines, sandbox, type Sandbox } from './shipped-support.js';

const MINUTE = 60_000;

let sim: Sim;
let cloud: Cloud;
let leaseId: string;
let otherLeaseId: string;
let box: Sandbox;
/** The user's key pair, as OpenSSH writes it. */
let key: string;

interface SimState {
  servers: Array<{ id: string; name: string; status: string; deleting?: boolean }>;
}
const serverNamed = (name: string) =>
  (sim.state() as unknown as SimState).servers.find((s) => s.name === name && !s.deleting);

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'small', speed: 1, liveNodes: true });
  cloud = await simCloud(sim);
  box = sandbox('shipped-ssh-ready', { sshKey: false });
  key = join(box.root, 'id_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  // Two hosts for the servers that boot, one more for the one that never answers.
  const leases = await Promise.all([
    makeLease(sim, cloud, 'shipped-ssh-ready', { nodeType: 'compute_skylake', nodes: 2, wait: false }),
    makeLease(sim, cloud, 'shipped-ssh-ready-2', { nodeType: 'compute_cascadelake_r', wait: false }),
  ]);
  [leaseId, otherLeaseId] = leases.map((l) => l.id) as [string, string];
  const active = async () =>
    (await Promise.all(leases.map((l) => blazar.leases.get(cloud.blazar, l.id)))).every(
      (l) => l.status === 'ACTIVE',
    );
  for (let i = 0; i < 100 && !(await active()); i++) {
    sim.clock.advance(MINUTE);
    await new Promise((r) => setTimeout(r, 20));
  }
}, 60_000);
afterAll(() => sim.close());

/**
 * Runs launch for a server `name`, moving the simulator's clock: 11 minutes once the server exists (it becomes
 * ACTIVE), and with `boot`, 3 more once launch reports the node's port refused (the node has booted).
 */
function launch(
  name: string,
  args: string[],
  o: { boot: boolean; lease?: string; env?: NodeJS.ProcessEnv },
): Promise<CliRun> {
  const child = spawn(
    process.execPath,
    [
      ENVBOOT_BIN,
      'launch',
      o.lease ?? leaseId,
      '--site',
      'sim',
      '--image',
      'CC-Ubuntu22.04',
      '--name-prefix',
      name,
      '--wait',
      '--interval',
      '1',
      ...args,
    ],
    {
      cwd: box.cwd,
      env: childEnv({ ...box.env, ENVBOOT_SIM_URL: sim.url, ...o.env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  let active = false;
  let booted = false;
  const drive = setInterval(() => {
    if (!active && serverNamed(name)) {
      active = true;
      sim.clock.advance(11 * MINUTE);
    }
    if (o.boot && !booted && stderr.includes('connection refused')) {
      booted = true;
      sim.clock.advance(3 * MINUTE);
    }
  }, 25);
  const kill = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(drive);
      clearTimeout(kill);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

const messages = (run: CliRun) => logLines(run.stderr).map((l) => String(l.msg));
const privateKeyBody = () => readFileSync(key, 'utf8').split('\n')[1]!;

describe('launch --wait-ssh', () => {
  it('waits through refusals until the key logs in as cc, and records the host key the console shows', async () => {
    const run = await launch('ssh-ok', ['--public-key', `${key}.pub`, '--wait-ssh'], { boot: true });
    expect(envelopeOf(run).error).toBeNull();
    expect(run.code).toBe(0);
    const data = envelopeOf(run).data as unknown as LaunchData;
    const server = data.servers[0]!;
    const consoleLog = await nova.servers.consoleOutput(cloud.nova, server.server_id!);
    const fingerprint = /(SHA256:[A-Za-z0-9+/]+)/.exec(
      consoleLog.slice(consoleLog.indexOf('BEGIN SSH HOST KEY FINGERPRINTS')),
    )![1];
    expect(server.ssh_ready).toMatchObject({
      address: server.floating_ip,
      user: 'cc',
      port: expect.any(Number),
      host_key: { type: 'ssh-ed25519', fingerprint, source: 'console' },
    });
    // The key recorded is the one the console shows: its fingerprint is the host key's.
    const keyLine = `${server.ssh_ready!.host_key.type} ${server.ssh_ready!.host_key.key}`;
    const keyFile = join(box.root, 'host-key.pub');
    writeFileSync(keyFile, `${keyLine}\n`);
    expect(execFileSync('ssh-keygen', ['-l', '-f', keyFile], { encoding: 'utf8' })).toContain(fingerprint);
    expect(server.ssh_ready!.attempts).toBeGreaterThan(1);
    expect(data.ssh_timeout_seconds).toBe(900);

    const said = messages(run);
    expect(said).toContainEqual(expect.stringMatching(/^\d+\.\d+\.\d+\.\d+: connection refused \(\d+s\)$/));
    expect(said).toContainEqual(
      expect.stringContaining(`${server.floating_ip}: host key accepted (${fingerprint}`),
    );
    expect(said).toContainEqual(`${server.floating_ip}: logged in as cc`);
    expect(run.stdout + run.stderr).not.toContain(privateKeyBody());
  }, 120_000);

  it('is SSH_AUTH (exit 7) when the private key is not the key pair the server was booted with; the server is removed', async () => {
    // A public key whose private half is another key: the server accepts a key the launch cannot log in with.
    const other = join(box.root, 'other');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    writeFileSync(`${other}.pub`, readFileSync(`${key}.pub`));
    const run = await launch('ssh-auth', ['--public-key', `${other}.pub`, '--wait-ssh'], { boot: true });
    expect(run.code).toBe(7);
    const error = envelopeOf(run).error!;
    expect(error.code).toBe('SSH_AUTH');
    expect(error.message).toContain('the key was not accepted for cc');
    expect(error.hint).toMatch(/key pair "envboot-[0-9a-f]{12}"/);
    expect((error.details as { removed: string[] }).removed).toContainEqual(
      expect.stringMatching(/^server:/),
    );
    expect(serverNamed('ssh-auth')).toBeUndefined();
    expect(run.stdout + run.stderr).not.toContain(readFileSync(other, 'utf8').split('\n')[1]!);
  }, 120_000);

  it('is SSH_REFUSED (exit 5) when the port still refuses as --ssh-timeout ends, with the security group in the hint', async () => {
    const run = await launch('ssh-refused', ['--public-key', `${key}.pub`, '--ssh-timeout', '3'], {
      boot: false,
      lease: otherLeaseId,
    });
    expect(run.code).toBe(5);
    const error = envelopeOf(run).error!;
    expect(error).toMatchObject({ code: 'SSH_REFUSED', retryable: true });
    expect(error.message).toMatch(/: SSH still refused after \d+s$/);
    expect(error.hint).toContain('--ssh-timeout');
    expect(error.hint).toContain('security group');
    expect(serverNamed('ssh-refused')).toBeUndefined();
  }, 120_000);

  it('refuses to boot when it could not log in: a key pair whose private key it has not, and no ssh-agent', async () => {
    await nova.keypairs.create(cloud.nova, {
      name: 'ssh-existing',
      public_key: readFileSync(`${key}.pub`, 'utf8').trim(),
    });
    const run = await launch('ssh-no-private', ['--key-name', 'ssh-existing', '--wait-ssh'], {
      boot: false,
      env: { SSH_AUTH_SOCK: undefined },
    });
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'INVALID_INPUT', field: 'key-name' });
    expect(envelopeOf(run).error!.hint).toContain('ssh-agent');
    expect(serverNamed('ssh-no-private')).toBeUndefined();
  }, 60_000);

  it('refuses a --ssh-timeout that is not a number of seconds, before anything is created', async () => {
    const run = await launch('ssh-bad', ['--public-key', `${key}.pub`, '--ssh-timeout', 'soon'], {
      boot: false,
    });
    expect(run.code).toBe(2);
    expect(envelopeOf(run).error).toMatchObject({ code: 'INVALID_INPUT', field: 'ssh-timeout' });
    expect(serverNamed('ssh-bad')).toBeUndefined();
  }, 60_000);
});
