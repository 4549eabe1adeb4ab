// The repository set up on the node, through the shipped bin, on the simulator's live nodes, with no internet: the
// repositories come from a local Git server over HTTP, the packages from a local package index over HTTP (wheels
// built here; setuptools and wheel, which pip fetches to build a project, repackaged from Debian's own). The set-up
// script starts as user data while the node boots and provision follows it over SSH; envboot setup runs it again
// (nothing, when it is ready); envboot ssh --env lands in the environment.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startSim, type Sim } from '@envboot/sim';
import type { ProvisionData, SetupData } from '@envboot/core';
import {
  ENVBOOT_BIN,
  buildWheels,
  childEnv,
  createBareRepo,
  envelopeOf,
  hasStackTrace,
  installedPackageWheel,
  runCli,
  standInTorch,
  startGitServer,
  startPackageIndex,
  type CliRun,
  type GitServer,
  type PackageIndex,
} from '@envboot/testkit';
import { sandbox, type Sandbox } from './shipped-support.js';

jest.setTimeout(240_000);

let sim: Sim;
let git: GitServer;
let index: PackageIndex;
let box: Sandbox;

const DEBIAN_WHEELS = '/usr/share/python-wheels';

const envboot = (args: string[], timeoutMs = 200_000): Promise<CliRun> =>
  runCli(args, { env: { ...box.env, ENVBOOT_SIM_URL: sim.url }, cwd: box.cwd, timeoutMs });

const provisionArgs = (repo: string, lease: string, ...more: string[]) => [
  'provision',
  '--repo',
  git.repoUrl(repo),
  '--allow-local-http',
  '--site',
  'sim',
  '--lease-name',
  lease,
  // A day: 288 s of real time at 300×, longer than a test may take, so a lease never ends under a slow set-up.
  '--duration',
  '1d',
  '--yes',
  '--pip-find-links',
  index.findLinksUrl,
  '--pip-no-index',
  ...more,
];

const provision = async (repo: string, lease: string, ...more: string[]) => {
  const run = await envboot(provisionArgs(repo, lease, ...more));
  return { run, data: envelopeOf(run).data as unknown as ProvisionData };
};

/** Deletes what a run created (the calendar's hosts are few: each test gives its node back). */
const cleanup = async (runId: string) => {
  const cleaned = await envboot(['cleanup', runId, '--yes']);
  expect(envelopeOf(cleaned).error).toBeNull();
};

/** What a command prints on the run's node (envboot ssh, OpenSSH with the run's key and host key). */
const onNode = async (target: string, ...command: string[]) => {
  const run = await envboot(['ssh', target, ...command]);
  return { code: run.code, out: run.stdout.trim(), err: run.stderr };
};

