/* eslint-disable @typescript-eslint/no-explicit-any -- tests navigate JSON answers freely */
// Live nodes: a server that becomes ACTIVE gets an SSH server on loopback once it has booted (virtual time), that
// OpenSSH logs in to with the key pair named at create, runs commands in the node's sandbox, has run the user data,
// and goes away with the server.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NODE_BOOT_MS } from '../src/live/nodes.js';
import type { Sim } from '../src/index.js';
import { Client, MINUTE, sleep, start } from './helpers.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const run = (file: string, args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(file, args, { timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as any).code === 'number' ? (err as any).code : 255) : 0;
      resolve({ code, stdout, stderr });
    });
  });

const SSH_OPTIONS = [
  '-o',
  'StrictHostKeyChecking=no',
  '-o',
  'UserKnownHostsFile=/dev/null',
  '-o',
  'IdentitiesOnly=yes',
  '-o',
  'BatchMode=yes',
  '-o',
  'LogLevel=ERROR',
  '-o',
  'ConnectTimeout=30',
];

const ssh = (node: Endpoint, key: string, command: string): Promise<Run> =>
  run('ssh', [...SSH_OPTIONS, '-i', key, '-p', String(node.port), `cc@${node.host}`, command]);

interface Endpoint {
  host: string;
  port: number;
}

/** Until `check` holds, at most `tries` times, a short real pause apart. */
async function until<T>(
  what: string,
  probe: () => Promise<T>,
  check: (v: T) => boolean,
  tries = 240,
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await probe();
    if (check(last)) return last;
    await sleep(250);
  }
  throw new Error(`${what}: gave up; last ${JSON.stringify(last)}`);
}

const refused = (e: Endpoint): Promise<string> =>
  new Promise((resolve) => {
    const socket = connect(e.port, e.host);
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });

/** A command's stdout on this machine ('' when it finds nothing, as pgrep exits 1 then). */
const hostOutput = (cmd: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, (err, stdout) => {
      if (err && err.code !== 1) return reject(err);
      resolve(String(stdout));
    }),
  );

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
};

