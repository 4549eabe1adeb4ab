// What a user installs: the app packed as npm would publish it, installed into a prefix of its own with no
// workspace and no registry, then run from there: --version, `envboot sim` with a pipe of the commands, and analyze
// on a conda repository.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { AnalysisData, Envelope } from '@envboot/core';
import { REPO_ROOT } from '@envboot/testkit';

const VERSION = JSON.parse(readFileSync(join(REPO_ROOT, 'apps/envboot/package.json'), 'utf8')).version;

let root: string;
let bin: string;
let env: NodeJS.ProcessEnv;
let sim: ChildProcess | null = null;

/** The environment without npm's or jest's own settings, so that nothing points back into the workspace. */
function cleanEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(npm_|NODE_OPTIONS$|NODE_PATH$|INIT_CWD$|ENVBOOT_|OS_)/i.test(k)) out[k] = v;
  }
  return { ...out, ENVBOOT_LOG_FORMAT: 'json', ...extra };
}

function npm(args: string[], cwd: string) {
  const run = spawnSync('npm', args, { cwd, env: cleanEnv({ HOME: root }), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

function sh(command: string) {
  return spawnSync('sh', ['-c', command], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'envboot-packed-'));
  npm(['pack', '-w', 'apps/envboot', '--pack-destination', root, '--silent'], REPO_ROOT);
  const tarball = readdirSync(root).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  const prefix = join(root, 'prefix');
  npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], root);
  bin = join(prefix, 'bin');
  env = cleanEnv({
    HOME: root,
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_STATE_HOME: join(root, 'state'),
    XDG_CACHE_HOME: join(root, 'cache'),
    PATH: `${bin}${delimiter}${process.env.PATH}`,
  });
}, 120_000);

afterAll(() => {
  sim?.kill('SIGTERM');
});

/** Starts the installed `envboot sim` on a free port; resolves with its URL once it prints it. */
function startInstalledSim(): Promise<string> {
  return new Promise((resolve, reject) => {
    sim = spawn(join(bin, 'envboot'), ['sim', '--port', '0', '--seed', 'small', '--speed', '2000'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    sim.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const url = /^export ENVBOOT_SIM_URL=(\S+)$/m.exec(out);
      if (url) resolve(url[1]!);
    });
    sim.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    sim.on('error', reject);
    sim.on('exit', (code) => reject(new Error(`envboot sim exited (${code}):\n${out}\n${err}`)));
  });
}

describe('the packed and installed envboot', () => {
  it('is a copy of its own, with no dependency to fetch', () => {
    const installed = join(root, 'prefix/lib/node_modules/envboot');
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(readdirSync(installed).sort()).toEqual(['bin', 'dist', 'package.json']);
  });

  it('prints its version', () => {
    const run = sh('envboot --version');
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(VERSION);
  });

  it('runs its simulator and a pipe of the commands against it', async () => {
    const url = await startInstalledSim();
    env.ENVBOOT_SIM_URL = url;
    const run = sh(
      'capacity --site sim --node-type compute_skylake --duration 1d | lease-create | lease-status --wait',
    );
    const envelope = JSON.parse(run.stdout) as Envelope<'lease'>;
    expect({ ok: envelope.ok, error: envelope.error }).toEqual({ ok: true, error: null });
    expect(envelope.data!.status).toBe('ACTIVE');
    expect(run.status).toBe(0);
  }, 90_000);

  it('analyses a repository whose only manifest is a conda environment.yml', () => {
    const repo = join(root, 'repo');
    mkdirSync(repo);
    writeFileSync(
      join(repo, 'environment.yml'),
      'name: demo\ndependencies:\n  - python=3.9\n  - cudatoolkit=11.3\n  - pytorch\n',
    );
    const run = sh(`envboot analyze --repo ${repo} --no-plan`);
    const data = (JSON.parse(run.stdout) as Envelope<'analysis'>).data as AnalysisData;
    expect(data.requirements.runtimes).toEqual({ python: '3.9' });
    expect(data.requirements.gpu.cuda).toBe('11.3');
    expect((data.requirements.frameworks ?? []).map((f) => f.name)).toContain('torch');
  });
});