beforeAll(async () => {
  sim = await startSim({ port: 0, seed: 'uc', speed: 300, liveNodes: true });
  box = sandbox('shipped-setup', { sshKey: false });
  const key = join(box.home, '.ssh', 'id_ed25519');
  execFileSync('mkdir', ['-p', join(box.home, '.ssh')]);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', key]);

  const wheels = join(box.root, 'wheels');
  buildWheels(wheels, [
    { name: 'envboot-probe', version: '1.0', files: { 'envboot_probe.py': "VALUE = 'probe ok'\n" } },
    {
      name: 'envboot-train-extra',
      version: '1.0',
      files: { 'envboot_train_extra.py': "VALUE = 'extra ok'\n" },
    },
    ...standInTorch(),
    installedPackageWheel('wheel', '0.38.4', '/usr/lib/python3/dist-packages/wheel', {
      entryPoints: '[distutils.commands]\nbdist_wheel = wheel.bdist_wheel:bdist_wheel\n',
    }),
  ]);
  for (const f of readdirSync(DEBIAN_WHEELS).filter((f) => f.startsWith('setuptools-')))
    copyFileSync(join(DEBIAN_WHEELS, f), join(wheels, f));
  index = await startPackageIndex(wheels);

  const root = join(box.root, 'git');
  await createBareRepo(root, {
    name: 'pip-proj',
    files: {
      'requirements.txt': 'envboot-probe==1.0\n',
      'main.py': 'import envboot_probe\nprint(envboot_probe.VALUE)\n',
      'README.md': '# pip-proj\n\n    pip install -r requirements.txt\n    python main.py\n',
    },
  });
  await createBareRepo(root, {
    name: 'extras-proj',
    files: {
      'pyproject.toml': [
        '[build-system]',
        'requires = ["setuptools>=61"]',
        'build-backend = "setuptools.build_meta"',
        '',
        '[project]',
        'name = "extras-proj"',
        'version = "0.1.0"',
        'requires-python = ">=3.8"',
        'dependencies = ["envboot-probe==1.0"]',
        '',
        '[project.optional-dependencies]',
        'train = ["envboot-train-extra==1.0"]',
        '',
        '[tool.setuptools]',
        'py-modules = ["extras_proj"]',
        '',
      ].join('\n'),
      'extras_proj.py': 'import envboot_train_extra\n',
      'README.md': '# extras-proj\n\nTo train:\n\n```sh\npip install -e ".[train]"\n```\n',
    },
  });
  await createBareRepo(root, {
    name: 'gpu-proj',
    files: {
      'requirements.txt': 'torch==2.1.0\ntorchvision==0.16.0\n',
      'train.py': 'import torch\n\nmodel = torch.nn.Linear(8, 8).cuda()\n',
      'README.md': '# gpu-proj\n\nTrains on one NVIDIA GPU with CUDA 12.1.\n',
    },
  });
  await createBareRepo(root, {
    name: 'broken-proj',
    files: {
      'requirements.txt': 'envboot-probe==1.0\nno-such-package-anywhere==9.9\n',
      'main.py': 'import envboot_probe\n',
    },
  });
  git = await startGitServer({ root });
}, 120_000);

afterAll(async () => {
  await Promise.all([sim?.close(), git?.close(), index?.close()]);
});

describe('provision sets the repository up', () => {
  let pip: ProvisionData;

  it('a pip repository: ready, started by user data while SSH was awaited, its module imports on the node', async () => {
    const { run, data } = await provision('pip-proj', 'setup-pip');
    expect(envelopeOf(run).error).toBeNull();
    pip = data;
    expect(data.steps.find((s) => s.name === 'setup')).toMatchObject({ status: 'done' });
    expect(data.environment).toMatchObject({
      status: 'ready',
      took_over: false,
      activate: 'cd ~/pip-proj && source ~/.venvs/pip-proj/bin/activate',
      enter: `envboot ssh ${data.run_id} --env`,
    });
    expect(data.environment!.steps.map((s) => [s.id, s.state])).toEqual([
      ['checkout', 'done'],
      ['python', 'done'],
      ['pip', 'done'],
    ]);
    const imported = await onNode(data.run_id, '--env', '--', 'python', 'main.py');
    expect(imported).toMatchObject({ code: 0, out: 'probe ok' });
    // The wheel came from the local index, over HTTP.
    expect(index.downloads).toContain('envboot_probe-1.0-py3-none-any.whl');
  });

  it('envboot setup on a ready run does nothing: the script is not run again', async () => {
    const again = await envboot(['setup', pip.run_id]);
    expect(envelopeOf(again).error).toBeNull();
    const data = envelopeOf(again).data as unknown as SetupData;
    expect(data.environment).toMatchObject({ status: 'ready', took_over: false });
    const runs = await onNode(
      pip.run_id,
      '--',
      'grep',
      '-c',
      '"step":"setup","state":"started"',
      '.envboot/setup/pip-proj/status.jsonl',
    );
    expect(runs.out).toBe('1');
  });

  it('envboot setup --dry-run --script shows the steps and the quoted script without connecting', async () => {
    const dry = await envboot(['setup', pip.run_id, '--dry-run', '--script', '--check', "echo 'it works'"]);
    expect(envelopeOf(dry).error).toBeNull();
    const data = envelopeOf(dry).data as unknown as SetupData;
    expect(data.environment.status).toBe('planned');
    expect(data.environment.steps.map((s) => s.id)).toEqual(['checkout', 'python', 'pip', 'check-user']);
    expect(data.script).toContain(`envboot_in_env bash -c 'echo '\\''it works'\\'''`);
    await cleanup(pip.run_id);
  });

  it('a pyproject repository whose README installs an extra gets the extra; a postSetup plugin sees it ready', async () => {
    const plugin = join(box.root, 'post-setup.mjs');
    const seen = join(box.root, 'post-setup.json');
    writeFileSync(
      plugin,
      `import { writeFileSync } from 'node:fs';\nexport function postSetup(ctx) { writeFileSync(${JSON.stringify(seen)}, JSON.stringify(ctx.environment)); }\n`,
    );
    const { run, data } = await provision('extras-proj', 'setup-extras', '--plugin', plugin);
    expect(envelopeOf(run).error).toBeNull();
    const project = data.environment!.steps.find((s) => s.id === 'project')!;
    expect(project).toMatchObject({
      state: 'done',
      title: 'Install the project (pyproject.toml) with train',
    });
    expect(project.why).toContain('the README installs [train]');
    const imported = await onNode(
      data.run_id,
      '--env',
      '--',
      'python',
      '-c',
      'import extras_proj, envboot_train_extra; print(envboot_train_extra.VALUE)',
    );
    expect(imported).toMatchObject({ code: 0, out: 'extra ok' });
    expect(JSON.parse(readFileSync(seen, 'utf8'))).toMatchObject({
      status: 'ready',
      enter: data.environment!.enter,
    });
    expect(data.environment!.checks.at(-1)).toMatchObject({
      title: `plugin ${plugin}: postSetup`,
      passed: true,
    });
    await cleanup(data.run_id);
  });
});