describe('live nodes', () => {
  let sim: Sim;
  let c: Client;
  let dir: string;
  let key: string;
  let otherKey: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'envboot-live-test-'));
    key = join(dir, 'id_ed25519');
    otherKey = join(dir, 'other');
    expect((await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key])).code).toBe(0);
    expect((await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', otherKey])).code).toBe(0);
    sim = await start({ liveNodes: true });
    c = await new Client(sim).login();
    const registered = await c.post('/compute/v2.1/os-keypairs', {
      keypair: { name: 'mine', public_key: readFileSync(`${key}.pub`, 'utf8') },
    });
    expect(registered.status).toBe(200);
  });

  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A server on a node of `nodeType`, ACTIVE, and where its node will answer. */
  async function boot(
    nodeType: string,
    extra: Record<string, unknown>,
  ): Promise<{ id: string; node: Endpoint }> {
    const { reservationId } = await c.activeLease({
      resource_properties: `["==","$node_type","${nodeType}"]`,
    });
    const created = await c.serverCreate(reservationId, { name: `live-${nodeType}`, ...extra });
    expect(created.status).toBe(202);
    const id = created.body.server.id as string;
    sim.clock.advance(11 * MINUTE);
    const server = await until(
      'the node has an address',
      async () => (await c.get(`/compute/v2.1/servers/${id}`)).body.server,
      (s) => s.status === 'ACTIVE' && s['envboot:ssh']?.port !== undefined,
    );
    expect(server['envboot:ssh']).toMatchObject({ user: 'cc', state: 'booting' });
    return { id, node: server['envboot:ssh'] };
  }

  async function boots(node: Endpoint): Promise<void> {
    expect(await refused(node)).toBe('ECONNREFUSED');
    sim.clock.advance(NODE_BOOT_MS);
    await until(
      'the node answers',
      () => refused(node),
      (r) => r === 'connected',
    );
  }

  it('answers SSH once booted, with the registered key only; runs commands in its sandbox; has run the user data', async () => {
    const userData = [
      '#cloud-config',
      'write_files:',
      '  - path: /etc/envboot/hello.txt',
      '    content: hello from write_files',
      "    permissions: '0640'",
      'runcmd:',
      '  - echo runcmd-was-here',
      '  - [sh, -c, "echo $((6 * 7)) > $HOME/answer"]',
      '',
    ].join('\n');
    const { id, node } = await boot('compute_skylake', {
      key_name: 'mine',
      user_data: Buffer.from(userData).toString('base64'),
    });
    await boots(node);

    const hi = await ssh(node, key, 'echo hi; whoami; pwd; echo $HOME');
    // What ssh said, when it failed: the reason is in its stderr.
    expect({ code: hi.code, stderr: hi.code === 0 ? '' : hi.stderr }).toEqual({ code: 0, stderr: '' });
    const [echoed, who, cwd, home] = hi.stdout.trim().split('\n');
    expect(echoed).toBe('hi');
    expect(who).toBe(userInfo().username);
    expect(cwd).toBe(home);
    expect(cwd).toMatch(new RegExp(`envboot-sim-nodes/${id}/home/cc$`));
    expect((await ssh(node, key, 'exit 3')).code).toBe(3);
    expect((await ssh(node, key, 'sudo sh -c "exit 4"')).code).toBe(4);

    const other = await ssh(node, otherKey, 'true');
    expect(other.code).toBe(255);
    expect(other.stderr).toMatch(/Permission denied \(publickey\)/);
    const wrongUser = await run('ssh', [
      ...SSH_OPTIONS,
      '-i',
      key,
      '-p',
      String(node.port),
      `root@${node.host}`,
      'true',
    ]);
    expect(wrongUser.code).toBe(255);

    const status = await ssh(node, key, 'cloud-init status --wait');
    expect(status.stdout).toMatch(/status: done/);
    expect(status.code).toBe(0);
    const files = await ssh(
      node,
      key,
      'cat ../../etc/envboot/hello.txt; echo; stat -c %a ../../etc/envboot/hello.txt; cat answer',
    );
    expect(files.stdout.split('\n')).toEqual(['hello from write_files', '640', '42', '']);
    expect((await ssh(node, key, 'command -v nvidia-smi')).code).not.toBe(0);

    const consoleLog = await c.post(`/compute/v2.1/servers/${id}/action`, {
      'os-getConsoleOutput': { length: null },
    });
    expect(consoleLog.status).toBe(200);
    const output = consoleLog.body.output as string;
    expect(output).toMatch(/cloud-init\[\d+\]: runcmd-was-here/);
    const fp =
      /-----BEGIN SSH HOST KEY FINGERPRINTS-----\n.*256 (SHA256:\S+) root@\S+ \(ED25519\)\n.*-----END SSH HOST KEY FINGERPRINTS-----/.exec(
        output,
      );
    expect(fp).not.toBeNull();
    expect(output).toMatch(
      /-----BEGIN SSH HOST KEY KEYS-----\nssh-ed25519 \S+ root@\S+\n-----END SSH HOST KEY KEYS-----/,
    );
    const scan = await run('ssh-keyscan', ['-t', 'ed25519', '-p', String(node.port), node.host]);
    const keyFile = join(dir, 'scanned');
    writeFileSync(keyFile, scan.stdout);
    const seen = await run('ssh-keygen', ['-l', '-f', keyFile]);
    expect(seen.stdout).toContain(fp![1]);
    const last = await c.post(`/compute/v2.1/servers/${id}/action`, { 'os-getConsoleOutput': { length: 2 } });
    expect(last.body.output.split('\n')).toHaveLength(3);

    // The host's private key stays in the SSH server: not in the record, the state, or the console.
    const seenByClients = JSON.stringify([
      sim.state(),
      (await c.get(`/compute/v2.1/servers/${id}`)).body,
      output,
    ]);
    expect(seenByClients).not.toMatch(/PRIVATE KEY/);

    // A long command keeps running after its SSH session; deleting the server ends it and removes the sandbox.
    await ssh(node, key, 'nohup sleep 1000.4242 >/dev/null 2>&1 &');
    // Its PID as this machine sees it (inside the node's own namespace, where there is one, it differs).
    const pid = await until(
      'the sleep is running',
      async () => Number((await hostOutput('pgrep', ['-f', '^sleep 1000.4242$'])).trim() || 0),
      (p) => p > 0,
    );
    expect(alive(pid)).toBe(true);
    // Where the simulator runs as root, the node has its own PID namespace: it sees only its own processes.
    const isolation = (
      sim.state() as { live_nodes?: Array<{ server_id: string; isolation: string }> }
    ).live_nodes?.find((n) => n.server_id === id)?.isolation;
    expect(isolation).toBe(process.getuid?.() === 0 ? 'namespaces' : 'sandbox');
    if (isolation === 'namespaces') {
      const seen = await ssh(node, key, 'ps -e -o comm= | sort -u');
      expect(seen.stdout).toContain('sleep');
      expect(seen.stdout).not.toContain('node');
    }
    const sandbox = join(cwd!, '..', '..');
    expect(existsSync(sandbox)).toBe(true);
    expect((await c.del(`/compute/v2.1/servers/${id}`)).status).toBe(204);
    await until(
      'the sleep has ended',
      async () => alive(pid),
      (a) => !a,
    );
    expect(existsSync(sandbox)).toBe(false);
    expect(await refused(node)).toBe('ECONNREFUSED');
  }, 180_000);

  it('refuses every key when the server was booted without one, and ends with its lease', async () => {
    const { id, node } = await boot('compute_skylake', {});
    await boots(node);
    const tried = await ssh(node, key, 'true');
    expect(tried.code).toBe(255);
    expect(tried.stderr).toMatch(/Permission denied \(publickey\)/);

    // The lease's end takes the node with it.
    const state = sim.state() as any;
    const home = state.live_nodes.find((n: any) => n.server_id === id).home as string;
    expect(existsSync(home)).toBe(true);
    const leaseId = state.leases.find((l: any) => l.servers.includes(id)).id;
    expect((await c.del(`/reservation/v1/leases/${leaseId}`)).status).toBe(200);
    sim.clock.advance(MINUTE);
    await until(
      'the sandbox is gone',
      async () => existsSync(home),
      (e) => !e,
    );
    expect(await refused(node)).toBe('ECONNREFUSED');
  }, 120_000);

  it('goes down with its machine: SHUTOFF, a session under way ends, new connections are refused', async () => {
    const { id, node } = await boot('compute_cascadelake_r', { key_name: 'mine' });
    await boots(node);
    const session = ssh(node, key, 'echo started; sleep 600; echo never');
    await until(
      'the session runs',
      () => hostOutput('pgrep', ['-f', 'sleep 600']),
      (out) => out !== '',
    );
    const crashed = await c.post(`/_sim/servers/${id}/crash`, {});
    expect(crashed).toMatchObject({ status: 200, body: { id, status: 'SHUTOFF' } });
    const ended = await session;
    expect(ended.code).not.toBe(0);
    expect(ended.stdout).not.toContain('never');
    expect(await refused(node)).toBe('ECONNREFUSED');
    const server = (await c.get(`/compute/v2.1/servers/${id}`)).body.server;
    expect(server).toMatchObject({
      status: 'SHUTOFF',
      'OS-EXT-STS:vm_state': 'stopped',
      'OS-EXT-STS:power_state': 4,
    });
    expect(server['envboot:ssh']).toBeUndefined();
    expect((await c.post(`/_sim/servers/${id}/crash`, {})).status).toBe(409);
    expect((await c.post('/_sim/servers/no-such-server/crash', {})).status).toBe(404);
    const leaseId = (sim.state() as any).leases.find((l: any) => l.servers.includes(id)).id;
    expect((await c.del(`/reservation/v1/leases/${leaseId}`)).status).toBe(200);
  }, 120_000);

  it('has nvidia-smi naming the GPU on a gpu_rtx_6000 node', async () => {
    const { node } = await boot('gpu_rtx_6000', {
      key_name: 'mine',
      user_data: Buffer.from('#!/bin/sh\necho script-ran > /dev/null\nexit 1\n').toString('base64'),
    });
    await boots(node);
    const listed = await ssh(node, key, 'nvidia-smi -L');
    expect(listed.stdout).toMatch(/^GPU 0: Quadro RTX 6000 \(UUID: GPU-[0-9a-f-]+\)\n$/);
    expect((await ssh(node, key, 'nvidia-smi')).stdout).toContain('Quadro RTX 6000');
    const status = await ssh(node, key, 'cloud-init status --wait');
    expect(status).toMatchObject({ code: 1, stdout: expect.stringMatching(/status: error/) });
  }, 120_000);
});

describe('console output without live nodes', () => {
  let sim: Sim;
  afterAll(() => sim?.close());

  it('is a boot log with the host key blocks, once the server is ACTIVE', async () => {
    sim = await start();
    const c = await new Client(sim).login();
    const { reservationId } = await c.activeLease();
    const id = (await c.serverCreate(reservationId)).body.server.id;
    const action = { 'os-getConsoleOutput': { length: 50 } };
    expect((await c.post(`/compute/v2.1/servers/${id}/action`, action)).status).toBe(409);
    sim.clock.advance(11 * MINUTE);
    const answer = await c.post(`/compute/v2.1/servers/${id}/action`, action);
    expect(answer.status).toBe(200);
    expect(answer.body.output).toContain('-----BEGIN SSH HOST KEY FINGERPRINTS-----');
    expect(answer.body.output).toContain('-----END SSH HOST KEY KEYS-----');
    expect((await c.get(`/compute/v2.1/servers/${id}`)).body.server['envboot:ssh']).toBeUndefined();
    const bad = await c.post(`/compute/v2.1/servers/${id}/action`, {
      'os-getConsoleOutput': { length: 'x' },
    });
    expect(bad.status).toBe(400);
  });
});
