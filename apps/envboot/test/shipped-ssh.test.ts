// SSH readiness in provision, and envboot ssh, through the shipped bin against a simulator with live nodes: a run
// waits until the key logs in as cc and records the host key the console shows in its state; a run whose server
// never lets the key in fails at ssh_ready and removes what it created, as after any failure. envboot ssh then logs
// in with OpenSSH, the run's key and the recorded host key (nothing asked, nothing trusted blindly), and passes the
// remote command's exit status on; envboot runs tells which runs have a reachable server.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { ProvisionData } from '@envboot/core';
import { envelopeOf, runCli, type CliRun } from '@envboot/testkit';
import { nova, type Cloud } from '@envboot/openstack';
import { simCloud } from '@envboot/testkit-cloud';
import { atTerminal, logLines, sandbox, type Sandbox } from './shipped-support.js';

jest.setTimeout(180_000);

let sim: Sim;
let cloud: Cloud;
let box: Sandbox;
/** The user's own key pair in ~/.ssh, which provision uses by default. */
let key: string;
let provisioned: ProvisionData;
let provisionedEnvelope: string;

interface SimState {
  leases: Array<{ name: string; status: string }>;
  servers: Array<{ name: string; deleting?: boolean }>;
}
const alive = (prefix: string) => {
  const state = sim.state() as unknown as SimState;
  return {
    leases: state.leases.filter((l) => l.name.startsWith(prefix) && !/DELET|TERMINAT/.test(l.status)),
    servers: state.servers.filter((s) => s.name.startsWith(prefix) && !s.deleting),
  };
};

const envboot = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  runCli(args, {
    env: { ...box.env, ENVBOOT_SIM_URL: sim.url, ...env },
    cwd: box.cwd,
    timeoutMs: 120_000,
  });

/** A provision of a skylake node without a repository to read. */
const provision = (leaseName: string, ...args: string[]) =>
  envboot([
    'provision',
    '--skip-repo-clone',
    '--site',
    'sim',
    '--node-type',
    'compute_skylake',
    '--image',
    'CC-Ubuntu22.04',
    '--duration',
    '1d',
    '--lease-name',
    leaseName,
    '--yes',
    ...args,
  ]);

const consoleFingerprint = async (serverId: string) => {
  const text = await nova.servers.consoleOutput(cloud.nova, serverId);
  return /(SHA256:[A-Za-z0-9+/]+)/.exec(text.slice(text.indexOf('BEGIN SSH HOST KEY FINGERPRINTS')))![1]!;
};

beforeAll(async () => {
  // At 300× a node answers SSH about half a second after ACTIVE.
  sim = await startSim({ port: 0, seed: 'small', speed: 300, liveNodes: true });
  cloud = await simCloud(sim);
  box = sandbox('shipped-ssh', { sshKey: false });
  key = join(box.home, '.ssh', 'id_ed25519');
  execFileSync('mkdir', ['-p', join(box.home, '.ssh')]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);
  const run = await provision('ssh-run');
  expect(envelopeOf(run).error).toBeNull();
  provisionedEnvelope = run.stdout;
  provisioned = envelopeOf(run).data as unknown as ProvisionData;
}, 180_000);
afterAll(() => sim.close());

const privateKeyBody = () => readFileSync(key, 'utf8').split('\n')[1]!;