describe('the hardware checks', () => {
  it('a GPU repository on a GPU node: the GPU is visible and torch sees it', async () => {
    const { run, data } = await provision('gpu-proj', 'setup-gpu');
    expect(envelopeOf(run).error).toBeNull();
    expect(data.plan?.node_type).toMatch(/^gpu_/);
    expect(data.environment!.status).toBe('ready');
    expect(data.environment!.checks).toEqual([
      expect.objectContaining({ id: 'check-gpu', passed: true, message: expect.stringMatching(/^GPU 0: /) }),
      expect.objectContaining({
        id: 'check-torch',
        passed: true,
        message: expect.stringMatching(/sees 1 GPU\(s\)/),
      }),
    ]);
  });

  it('the same repository forced onto a CPU node fails the GPU check with its reason, and keeps the server', async () => {
    const { run, data } = await provision('gpu-proj', 'setup-gpu-on-cpu', '--node-type', 'compute_skylake');
    expect(run.code).toBe(8);
    const envelope = envelopeOf(run);
    expect(envelope.error).toMatchObject({ code: 'SETUP_FAILED' });
    expect(envelope.error!.message).toMatch(/^setup: .*nvidia-smi is not on the node/);
    expect(data).toMatchObject({ status: 'failed', failed_step: 'setup' });
    expect(data.environment!.checks[0]).toMatchObject({ id: 'check-gpu', passed: false });
    // Kept for a look: nothing was removed, and the clean-up command is offered.
    expect(data.removed).toEqual([]);
    expect(data.remaining.map((r) => r.type).sort()).toEqual(expect.arrayContaining(['lease', 'server']));
    expect(envelope.error!.hint).toContain(`envboot setup ${data.run_id}`);
    await cleanup(data.run_id);
  });
});

describe('a failed step', () => {
  it('a dependency that cannot be installed fails its step with its exit status and log tail', async () => {
    const { run, data } = await provision('broken-proj', 'setup-broken');
    expect(run.code).toBe(8);
    const pipStep = data.environment!.steps.find((s) => s.id === 'pip')!;
    expect(pipStep.state).toBe('failed');
    expect(pipStep.exit).toBe(1);
    expect(pipStep.log_tail!.join('\n')).toMatch(
      /No matching distribution found for no-such-package-anywhere==9\.9/,
    );
    expect(run.stderr).toContain('SETUP_FAILED');
    await cleanup(data.run_id);
  });
});

