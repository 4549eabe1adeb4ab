// Captures real envelopes of every command from the local simulator into packages/core/test/fixtures/envelopes/,
// where the terminal renderers' snapshot tests read them. Run after `npm run build`:
//
//   node scripts/capture-envelopes.mjs
//   node scripts/capture-envelopes.mjs --only lease-repair,lease-status-degraded   # write only these files
//
// The simulator (CHI@UC's seed, clock at 600×) and a local Git server with examples/repos are started here; the
// temporary directories and ports of the run are replaced by stable stand-ins so the files do not change for
// nothing when they are captured again.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim } from '@envboot/sim';
import { commitFiles, createBareRepo, startGitServer } from '@envboot/testkit';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'packages/core/test/fixtures/envelopes');
const envboot = join(root, 'apps/envboot/bin/envboot.js');

const home = mkdtempSync(join(tmpdir(), 'envboot-capture-'));
const sim = await startSim({ port: 0, seed: 'uc', speed: 600 });
const gitRoot = join(home, 'git');
await createBareRepo(gitRoot, { name: 'gpu-train', dir: join(root, 'examples/repos/gpu-train') });
// A repository with a file a detector cannot read, for analyze's warnings.
const broken = await createBareRepo(gitRoot, {
  name: 'cpu-analysis',
  dir: join(root, 'examples/repos/cpu-analysis'),
});
await commitFiles(
  broken.path,
  { 'pyproject.toml': '[project\nname = "survey"\n' },
  { message: 'broken toml' },
);
const git = await startGitServer({ root: gitRoot });

const env = {
  ...process.env,
  ENVBOOT_SIM_URL: sim.url,
  HOME: join(home, 'home'),
  XDG_STATE_HOME: join(home, 'state'),
  XDG_CACHE_HOME: join(home, 'cache'),
  XDG_CONFIG_HOME: join(home, 'config'),
  ENVBOOT_LOG_LEVEL: 'warn',
  ENVBOOT_LOG_FORMAT: 'json',
};
delete env.NODE_OPTIONS;
mkdirSync(join(env.HOME, '.ssh'), { recursive: true });
// The public key launch imports by default (~/.ssh/id_ed25519.pub): a fixed one, so the key pair's name is stable.
writeFileSync(
  join(env.HOME, '.ssh/id_ed25519.pub'),
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG4K1w2y4rJzEJ4b0x9UO6nq1mJ3o6ULxJj2gq0Yc0kb ada@laptop\n',
);

/** Runs envboot with stdout in a pipe; resolves to its stdout (one envelope) and exit code. */
function run(args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [envboot, ...args], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
    child.stdin.end(input ?? '');
  });
}

const stable = (text) =>
  text
    .replaceAll(root.replace(/\/$/, ''), '/home/ada/src/envboot')
    .replaceAll(join(home, 'home'), '/home/ada')
    .replaceAll(join(home, 'state'), '/home/ada/.local/state')
    .replaceAll(join(home, 'cache'), '/home/ada/.cache')
    .replaceAll(home, '/home/ada/tmp')
    .replaceAll(`127.0.0.1_${new URL(git.repoUrl('gpu-train')).port}_`, 'git.example.org_')
    .replaceAll(git.repoUrl('gpu-train').replace(/\/gpu-train.*$/, ''), 'http://git.example.org')
    .replaceAll(sim.url, 'http://127.0.0.1:8788');

// --only a,b: every command still runs (the later ones need the earlier ones), but only these files are written.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1].split(',')) : null;

const captured = new Map();
async function capture(name, args, { input, expectCode = 0 } = {}) {
  const { code, stdout } = await run(args, input);
  if (expectCode === 'non-zero' ? code === 0 : code !== expectCode)
    throw new Error(`${name}: exit ${code}, expected ${expectCode}:\n${stdout}`);
  const envelope = JSON.parse(stdout);
  if (!only || only.has(name))
    writeFileSync(join(out, `${name}.json`), `${JSON.stringify(JSON.parse(stable(stdout)), null, 2)}\n`);
  captured.set(name, stdout);
  process.stderr.write(`captured ${name} (exit ${code})\n`);
  return { envelope, stdout };
}

