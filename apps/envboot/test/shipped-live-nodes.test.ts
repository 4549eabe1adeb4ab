// `envboot sim --live-nodes` through the shipped bin: a lease and a server made by the shipped commands with the
// user's own key, then OpenSSH logs in to the node behind the server's floating IP and runs a command.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ENVBOOT_BIN, childEnv, envelopeOf, runCli } from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

let sim: ChildProcess | undefined;
let url: string;
let box: Sandbox;
/** The user's own key pair (OpenSSH's files). */
let key: string;

/** Starts the shipped `envboot sim --live-nodes` on a free port; resolves with its URL once it prints it. */
function startSim(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [ENVBOOT_BIN, 'sim', '--live-nodes', '--port', '0', '--seed', 'small', '--speed', '600'],
      { env: childEnv(box.env), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    sim = child;
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const found = /^export ENVBOOT_SIM_URL=(\S+)$/m.exec(out);
      if (found) resolve(found[1]!);
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`envboot sim exited (${code}):\n${out}\n${err}`)));
  });
}

const ssh = (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile('ssh', args, { timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 255) : 0;
      resolve({ code, stdout, stderr });
    });
  });

beforeAll(async () => {
  box = sandbox('shipped-live-nodes', { sshKey: false });
  key = join(box.root, 'id_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  url = await startSim();
});

afterAll(() => {
  sim?.kill('SIGTERM');
});

describe('envboot sim --live-nodes', () => {
  it('serves a node that OpenSSH logs in to with the key given to launch', async () => {
    const env = { ...box.env, ENVBOOT_SIM_URL: url };
    const lease = await runCli(
      ['--site', 'sim', '--node-type', 'compute_skylake', '--nodes', '1', '--duration', '1d'],
      { bin: 'lease-create', env, cwd: box.cwd, timeoutMs: 60_000 },
    );
    expect(envelopeOf(lease).error).toBeNull();
    const leaseId = (envelopeOf(lease).data as { lease_id: string }).lease_id;
    const active = await runCli([leaseId, '--site', 'sim', '--wait'], {
      bin: 'lease-status',
      env,
      cwd: box.cwd,
      timeoutMs: 60_000,
    });
    expect(envelopeOf(active).error).toBeNull();
    const launch = await runCli(
      [leaseId, '--site', 'sim', '--image', 'CC-Ubuntu22.04', '--public-key', `${key}.pub`, '--wait'],
      { bin: 'launch', env, cwd: box.cwd, timeoutMs: 60_000 },
    );
    expect(envelopeOf(launch).error).toBeNull();
    const server = (
      envelopeOf(launch).data as { servers: Array<{ server_id: string; floating_ip: string | null }> }
    ).servers[0]!;

    // The admin state maps the floating IP to the node's loopback address and port.
    const state = (await (await fetch(`${url}/_sim/state`)).json()) as {
      live_nodes: Array<{ server_id: string; floating_ip: string | null; host: string; port: number }>;
    };
    const node = state.live_nodes.find((n) => n.server_id === server.server_id)!;
    expect(node.floating_ip).toBe(server.floating_ip);

    const args = [
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
      '-i',
      key,
      '-p',
      String(node.port),
      `cc@${node.host}`,
      'echo hello from $(hostname -s >/dev/null; echo node); exit 7',
    ];
    // The node answers once it has booted (two virtual minutes: a fraction of a second at this speed).
    let run = await ssh(args);
    for (let i = 0; i < 120 && run.code === 255; i++) {
      await new Promise((r) => setTimeout(r, 500));
      run = await ssh(args);
    }
    expect(run).toMatchObject({ code: 7, stdout: 'hello from node\n' });
  }, 180_000);
});