/** A provision run as a child process, to act on it while it sets up (Ctrl-C, a node going down). */
function startProvision(repo: string, lease: string, ...more: string[]) {
  const child = spawn(process.execPath, [ENVBOOT_BIN, ...provisionArgs(repo, lease, ...more)], {
    cwd: box.cwd,
    env: childEnv({ ...box.env, ENVBOOT_SIM_URL: sim.url }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const seen: Array<{ pattern: RegExp; resolve: (found: boolean) => void }> = [];
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    out.stderr += d;
    for (const w of seen.filter((w) => w.pattern.test(out.stderr))) w.resolve(true);
  });
  /** Resolves once stderr shows `pattern`; a run that ends first is the failure to show, not a wait for the time-out. */
  const until = async (pattern: RegExp) => {
    const found = await new Promise<boolean>((resolve) => {
      seen.push({ pattern, resolve });
      if (pattern.test(out.stderr)) resolve(true);
      void closed.then(() => resolve(false));
    });
    expect({ found, stderr: found ? '' : out.stderr }).toEqual({ found: true, stderr: '' });
  };
  return { child, out, closed, until };
}

describe('interrupted, then resumed', () => {
  it('Ctrl-C during the set-up, then --resume, finishes without redoing the steps that were done', async () => {
    const { child, out, closed, until } = startProvision('pip-proj', 'setup-resume', '--check', 'sleep 5');
    // The user's check is the last step: by then checkout, python and pip are done.
    await until(/check-user running/);
    child.kill('SIGINT');
    expect(await closed).toBe(130);
    const runId = (JSON.parse(out.stdout) as { data: ProvisionData }).data.run_id;

    const resumed = await envboot(['provision', '--resume', runId]);
    expect(envelopeOf(resumed).error).toBeNull();
    const data = envelopeOf(resumed).data as unknown as ProvisionData;
    expect(data.environment).toMatchObject({ status: 'ready' });
    // Each step ran once on the node: one "running" line each in the status file.
    const lines = await onNode(runId, '--', 'cat', '.envboot/setup/pip-proj/status.jsonl');
    const running = lines.out
      .split('\n')
      .map((l) => JSON.parse(l) as { step: string; state: string })
      .filter((l) => l.state === 'running')
      .map((l) => l.step);
    expect(running).toEqual(['checkout', 'python', 'pip', 'check-user']);
    await cleanup(runId);
  });
});

describe('a node that goes down during the set-up', () => {
  it('fails the run with SSH_REFUSED and one line, keeps the lease and server, and cleans up after', async () => {
    const { closed, out, until } = startProvision('pip-proj', 'setup-crash', '--check', 'sleep 600');
    await until(/check-user running/);
    const lease = (sim.state().leases as Array<{ name: string; servers: string[] }>).find(
      (l) => l.name === 'setup-crash',
    )!;
    const crashed = await fetch(`${sim.url}/_sim/servers/${lease.servers[0]}/crash`, { method: 'POST' });
    expect(await crashed.json()).toMatchObject({ status: 'SHUTOFF' });

    expect(await closed).toBe(5);
    const envelope = JSON.parse(out.stdout) as {
      data: ProvisionData;
      error: { code: string; message: string };
    };
    expect(envelope.error).toMatchObject({ code: 'SSH_REFUSED', retryable: true });
    expect(envelope.error.message).toMatch(/^setup: .*(stopped answering|connection to the node was lost)/);
    expect(envelope.data).toMatchObject({ status: 'failed', failed_step: 'setup', removed: [] });
    expect(envelope.data.remaining.map((r) => r.type)).toEqual(expect.arrayContaining(['lease', 'server']));
    expect(hasStackTrace(out.stderr)).toBe(false);
    await cleanup(envelope.data.run_id);
  });
});