describe('provision: ssh_ready', () => {
  it('waits until the key logs in as cc, and records the host key the console shows in the run', async () => {
    expect(provisioned.status).toBe('completed');
    expect(provisioned.steps.find((s) => s.name === 'ssh_ready')).toMatchObject({ status: 'done' });
    const server = provisioned.servers![0]!;
    expect(server.ssh_ready).toMatchObject({
      address: server.floating_ip,
      user: 'cc',
      host_key: {
        type: 'ssh-ed25519',
        fingerprint: await consoleFingerprint(server.server_id!),
        source: 'console',
      },
    });
    // Recorded in the run's state, where envboot ssh finds it; no private key there.
    const runs = join(box.root, 'state', 'envboot', 'runs');
    const stateText = readFileSync(join(runs, `${provisioned.run_id}.json`), 'utf8');
    const state = JSON.parse(stateText) as { outputs: { servers: Array<{ ssh_ready: unknown }> } };
    expect(state.outputs.servers[0]!.ssh_ready).toEqual(server.ssh_ready);
    expect(stateText).not.toContain(privateKeyBody());
    // For people, under the servers: logged in, and the host key the console vouched for.
    const file = join(box.root, 'provisioned.json');
    writeFileSync(file, provisionedEnvelope);
    const { screen } = await atTerminal(['validate', file], box.env, { columns: 200 });
    expect(screen).toContain(
      `ssh: ${server.name}: logged in as cc; host key ${server.ssh_ready!.host_key.fingerprint} (matches the console)`,
    );
    expect(
      readdirSync(runs).some((f) => readFileSync(join(runs, f), 'utf8').includes(privateKeyBody())),
    ).toBe(false);
  });

  it('a server that does not let the key in fails the run at ssh_ready (SSH_AUTH), which removes what it created', async () => {
    // The public key the servers get, whose private half is another key.
    const other = join(box.root, 'other');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    writeFileSync(`${other}.pub`, readFileSync(`${key}.pub`));
    const run = await provision('ssh-wrong-key', '--public-key', `${other}.pub`);
    expect(run.code).toBe(7);
    const envelope = envelopeOf(run);
    expect(envelope.error).toMatchObject({ code: 'SSH_AUTH' });
    expect(envelope.error!.message).toMatch(/^ssh_ready: /);
    expect(envelope.error!.hint).toContain('What the run had created was removed.');
    const data = envelope.data as unknown as ProvisionData;
    expect(data).toMatchObject({ status: 'failed', failed_step: 'ssh_ready', remaining: [] });
    expect(data.removed.map((r) => r.type).sort()).toEqual(['floating_ip', 'lease', 'server']);
    expect(alive('ssh-wrong-key')).toEqual({ leases: [], servers: [] });
    expect(run.stdout + run.stderr).not.toContain(readFileSync(other, 'utf8').split('\n')[1]!);
  });

  it('--no-wait-ssh leaves the step out', async () => {
    const run = await provision('ssh-skipped', '--no-wait-ssh');
    expect(envelopeOf(run).error).toBeNull();
    const data = envelopeOf(run).data as unknown as ProvisionData;
    expect(data.steps.find((s) => s.name === 'ssh_ready')).toMatchObject({ status: 'skipped' });
    expect(data.servers![0]!.ssh_ready ?? null).toBeNull();
    expect(logLines(run.stderr).map((l) => String(l.msg))).not.toContainEqual(
      expect.stringContaining('logged in as cc'),
    );
    await envboot(['cleanup', data.run_id, '--yes']);
  });
});

