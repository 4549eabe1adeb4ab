// The world the hostile-input properties run in: a simulator with a few leases and a provision run, a local Git
// server, a sandbox of files and directories to name, the process environment pointed at all of it, and a pool
// of real envelopes (printed by the commands themselves) to pipe in and to mutate.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, createBareRepo, sampleEnvelope, startGitServer, type GitServer } from '@envboot/testkit';
import type { CliSpec, FlagSpec, Json, World as Names } from './hostile.js';
import { bundledSteps, runInProcess, useEnv } from './in-process.js';
import { makeLease } from './setup.js';
import { startWorld, type World } from './world.js';

export interface PropertyWorld {
  world: World;
  names: Names;
  pool: Json[];
  specs: CliSpec[];
  close(): Promise<void>;
}

const PUBLIC_KEY =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKuZiXrUjo9iyX+aaL+wwMeqsCn4uuVBURtOjlw9VivE reliability';

function sandbox(root: string) {
  const file = (name: string, content: string) => {
    const path = join(root, name);
    writeFileSync(path, content);
    return path;
  };
  const files = [
    file('envelope.json', JSON.stringify(sampleEnvelope())),
    file('junk.txt', 'not an envelope\n\u0000\u0001'),
    file('id_ed25519.pub', `${PUBLIC_KEY}\n`),
    file('settings.env', 'OS_REGION_NAME=CHI@UC\nOPENAI_MODEL=none\nbroken line\n'),
    file('cloud-init.yaml', '#cloud-config\nruncmd: [echo hi]\n'),
    file(
      'select.mjs',
      "export function selectPlan(r, c, plan) { return { ...plan, count: -1, node_type: '' }; }\n",
    ),
    file('throws.mjs', "throw new Error('a plugin that fails to load');\n"),
    file('hooks.mjs', "export function preLaunch() { throw new Error('no'); }\n"),
    file('not-js.mjs', 'this is { not javascript\n'),
    file('seed.json', '{"nodes": "no"}'),
  ];
  const empty = join(root, 'empty');
  mkdirSync(empty);
  const checkout = join(root, 'gpu-train');
  cpSync(join(REPO_ROOT, 'examples/repos/gpu-train'), checkout, { recursive: true });
  let n = 0;
  return { files, dirs: [empty, checkout, root], fresh: () => join(root, 'fresh', `p${(n += 1)}`) };
}

const COMMON: FlagSpec[] = [
  { name: 'json', type: 'boolean' },
  { name: 'pretty', type: 'boolean' },
  { name: 'log-level', type: 'string', choices: ['trace', 'debug', 'info', 'warn', 'error', 'silent'] },
  { name: 'stdin', type: 'boolean' },
];
const CLOUD: FlagSpec[] = [
  { name: 'site', type: 'string' },
  { name: 'os-cloud', type: 'string' },
  { name: 'token-cache', type: 'boolean' },
];

/** Every CLI, with its flags taken from its own definition (a flag added later is generated too). */
async function cliSpecs(): Promise<CliSpec[]> {
  const steps = await bundledSteps();
  const fromSteps = steps.map((step): CliSpec => {
    const own = Object.entries(step.options ?? {}).map(([name, o]) => ({
      name,
      type: (o.type === 'number' || o.type === 'boolean' ? o.type : 'string') as FlagSpec['type'],
      ...(o.choices ? { choices: o.choices as string[] } : {}),
    }));
    const positional = step.positional?.includes('run') ? 'run' : step.positional ? 'lease' : undefined;
    return {
      command: step.name,
      ...(positional ? { positional } : {}),
      flags: [
        ...own,
        ...(step.usesCloud === false ? [] : CLOUD),
        ...(step.changesCloud ? [{ name: 'dry-run', type: 'boolean' as const }] : []),
        ...COMMON,
      ],
    };
  });
  return [
    ...fromSteps,
    {
      command: 'validate',
      positional: 'file',
      flags: [{ name: 'kind', type: 'string' }, ...COMMON],
    },
    {
      command: 'sim',
      flags: ['port', 'host', 'speed', 'seed', 'faults', 'openrc', 'persist', 'keystone-url'].map((name) => ({
        name,
        type: name === 'port' || name === 'speed' ? ('number' as const) : ('string' as const),
      })),
    },
  ];
}

/** Commands whose envelopes make the pool of realistic stdin. */
function poolCommands(lease: string, repo: string, run: string): string[][] {
  return [
    ['capacity', '--site', 'sim', '--node-type', 'compute_skylake', '--nodes', '1'],
    ['capacity', '--site', 'sim'],
    ['lease-create', '--site', 'sim', '--node-type', 'compute_skylake', '--dry-run'],
    ['lease-status', lease, '--site', 'sim'],
    ['allocate', lease, '--site', 'sim'],
    ['launch', lease, '--site', 'sim', '--image', 'CC-Ubuntu22.04', '--dry-run'],
    ['analyze', '--repo', repo, '--no-plan'],
    ['analyze', '--repo', repo, '--site', 'sim'],
    ['provision', '--skip-repo-clone', '--site', 'sim', '--dry-run', '--node-type', 'compute_skylake'],
    ['runs'],
    ['cleanup', run, '--dry-run', '--site', 'sim'],
    ['lease-status', 'no-such-lease', '--site', 'sim'],
    ['capacity', '--site', 'sim', '--duration', '9d'],
  ];
}

export async function startPropertyWorld(): Promise<PropertyWorld> {
  const world = await startWorld({ seed: 'uc', speed: 2000 });
  const restoreEnv = useEnv(world.env);
  const root = mkdtempSync(join(tmpdir(), 'rel-sandbox-'));
  const files = sandbox(root);
  // Relative paths a command might write to land in the sandbox, not in the repository.
  const cwd = process.cwd();
  const workingDir = join(root, 'cwd');
  mkdirSync(workingDir);
  process.chdir(workingDir);
  const gitRoot = mkdtempSync(join(tmpdir(), 'rel-prop-git-'));
  await createBareRepo(gitRoot, { name: 'gpu-train', dir: join(REPO_ROOT, 'examples/repos/gpu-train') });
  const git: GitServer = await startGitServer({ root: gitRoot });

  const active = await makeLease(world, { name: 'prop-active', started: true, nodeType: 'compute_skylake' });
  const pending = await makeLease(world, { name: 'prop-pending', startsInMinutes: 5 * 24 * 60, hours: 4 });
  const provisioned = await runInProcess([
    'provision',
    '--skip-repo-clone',
    '--site',
    'sim',
    '--yes',
    '--skip-launch',
    '--node-type',
    'storage_nvme',
    '--lease-name',
    'prop-run',
  ]);
  const runId = (JSON.parse(provisioned.stdout) as { data: { run_id: string } }).data.run_id;

  const pool: Json[] = [];
  for (const argv of poolCommands(active.id, files.dirs[1]!, runId)) {
    const run = await runInProcess(argv);
    pool.push(JSON.parse(run.stdout) as Json);
  }
  pool.push(sampleEnvelope() as unknown as Json);

  return {
    world,
    names: {
      leases: [active.id, active.name, pending.id, pending.name, 'no-such-lease'],
      runs: [runId],
      repoUrl: git.repoUrl('gpu-train'),
      sandbox: files,
    },
    pool,
    specs: await cliSpecs(),
    async close() {
      process.chdir(cwd);
      restoreEnv();
      await git.close();
      await world.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(gitRoot, { recursive: true, force: true });
    },
  };
}
