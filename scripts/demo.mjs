// `npm run demo`: the main job end to end on this machine. Starts the local Chameleon site (envboot sim, with live
// nodes: a server that becomes ACTIVE gets a real SSH server on a loopback address), a local Git server with a
// sample repository from examples/repos, and a local Python package index (stand-in wheels: nothing is fetched
// from PyPI), provisions it with `envboot provision` (the real clone over HTTP, the analysis, the plan, the lease,
// the server, the floating IP, SSH readiness, and the repository set up on the node: checked out, a virtual
// environment, its requirements installed, the GPU and the framework checked), runs the repository's code in that
// environment with `envboot ssh --env`, and cleans up with `envboot cleanup`. Nothing leaves this machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim } from '@envboot/sim';
import {
  buildWheels,
  createBareRepo,
  standInTorch,
  startGitServer,
  startPackageIndex,
} from '@envboot/testkit';

const root = fileURLToPath(new URL('..', import.meta.url));
const envboot = join(root, 'apps/envboot/bin/envboot.js');
const sample = process.argv[2] ?? 'gpu-train';
const started = Date.now();
const say = (text) => process.stdout.write(`${text}\n`);

/** A word as a POSIX shell reads it back, so that the lines shown can be copied. */
const shellWord = (w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

function run(args, env, { raw = false } = {}) {
  say(`\n$ envboot ${args.map(shellWord).join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [envboot, ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve(raw ? { code, out } : { code, envelope: out.trim() ? JSON.parse(out) : null }),
    );
  });
}

const home = mkdtempSync(join(tmpdir(), 'envboot-demo-'));
// 100×: a node boots in 6 s, and the plan's lease (3 h for the sample's stated run) lasts 108 s of real time, well
// beyond what the set-up takes on a slow or busy machine.
const SPEED = 100;
const sim = await startSim({ port: 0, seed: 'uc', speed: SPEED, liveNodes: true });
const gitRoot = join(home, 'git');
await createBareRepo(gitRoot, { name: sample, dir: join(root, 'examples/repos', sample) });
const git = await startGitServer({ root: gitRoot });
buildWheels(join(home, 'wheels'), standInTorch());
const index = await startPackageIndex(join(home, 'wheels'));
const env = {
  ...process.env,
  ENVBOOT_SIM_URL: sim.url,
  HOME: home,
  XDG_STATE_HOME: join(home, 'state'),
  XDG_CACHE_HOME: join(home, 'cache'),
  XDG_CONFIG_HOME: join(home, 'config'),
  ENVBOOT_LOG_LEVEL: process.env.ENVBOOT_LOG_LEVEL ?? 'info',
};
delete env.NODE_OPTIONS;

say(
  `A local Chameleon site (CHI@UC's 132 nodes and their calendar, clock at ${SPEED}× speed, live nodes): ${sim.url}`,
);
say(`The sample repository examples/repos/${sample}, served over HTTP: ${git.repoUrl(sample)}`);
say(`A local package index with stand-in wheels of torch, torchvision and tqdm: ${index.findLinksUrl}`);

let ok = false;
try {
  const provisioned = await run(
    [
      'provision',
      '--repo',
      git.repoUrl(sample),
      '--allow-local-http',
      '--site',
      'sim',
      '--yes',
      '--create-key',
      '--pip-find-links',
      index.findLinksUrl,
      '--pip-no-index',
    ],
    env,
  );
  const p = provisioned.envelope?.data;
  if (provisioned.code !== 0 || !p) {
    say(JSON.stringify(provisioned.envelope, null, 2));
    throw new Error(`provision failed (exit ${provisioned.code})`);
  }
  say('\nWhat the repository needs, and the plan:');
  say(
    `  GPU needed: ${p.requirements?.gpu?.needed ? 'yes' : 'no'}${p.requirements?.gpu?.cuda ? `, CUDA ${p.requirements.gpu.cuda}` : ''}`,
  );
  say(`  plan: ${p.plan.count} × ${p.plan.node_type}, image ${p.plan.image}, ${p.plan.duration}`);
  for (const reason of p.plan.reasons) say(`    - ${reason}`);
  say(`  lease ${p.lease?.name} (${p.lease?.lease_id}) from ${p.window?.start} to ${p.window?.end}`);
  for (const s of p.servers) say(`  server ${s.name}: ${s.status}, ${s.fixed_ip} / ${s.floating_ip}`);
  say(`  log in with: envboot ssh ${p.run_id}   (the run's key, user and recorded host key)`);
  say(`  steps: ${p.steps.map((s) => `${s.name} ${s.elapsed_ms ?? 0} ms`).join(', ')}`);
  say(
    `  ${provisioned.envelope.metrics.requests} HTTP requests in all, ${provisioned.envelope.metrics.elapsed_ms} ms`,
  );

  const e = p.environment;
  say(
    `\nThe environment on ${e?.server}: ${e?.status}${e?.elapsed_ms ? ` in ${(e.elapsed_ms / 1000).toFixed(1)} s` : ''}`,
  );
  for (const step of e?.steps ?? []) say(`  ${step.state.padEnd(7)} ${step.title}`);
  for (const check of e?.checks ?? []) say(`  ${check.passed ? '✓' : '✗'} ${check.message ?? check.title}`);
  if (e?.status !== 'ready') throw new Error(`the environment is ${e?.status}: ${e?.reason}`);

  // The repository's own code, in its environment on the node, sees the node's GPU.
  const onNode = await run(
    [
      'ssh',
      p.run_id,
      '--env',
      '--',
      'python',
      '-c',
      'import torch; print("torch", torch.__version__, "sees", torch.cuda.get_device_name(0))',
    ],
    env,
    { raw: true },
  );
  say(onNode.out.trimEnd().replace(/^/gm, '  '));
  if (onNode.code !== 0) throw new Error(`envboot ssh failed (exit ${onNode.code})`);
  say(`\nThe environment is ready; enter it with: ${e.enter}`);

  const cleaned = await run(['cleanup', p.run_id, '--yes'], env);
  const c = cleaned.envelope?.data;
  say(`\nCleaned up: ${c?.removed.map((r) => `${r.type} ${r.name ?? r.id}`).join(', ')}`);
  const left = sim.state();
  const mine =
    left.leases.filter((l) => l.id === p.lease?.lease_id).length +
    left.servers.filter((s) => p.servers.some((x) => x.server_id === s.id) && !s.deleting).length;
  ok = cleaned.code === 0 && c?.remaining.length === 0 && mine === 0;
} catch (err) {
  say(`\ndemo failed: ${err.message}`);
} finally {
  await Promise.all([sim.close(), git.close(), index.close()]);
  rmSync(home, { recursive: true, force: true });
}
say(`\ndemo ${ok ? 'finished' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(ok ? 0 : 1);