describe('envboot ssh', () => {
  it("runs a command on the run's server with OpenSSH, the run's key and the recorded host key", async () => {
    const run = await envboot(['ssh', provisioned.run_id, '--', 'echo', 'hi']);
    expect(run).toMatchObject({ code: 0, stdout: 'hi\n' });
    // Nothing asked and nothing added: the host key was already known.
    expect(run.stderr).not.toMatch(/authenticity|Permanently added|WARNING/);
  });

  it("passes the remote command's exit status on, with its words as they were given", async () => {
    const run = await envboot([
      'ssh',
      provisioned.run_id,
      '--',
      'sh',
      '-c',
      'echo "$1 and $2"; exit 3',
      'sh',
      'a b',
      "it's",
    ]);
    expect(run).toMatchObject({ code: 3, stdout: "a b and it's\n" });
    expect(await envboot(['ssh', provisioned.run_id, '--', 'sh', '-c', 'exit 3'])).toMatchObject({ code: 3 });
  });

  it('finds the server by its name too; one word after -- is a command line for the remote shell', async () => {
    const run = await envboot([
      'ssh',
      provisioned.servers![0]!.name,
      '--',
      'hostname >/dev/null; echo $USER',
    ]);
    expect(run).toMatchObject({ code: 0, stdout: 'cc\n' });
  });

  it("--print prints the OpenSSH command line: the endpoint's host and port, the run's key, a known_hosts file with the recorded key", async () => {
    const run = await envboot(['ssh', provisioned.run_id, '--print']);
    expect(run.code).toBe(0);
    const ready = provisioned.servers![0]!.ssh_ready!;
    const line = run.stdout.trim();
    const knownHosts = join(box.root, 'state', 'envboot', 'runs', `${provisioned.run_id}.known_hosts`);
    const port = ready.port === 22 ? '' : ` -p ${ready.port}`;
    expect(line).toBe(
      `ssh -i ${key} -o IdentitiesOnly=yes -o UserKnownHostsFile=${knownHosts} -o StrictHostKeyChecking=yes${port} cc@${ready.host}`,
    );
    const hostName = ready.port === 22 ? ready.host : `[${ready.host}]:${ready.port}`;
    expect(readFileSync(knownHosts, 'utf8')).toBe(`${hostName} ssh-ed25519 ${ready.host_key.key}\n`);
    expect(statSync(knownHosts).mode & 0o777).toBe(0o600);
    // The line works as printed, in a shell, with nothing asked.
    const shell = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile('sh', ['-c', `${line} -o BatchMode=yes -- echo printed`], (err, out) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out }),
      );
    });
    expect(shell).toEqual({ code: 0, out: 'printed\n' });
  });

  it('--print with a command quotes it for the remote shell: the line run by sh gives its exit status', async () => {
    const run = await envboot(['ssh', provisioned.run_id, '--print', '--', 'sh', '-c', 'exit 3']);
    const line = run.stdout.trim();
    expect(line).toMatch(/ cc@\S+ -- 'sh -c '\\''exit 3'\\'''$/);
    const code = await new Promise<number | null>((resolve) =>
      execFile('sh', ['-c', line.replace(' -- ', ' -o BatchMode=yes -- ')]).on('close', resolve),
    );
    expect(code).toBe(3);
  });

  it('refuses a host key other than the one recorded', async () => {
    const runs = join(box.root, 'state', 'envboot', 'runs');
    const file = join(runs, `${provisioned.run_id}.json`);
    const saved = readFileSync(file, 'utf8');
    const state = JSON.parse(saved) as {
      outputs: { servers: Array<{ ssh_ready: { host_key: { key: string } } }> };
    };
    // Another machine's key in the record: OpenSSH must refuse to go on.
    const other = join(box.root, 'host-other');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', other]);
    state.outputs.servers[0]!.ssh_ready.host_key.key = readFileSync(`${other}.pub`, 'utf8').split(' ')[1]!;
    writeFileSync(file, JSON.stringify(state));
    try {
      const run = await envboot(['ssh', provisioned.run_id, '--', 'echo', 'hi']);
      expect(run.code).toBe(255);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
    } finally {
      writeFileSync(file, saved);
    }
  });

  it('an unknown run or server is NOT_FOUND (exit 3) with an envelope and one line', async () => {
    const run = await envboot(['ssh', 'no-such-server', '--', 'true']);
    expect(run.code).toBe(3);
    expect(envelopeOf(run).error).toMatchObject({ code: 'NOT_FOUND', field: 'target' });
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('envboot runs tells which runs have a reachable server', async () => {
    const run = await envboot(['runs']);
    const runs = (envelopeOf(run).data as { runs: Array<{ run_id: string; reachable: string | null }> }).runs;
    const server = provisioned.servers![0]!;
    expect(runs.find((r) => r.run_id === provisioned.run_id)).toMatchObject({
      reachable: `cc@${server.floating_ip}`,
    });
    const table = await atTerminal(['runs'], box.env, { columns: 200 });
    expect(table.screen).toMatch(new RegExp(`${provisioned.run_id} +completed +.*cc@${server.floating_ip}`));
    expect(table.screen).toContain('envboot ssh RUN');
    // The failed run removed its servers; the run without the SSH check never saw one answer.
    expect(runs.filter((r) => r.run_id !== provisioned.run_id).map((r) => r.reachable)).toEqual([null, null]);
  });
});