mkdirSync(out, { recursive: true });
try {
  const sim_ = ['--site', 'sim'];
  await capture('analysis', ['analyze', '--repo', git.repoUrl('gpu-train'), '--allow-local-http', ...sim_]);
  await capture('analysis-warnings', [
    'analyze',
    '--repo',
    git.repoUrl('cpu-analysis'),
    '--allow-local-http',
    ...sim_,
  ]);
  // A local directory, requirements only: no cloud, no plan.
  await capture('analysis-no-plan', [
    'analyze',
    '--repo',
    join(root, 'examples/repos/cpu-analysis'),
    '--no-plan',
  ]);
  const cap = await capture('capacity', [
    'capacity',
    ...sim_,
    '--node-type',
    'compute_skylake',
    '--nodes',
    '2',
    '--duration',
    '4h',
  ]);
  await capture('capacity-summary', ['capacity', ...sim_]);
  await capture('capacity-no-window', [
    'capacity',
    ...sim_,
    '--node-type',
    'gpu_a100_nvlink',
    '--nodes',
    '2',
    '--duration',
    '6d',
    '--within',
    '2d',
  ]);
  await capture('lease-create-dry-run', ['lease-create', '--name', 'render-demo', '--dry-run'], {
    input: cap.stdout,
  });
  const lease = await capture(
    'lease-create',
    ['lease-create', '--name', 'render-demo', '--floating-ips', '1'],
    {
      input: cap.stdout,
    },
  );
  const active = await capture('lease-status', ['lease-status', '--wait'], { input: lease.stdout });
  const allocated = await capture('allocate', ['allocate'], { input: active.stdout });
  const launched = await capture(
    'launch',
    ['launch', '--image', 'CC-Ubuntu22.04', '--assign-floating-ip', '--wait'],
    { input: allocated.stdout },
  );
  await capture('leases', ['leases', ...sim_]);
  // A lease whose host fails: lease-status shows it degraded, lease-repair has Blazar replace the host.
  for (const args of [
    ['lease-create', '--node-type', 'compute_cascadelake_r', '--nodes', '1', '--name', 'repair-demo'],
    ['lease-status', 'repair-demo', '--wait'],
  ]) {
    const done = await run([...args, ...sim_]);
    if (done.code !== 0) throw new Error(`${args[0]} repair-demo: exit ${done.code}\n${done.stdout}`);
  }
  const held = sim.state().leases.find((l) => l.name === 'repair-demo');
  sim.failHost(held.reservations.flatMap((r) => r.hosts ?? [])[0].id);
  await capture('lease-status-degraded', ['lease-status', 'repair-demo', ...sim_]);
  await capture('lease-repair', ['lease-repair', 'repair-demo', ...sim_]);
  await run(['lease-delete', 'repair-demo', '--yes', ...sim_]);
  await capture('lease-delete', ['lease-delete', '--with-servers', '--yes', '--wait'], {
    input: launched.stdout,
  });

  const provisioned = await capture('provision', [
    'provision',
    '--repo',
    git.repoUrl('gpu-train'),
    '--allow-local-http',
    ...sim_,
    '--yes',
    '--create-key',
  ]);
  await capture('provision-dry-run', [
    'provision',
    '--repo',
    git.repoUrl('gpu-train'),
    '--allow-local-http',
    ...sim_,
    '--dry-run',
  ]);
  // A second run, kept; a failed one; the first one cleaned up: runs then lists three states.
  const kept = await capture('provision-cpu', [
    'provision',
    '--repo',
    git.repoUrl('cpu-analysis'),
    '--allow-local-http',
    ...sim_,
    '--yes',
    '--create-key',
    '--nodes',
    '2',
  ]);
  await capture(
    'provision-failed',
    [
      'provision',
      '--repo',
      git.repoUrl('gpu-train'),
      '--allow-local-http',
      ...sim_,
      '--yes',
      '--nodes',
      '500',
    ],
    { expectCode: 'non-zero' },
  );
  await capture('cleanup', ['cleanup', provisioned.envelope.data.run_id, '--yes']);
  await capture('runs', ['runs']);
  await capture('cleanup-dry-run', ['cleanup', kept.envelope.data.run_id, '--dry-run']);
  await capture('setup-dry-run', ['setup', kept.envelope.data.run_id, '--dry-run']);
  await run(['cleanup', kept.envelope.data.run_id, '--yes']);
} finally {
  await Promise.all([sim.close(), git.close()]);
  rmSync(home, { recursive: true, force: true });
}
